/**
 * A bulk action on the whole filtered selection (issue 13), not only the page on screen: the server
 * snapshots the filter's result set, applies the action item by item through the same rules as the
 * drawer (each audited), and reports progress; this modal polls it and shows the summary — how many
 * changed, and which were not, grouped by reason. Nothing already decided or answered is replaced.
 */
import { useEffect, useRef, useState } from "react";
import { Alert, App, DatePicker, Form, Modal, Progress, Select, Typography } from "antd";
import type dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../../api.ts";
import { useLoad } from "../../use-load.ts";
import { DATE_FORMAT } from "../../format.ts";
import { ITEM_KINDS, type REFERENCE_KINDS, type BulkRequest, type BulkRun, type Colleague } from "../../types.ts";
import { BulkDecisionFields, type DecisionValues } from "./bulk-decision-fields.tsx";
import { useReturnFocus } from "../../use-return-focus.ts";

type Action = BulkRequest["params"]["action"];
const ACTIONS: { value: Action; key: string }[] = [
  { value: "assign", key: "bulkAll.assign" },
  { value: "set_kind", key: "bulkAll.setKind" },
  { value: "accept", key: "bulkAll.accept" },
  { value: "reject", key: "bulkAll.reject" },
  { value: "answer", key: "bulkAll.answer" },
];

interface Values extends DecisionValues {
  action: Action;
  assigneeId?: string;
  dueOn?: dayjs.Dayjs | null;
  kind?: string;
}

function paramsOf(v: Values): BulkRequest["params"] {
  switch (v.action) {
    case "assign":
      return { action: "assign", assigneeId: v.assigneeId!, dueOn: v.dueOn ? v.dueOn.format("YYYY-MM-DD") : null };
    case "set_kind":
      return { action: "set_kind", kind: v.kind as (typeof ITEM_KINDS)[number] };
    case "accept":
      return {
        action: "accept",
        referenceKind: v.referenceKind as (typeof REFERENCE_KINDS)[number],
        referenceText: v.referenceText!,
      };
    case "reject":
      return { action: "reject", reason: v.reason! };
    case "answer":
      return { action: "answer", text: v.text! };
  }
}

export function BulkSelectionModal({
  filter,
  count,
  onClose,
}: {
  filter: BulkRequest["filter"];
  count: number;
  onClose: (changed: boolean) => void;
}) {
  const { t } = useTranslation();
  useReturnFocus();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const action = Form.useWatch("action", form);
  const colleagues = useLoad(() => api<Colleague[]>("/api/workspace/colleagues"), []);
  const [run, setRun] = useState<BulkRun | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const toasted = useRef(false);

  // Polls a running action until it is done (a queue worker applies it in chunks).
  useEffect(() => {
    if (run?.status !== "running") return;
    const timer = setTimeout(async () => {
      try {
        setRun(await api<BulkRun>(`/api/feedback/bulk/${run.id}`));
      } catch (e) {
        setFailure(e instanceof ApiError ? e.message : String(e));
      }
    }, 1000);
    return () => clearTimeout(timer);
  }, [run]);

  // One toast when it ends, never two (UX review P12).
  useEffect(() => {
    if (!run || run.status === "running" || toasted.current) return;
    toasted.current = true;
    if (run.status === "done") void message.success(t("bulkAll.done", { applied: run.applied, total: run.total }));
    else void message.error(t("bulkAll.failed", { applied: run.applied, total: run.total }));
  }, [run, message, t]);

  const start = async () => {
    if (busy || run) return;
    const v = await form.validateFields();
    setBusy(true);
    setFailure(null);
    try {
      setRun(await api<BulkRun>("/api/feedback/bulk", { method: "POST", body: { filter, params: paramsOf(v) } }));
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const percent = run ? Math.round((100 * run.processed) / Math.max(run.total, 1)) : 0;
  return (
    <Modal
      open
      title={t("bulkAll.title")}
      width={640}
      onOk={run ? () => onClose(true) : start}
      okText={run ? t("bulkAll.close") : t("bulkAll.start", { count })}
      okButtonProps={{ disabled: busy || run?.status === "running" || count === 0 }}
      cancelButtonProps={{ style: run ? { display: "none" } : undefined }}
      confirmLoading={busy}
      onCancel={() => onClose(Boolean(run))}
      data-testid="bulk-all-modal"
    >
      {!run && (
        <>
          <Typography.Paragraph>{t("bulkAll.scope", { count })}</Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t("bulkAll.noOverwrite")}</Typography.Paragraph>
          <Form
            form={form}
            layout="vertical"
            initialValues={{ action: "assign", referenceKind: "act_clause" }}
            onFinish={start}
          >
            <Form.Item name="action" required={false} label={t("bulkAll.action")} rules={[{ required: true }]}>
              <Select
                data-testid="bulk-all-action"
                options={ACTIONS.map((a) => ({ value: a.value, label: t(a.key) }))}
              />
            </Form.Item>
            {action === "assign" && (
              <>
                <Form.Item
                  name="assigneeId"
                  required={false}
                  label={t("teamwork.assignee")}
                  rules={[{ required: true, message: t("teamwork.pickColleague") }]}
                >
                  <Select
                    placeholder={t("teamwork.pickColleague")}
                    loading={colleagues.loading}
                    data-testid="bulk-all-assignee"
                    options={(colleagues.data ?? []).map((c) => ({ value: c.id, label: c.displayName }))}
                  />
                </Form.Item>
                <Form.Item name="dueOn" label={t("teamwork.due")}>
                  <DatePicker format={DATE_FORMAT} />
                </Form.Item>
              </>
            )}
            {action === "set_kind" && (
              <Form.Item name="kind" required={false} label={t("bulkAll.kind")} rules={[{ required: true }]}>
                <Select options={ITEM_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
              </Form.Item>
            )}
            <BulkDecisionFields action={action} />
          </Form>
        </>
      )}
      {run && (
        <div data-testid="bulk-all-summary" aria-live="polite">
          <Progress percent={percent} status={run.status === "failed" ? "exception" : undefined} />
          <Typography.Paragraph strong>
            {run.status === "running"
              ? t("bulkAll.running", { processed: run.processed, total: run.total })
              : run.status === "done"
                ? t("bulkAll.done", { applied: run.applied, total: run.total })
                : t("bulkAll.failed", { applied: run.applied, total: run.total })}
          </Typography.Paragraph>
          {run.refusedCount > 0 && (
            <Alert
              type="warning"
              showIcon
              message={t("bulkAll.refused", { count: run.refusedCount })}
              description={
                <>
                  <ul>
                    {run.refusedByReason.map((g) => (
                      <li key={`${g.code}:${g.message}`}>
                        {g.message} — {g.count}
                      </li>
                    ))}
                  </ul>
                  <details>
                    <summary>{t("inbox.total", { count: run.refused.length })}</summary>
                    <ul>
                      {run.refused.map((r) => (
                        <li key={r.itemId}>{t("bulkAll.refusedItem", { id: r.itemId, reason: r.message })}</li>
                      ))}
                    </ul>
                  </details>
                </>
              }
            />
          )}
        </div>
      )}
      {failure && <Alert className="gap-top" type="error" showIcon message={failure} role="alert" />}
    </Modal>
  );
}
