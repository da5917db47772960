/**
 * The item drawer's teamwork section (issue 13): who the item is assigned to and by when — the
 * body's officers and head assign it to a colleague of the same body — and the team's notes, which
 * the citizen never sees. The ministry reads both.
 */
import { useState } from "react";
import { Alert, App, Button, DatePicker, Divider, Form, Input, List, Select, Space, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../../api.ts";
import { useLoad } from "../../use-load.ts";
import { DATE_FORMAT, fmtDate, fmtDateTime, inKazakhstan } from "../../format.ts";
import type { Assignment, Colleague } from "../../types.ts";

interface Note {
  id: number;
  text: string;
  author: string | null;
  createdAt: string;
}

export function TeamworkSection({ itemId, canAct }: { itemId: number; canAct: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const assignment = useLoad(() => api<Assignment>(`/api/items/${itemId}/assignment`), [itemId]);
  const notes = useLoad(() => api<Note[]>(`/api/items/${itemId}/notes`), [itemId]);
  const colleagues = useLoad(
    () => (canAct ? api<Colleague[]>("/api/workspace/colleagues") : Promise.resolve([])),
    [canAct],
  );
  const [assignForm] = Form.useForm<{ assigneeId?: string; dueOn?: dayjs.Dayjs | null }>();
  const [noteForm] = Form.useForm<{ text: string }>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const act = async (action: () => Promise<unknown>, done: string, after: () => void) => {
    // One request at a time: a double click or Enter twice sends nothing more (UX review P2).
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await action();
      void message.success(done);
      after();
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const current = assignment.data;
  const today = inKazakhstan(new Date().toISOString()).format("YYYY-MM-DD");
  return (
    <section aria-label={t("teamwork.section")} data-testid="teamwork-section">
      <Divider orientation="left">{t("teamwork.section")}</Divider>
      <Typography.Paragraph data-testid="assignment">
        <Typography.Text type="secondary">{t("teamwork.assignedTo")}: </Typography.Text>
        {current ? (
          <>
            <Typography.Text strong>{current.assigneeName}</Typography.Text>
            {" · "}
            {t("teamwork.due")}: {current.dueOn ? fmtDate(current.dueOn) : t("teamwork.noDue")}
            {current.dueOn && current.dueOn < today && (
              <Tag color="red" className="gap-left">
                {t("teamwork.overdue")}
              </Tag>
            )}
            {current.assignedBy && (
              <Typography.Text type="secondary">
                {" "}
                ({t("teamwork.assignedBy", { name: current.assignedBy, date: fmtDate(current.assignedAt) })})
              </Typography.Text>
            )}
          </>
        ) : (
          <Typography.Text type="secondary">{t("teamwork.nobody")}</Typography.Text>
        )}
      </Typography.Paragraph>
      {canAct && (
        <Form
          form={assignForm}
          layout="inline"
          key={current ? `${current.assigneeId}:${current.dueOn}` : "none"}
          initialValues={{ assigneeId: current?.assigneeId, dueOn: current?.dueOn ? dayjs(current.dueOn) : null }}
          onFinish={(v) =>
            act(
              () =>
                api(`/api/items/${itemId}/assignment`, {
                  method: "PUT",
                  body: { assigneeId: v.assigneeId, dueOn: v.dueOn ? v.dueOn.format("YYYY-MM-DD") : null },
                }),
              t("teamwork.assignedDone"),
              assignment.reload,
            )
          }
        >
          {/* required={false}: antd would put aria-required on the Select's wrapper (axe: aria-allowed-attr); the rule still asks. */}
          <Form.Item
            name="assigneeId"
            required={false}
            rules={[{ required: true, message: t("teamwork.pickColleague") }]}
          >
            <Select
              aria-label={t("teamwork.assignee")}
              placeholder={t("teamwork.pickColleague")}
              style={{ width: 220 }}
              loading={colleagues.loading}
              options={(colleagues.data ?? []).map((c) => ({ value: c.id, label: c.displayName }))}
              data-testid="assignee-select"
            />
          </Form.Item>
          <Form.Item name="dueOn">
            <DatePicker aria-label={t("teamwork.due")} placeholder={t("teamwork.due")} format={DATE_FORMAT} />
          </Form.Item>
          <Space>
            <Button htmlType="submit" type="primary" loading={busy} disabled={busy} data-testid="assign-submit">
              {t("teamwork.assign")}
            </Button>
            {current && (
              <Button
                disabled={busy}
                onClick={() =>
                  act(
                    () => api(`/api/items/${itemId}/assignment`, { method: "PUT", body: { assigneeId: null } }),
                    t("teamwork.unassignedDone"),
                    assignment.reload,
                  )
                }
              >
                {t("teamwork.unassign")}
              </Button>
            )}
          </Space>
        </Form>
      )}
      {failure && <Alert className="gap-top" type="error" showIcon message={failure} role="alert" />}

      <Typography.Title level={5} className="gap-top">
        {t("teamwork.notes")}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t("teamwork.notesHint")}</Typography.Paragraph>
      <List
        size="small"
        data-testid="notes"
        locale={{ emptyText: t("teamwork.noNotes") }}
        loading={notes.loading && !notes.data}
        dataSource={notes.data ?? []}
        renderItem={(n) => (
          <List.Item>
            <List.Item.Meta
              title={
                <Typography.Text type="secondary">
                  {n.author ?? "—"} · {fmtDateTime(n.createdAt)}
                </Typography.Text>
              }
              description={<span className="item-text">{n.text}</span>}
            />
          </List.Item>
        )}
      />
      {canAct && (
        <Form
          form={noteForm}
          layout="vertical"
          onFinish={(v) =>
            act(
              () => api(`/api/items/${itemId}/notes`, { method: "POST", body: { text: v.text } }),
              t("teamwork.noteAdded"),
              () => {
                noteForm.resetFields();
                notes.reload();
              },
            )
          }
        >
          <Form.Item
            name="text"
            label={t("teamwork.note")}
            rules={[{ required: true, whitespace: true, message: t("teamwork.noteRequired") }]}
          >
            <Input.TextArea rows={2} maxLength={5000} data-testid="note-text" />
          </Form.Item>
          <Button htmlType="submit" loading={busy} disabled={busy} data-testid="note-submit">
            {t("teamwork.addNote")}
          </Button>
        </Form>
      )}
    </section>
  );
}
