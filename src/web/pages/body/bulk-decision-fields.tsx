/**
 * The decision fields both bulk dialogs ask for — the act reference for an acceptance, the reason for a
 * rejection, the answer's text — so the page's bar and the whole-selection action validate alike (the
 * same §20 requirements as the drawer: nothing accepted without a reference, nothing rejected without a reason).
 */
import { Form, Input, Select } from "antd";
import { useTranslation } from "react-i18next";
import { REFERENCE_KINDS } from "../../types.ts";

export type DecisionAction = "accept" | "reject" | "answer";

/** The form values these fields fill; the form's initial values should set `referenceKind: "act_clause"`. */
export interface DecisionValues {
  referenceKind?: string;
  referenceText?: string;
  reason?: string;
  text?: string;
}

export function BulkDecisionFields({ action }: { action: string | undefined }) {
  const { t } = useTranslation();
  if (action === "accept")
    return (
      <>
        {/* Always filled (a default kind), so no required mark. */}
        <Form.Item name="referenceKind" required={false} label={t("item.referenceKind")} rules={[{ required: true }]}>
          <Select options={REFERENCE_KINDS.map((k) => ({ value: k, label: t(`referenceKind.${k}`) }))} />
        </Form.Item>
        <Form.Item
          name="referenceText"
          label={t("item.reference")}
          rules={[{ required: true, whitespace: true, message: t("item.referenceRequired") }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
      </>
    );
  if (action === "reject")
    return (
      <Form.Item
        name="reason"
        label={t("item.reason")}
        rules={[{ required: true, whitespace: true, message: t("item.reasonRequired") }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    );
  if (action === "answer")
    return (
      <Form.Item
        name="text"
        label={t("item.answerText")}
        rules={[{ required: true, whitespace: true, message: t("item.answerRequired") }]}
      >
        <Input.TextArea rows={4} />
      </Form.Item>
    );
  return null;
}
