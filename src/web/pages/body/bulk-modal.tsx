/**
 * Bulk actions over the selected rows. The API decides one item at a time (each with its own audit
 * entry), so the modal sends one request per item and reports how many succeeded and why others did not.
 */
import { useState } from "react";
import { Alert, App, Form, Modal, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../../api.ts";
import type { Item } from "../../types.ts";
import { BulkDecisionFields, type DecisionAction, type DecisionValues } from "./bulk-decision-fields.tsx";
import { useSubmitOnce } from "../../use-submit-once.ts";
import { useReturnFocus } from "../../use-return-focus.ts";

export type BulkMode = DecisionAction;

function eligible(mode: BulkMode, item: Item): boolean {
  if (mode === "answer") return item.kind === "comment" && item.status === "unanswered";
  return (item.kind === "remark" || item.kind === "proposal") && item.status === "undecided";
}

export function BulkModal({
  mode,
  items,
  onClose,
}: {
  mode: BulkMode;
  items: Item[];
  onClose: (done: boolean) => void;
}) {
  const { t } = useTranslation();
  useReturnFocus();
  const { message } = App.useApp();
  const [form] = Form.useForm<DecisionValues>();
  const [busy, setBusy] = useState(false);
  const [failures, setFailures] = useState<string[]>([]);
  const targets = items.filter((i) => eligible(mode, i));

  const once = useSubmitOnce();
  const submit = once(async () => {
    const v = await form.validateFields();
    setBusy(true);
    const failed: string[] = [];
    for (const item of targets) {
      const [url, body] =
        mode === "answer"
          ? [`/api/feedback/${item.id}/answer`, { text: v.text }]
          : [
              `/api/feedback/${item.id}/decision`,
              mode === "accept"
                ? { outcome: "accepted", referenceKind: v.referenceKind, referenceText: v.referenceText }
                : { outcome: "rejected", reason: v.reason },
            ];
      try {
        await api(url, { method: "POST", body });
      } catch (e) {
        failed.push(`#${item.id}: ${e instanceof ApiError ? e.message : String(e)}`);
      }
    }
    setBusy(false);
    // A toast for what was done (the UX review found none after a bulk reject).
    const done = targets.length - failed.length;
    if (done > 0) void message.success(t("bulk.done", { count: done }));
    if (failed.length) setFailures(failed);
    else onClose(true);
  });

  return (
    <Modal
      open
      title={t(`bulk.${mode}`)}
      onOk={submit}
      okButtonProps={{ disabled: targets.length === 0 }}
      confirmLoading={busy}
      onCancel={() => onClose(failures.length > 0)}
      okText={t("bulk.apply", { count: targets.length })}
    >
      <Typography.Paragraph>{t("bulk.eligible", { count: targets.length, total: items.length })}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ referenceKind: "act_clause" }}>
        <BulkDecisionFields action={mode} />
      </Form>
      {failures.length > 0 && (
        <Alert
          type="warning"
          showIcon
          message={t("bulk.someFailed")}
          description={
            <ul>
              {failures.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>
          }
        />
      )}
    </Modal>
  );
}
