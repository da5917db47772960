/**
 * The officer's actions on an item: decide a remark or proposal (accept with the §20.1 reference,
 * reject with a reason) and answer a comment.
 */
import { Button, Divider, Form, Input, Radio, Select } from "antd";
import { useTranslation } from "react-i18next";
import { REFERENCE_KINDS, type ReferenceKind } from "../../types.ts";

export interface DecisionForm {
  outcome: "accepted" | "rejected";
  referenceKind?: ReferenceKind;
  referenceText?: string;
  referenceUrl?: string;
  reason?: string;
}

export function DecisionEditor({
  busy,
  current,
  onSubmit,
}: {
  busy: boolean;
  current: "accepted" | "rejected" | null;
  onSubmit: (v: DecisionForm) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<DecisionForm>();
  const outcome = Form.useWatch("outcome", form);
  return (
    <>
      <Divider orientation="left">{current ? t("item.changeDecision") : t("item.decide")}</Divider>
      <Form
        form={form}
        layout="vertical"
        onFinish={onSubmit}
        initialValues={{ referenceKind: "act_clause" }}
        data-testid="decision-form"
      >
        {/* A validator rather than `required`: Ant would put aria-required on the group's plain div, which
            ARIA does not allow (axe: aria-allowed-attr); the save button stays disabled until one is chosen. */}
        <Form.Item
          name="outcome"
          label={t("item.outcome")}
          rules={[
            { validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error(t("item.outcomeRequired")))) },
          ]}
        >
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: "accepted", label: t("item.accept") },
              { value: "rejected", label: t("item.reject") },
            ]}
          />
        </Form.Item>
        {outcome === "accepted" && (
          <>
            <Form.Item name="referenceKind" label={t("item.referenceKind")} rules={[{ required: true }]}>
              <Select options={REFERENCE_KINDS.map((k) => ({ value: k, label: t(`referenceKind.${k}`) }))} />
            </Form.Item>
            <Form.Item
              name="referenceText"
              label={t("item.reference")}
              extra={t("item.referenceHelp")}
              rules={[{ required: true, whitespace: true, message: t("item.referenceRequired") }]}
            >
              <Input.TextArea rows={2} maxLength={2000} data-testid="reference-text" />
            </Form.Item>
            <Form.Item
              name="referenceUrl"
              label={t("item.referenceUrl")}
              rules={[{ type: "url", message: t("item.urlInvalid") }]}
            >
              <Input placeholder="https://" />
            </Form.Item>
          </>
        )}
        {outcome === "rejected" && (
          <Form.Item
            name="reason"
            label={t("item.reason")}
            rules={[{ required: true, whitespace: true, message: t("item.reasonRequired") }]}
          >
            <Input.TextArea rows={3} maxLength={4000} data-testid="reject-reason" />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={busy} disabled={!outcome} data-testid="decision-submit">
          {t("item.save")}
        </Button>
      </Form>
    </>
  );
}

export function AnswerEditor({
  busy,
  existing,
  onSubmit,
}: {
  busy: boolean;
  existing: boolean;
  onSubmit: (text: string, url?: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Divider orientation="left">{existing ? t("item.changeAnswer") : t("item.answer")}</Divider>
      <Form
        layout="vertical"
        onFinish={(v: { text: string; url?: string }) => onSubmit(v.text, v.url)}
        data-testid="answer-form"
      >
        <Form.Item
          name="text"
          label={t("item.answerText")}
          rules={[{ required: true, whitespace: true, message: t("item.answerRequired") }]}
        >
          <Input.TextArea rows={4} maxLength={8000} data-testid="answer-text" />
        </Form.Item>
        <Form.Item name="url" label={t("item.answerUrl")} rules={[{ type: "url", message: t("item.urlInvalid") }]}>
          <Input placeholder="https://" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="answer-submit">
          {t("item.send")}
        </Button>
      </Form>
    </>
  );
}
