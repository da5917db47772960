/**
 * §12: a budget program or budget report goes to the public council. The body lists the sessions
 * that heard it and records a new one with its protocol's address (which closes the calendar duty).
 */
import { useState } from "react";
import { Alert, Button, DatePicker, Form, Input, List, Space, Typography } from "antd";
import { TeamOutlined } from "@ant-design/icons";
import type { Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import { useLoad } from "../../use-load.ts";
import { DATE_FORMAT, fmtDate } from "../../format.ts";
import { EvidenceEditor, WithdrawEvidence, type EvidenceRecord } from "./evidence-editor.tsx";
import { EvidenceHistory } from "./evidence-history.tsx";
import type * as Api from "../../../server/http/api-contract.ts";

export const COUNCIL_KINDS = new Set(["draft_budget_program", "budget_report"]);

type Session = Api.CouncilSession;

export function CouncilSessions({ bodyId, initiativeId }: { bodyId: string; initiativeId: string }) {
  const { t } = useTranslation();
  const { data, error, reload } = useLoad(
    () => api<{ items: Session[] }>(`/api/bodies/${bodyId}/council-sessions`, { query: { initiativeId } }),
    [bodyId, initiativeId],
  );
  const [form] = Form.useForm<{ heldOn: Dayjs; protocolUrl: string }>();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  // Correcting and withdrawing a session (issue 13), with its history, like other evidence.
  const [dialog, setDialog] = useState<{ mode: "correct" | "withdraw" | "history"; session: Session } | null>(null);
  const closeDialog = (changed: boolean) => {
    setDialog(null);
    if (changed) reload();
  };

  const record = async (v: { heldOn: Dayjs; protocolUrl: string }) => {
    setBusy(true);
    setSendError(null);
    try {
      await api(`/api/bodies/${bodyId}/council-sessions`, {
        method: "POST",
        body: { initiativeId, heldOn: v.heldOn.format("YYYY-MM-DD"), protocolUrl: v.protocolUrl.trim() },
      });
      form.resetFields();
      setOpen(false);
      reload();
    } catch (e) {
      setSendError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const sessions = data?.items ?? [];
  return (
    <section className="council-sessions" aria-label={t("council.title")} data-testid={`council-${initiativeId}`}>
      <Space wrap>
        <Typography.Text strong>
          <TeamOutlined aria-hidden /> {t("council.title")}:
        </Typography.Text>
        {sessions.length === 0 && <Typography.Text type="warning">{t("council.none")}</Typography.Text>}
        {!open && (
          <Button size="small" onClick={() => setOpen(true)} data-testid="council-open">
            {t("council.record")}
          </Button>
        )}
      </Space>
      {error && <Alert type="error" showIcon message={error.message} />}
      {sessions.length > 0 && (
        <List
          size="small"
          dataSource={sessions}
          renderItem={(s) => (
            <List.Item key={s.id}>
              {fmtDate(s.heldOn)} ·{" "}
              <a href={s.protocolUrl} target="_blank" rel="noopener noreferrer">
                {t("council.protocol")}
              </a>
              <Space size={4} className="council-actions">
                <Button size="small" type="link" onClick={() => setDialog({ mode: "correct", session: s })}>
                  {t("evidenceEdit.correct")}
                </Button>
                <Button size="small" type="link" danger onClick={() => setDialog({ mode: "withdraw", session: s })}>
                  {t("evidenceEdit.withdraw")}
                </Button>
                <Button size="small" type="link" onClick={() => setDialog({ mode: "history", session: s })}>
                  {t("evidenceEdit.history")}
                </Button>
              </Space>
            </List.Item>
          )}
        />
      )}
      {open && (
        <Form form={form} layout="inline" onFinish={record} className="gap-top">
          <Form.Item
            name="heldOn"
            label={t("council.heldOn")}
            rules={[{ required: true, message: t("council.heldOnRequired") }]}
          >
            <DatePicker format={DATE_FORMAT} data-testid="council-held-on" />
          </Form.Item>
          <Form.Item
            name="protocolUrl"
            label={t("council.protocolUrl")}
            rules={[{ required: true, pattern: /^https?:\/\/\S+$/, message: t("council.protocolUrlRequired") }]}
          >
            <Input type="url" style={{ width: 320 }} placeholder="https://" data-testid="council-url" />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="council-save">
              {t("council.save")}
            </Button>
            <Button
              onClick={() => {
                setOpen(false);
                setSendError(null);
              }}
            >
              {t("common.cancel")}
            </Button>
          </Space>
          {sendError && <Alert type="error" showIcon message={sendError} className="gap-top" />}
        </Form>
      )}
      {dialog?.mode === "correct" && (
        <EvidenceEditor
          entity="council-sessions"
          what={t("evidenceEdit.session")}
          bodyId={bodyId}
          record={dialog.session as unknown as EvidenceRecord}
          onClose={closeDialog}
        />
      )}
      {dialog?.mode === "withdraw" && (
        <WithdrawEvidence
          entity="council-sessions"
          record={dialog.session as unknown as EvidenceRecord}
          onClose={closeDialog}
        />
      )}
      {dialog?.mode === "history" && (
        <EvidenceHistory entity="council-sessions" id={dialog.session.id} onClose={() => setDialog(null)} />
      )}
    </section>
  );
}
