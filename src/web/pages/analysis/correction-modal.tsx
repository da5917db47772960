/**
 * Correcting one automatic label of an item (POST /api/feedback/:id/labels). The correction is kept
 * and audited, and no re-run overwrites it; correcting the kind of a counted item reclassifies it,
 * so the body's indicator F may change — the form says so before sending.
 */
import { useState } from "react";
import { Alert, App, Form, Input, Modal, Select, Typography, type ButtonProps } from "antd";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../../api.ts";
import { LABEL_FIELDS, LABEL_VALUES, VALUE_PREFIX, type AnalysisItem, type LabelField } from "./types.ts";
import { useReturnFocus } from "../../use-return-focus.ts";

interface CorrectionForm {
  field: LabelField;
  value: string;
  reason?: string;
}

export function CorrectionModal({ item, onClose }: { item: AnalysisItem; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation();
  useReturnFocus();
  const { message } = App.useApp();
  const [form] = Form.useForm<CorrectionForm>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const field = Form.useWatch("field", form) ?? "topic";
  const current = item.label?.[field];

  const submit = async (v: CorrectionForm) => {
    setBusy(true);
    setFailure(null);
    try {
      const answer = await api<{ reclassified: boolean }>(`/api/feedback/${item.id}/labels`, {
        method: "POST",
        body: { field: v.field, value: v.value, reason: v.reason?.trim() || null },
      });
      void message.success(answer.reclassified ? t("analysis.correctedReclassified") : t("analysis.corrected"));
      onClose(true);
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t("analysis.correctTitle", { id: item.id })}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okText={t("analysis.correctSave")}
      cancelText={t("common.cancel")}
      okButtonProps={{ "data-testid": "correction-submit" } as ButtonProps}
    >
      <div className="item-text gap-bottom">{item.text}</div>
      {failure && <Alert type="error" showIcon message={failure} className="gap-bottom" />}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ field: "topic" }}
        data-testid="correction-form"
      >
        <Form.Item name="field" label={t("analysis.labelField")} rules={[{ required: true }]}>
          <Select
            options={LABEL_FIELDS.map((f) => ({ value: f, label: t(`labelField.${f}`) }))}
            onChange={() => form.setFieldValue("value", undefined)}
          />
        </Form.Item>
        {current && (
          <Typography.Paragraph type="secondary">
            {t("analysis.currentValue")}:{" "}
            <strong>{t(`${VALUE_PREFIX[field]}.${current}`, { defaultValue: current })}</strong>
            {item.label && ` (${t("analysis.confidence")} ${Math.round(item.label.confidence[field] * 100)}%)`}
          </Typography.Paragraph>
        )}
        <Form.Item
          name="value"
          label={t("analysis.newValue")}
          rules={[{ required: true, message: t("analysis.pickValue") }]}
        >
          <Select
            data-testid="correction-value"
            options={LABEL_VALUES[field]
              .filter((v) => v !== current)
              .map((v) => ({ value: v, label: t(`${VALUE_PREFIX[field]}.${v}`) }))}
          />
        </Form.Item>
        {field === "kind" && (
          <Alert type="warning" showIcon className="gap-bottom" message={t("analysis.kindWarning")} />
        )}
        <Form.Item name="reason" label={t("analysis.reason")}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
