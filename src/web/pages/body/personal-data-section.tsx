/**
 * The appellant's personal data in the item drawer: masks for every reader; for the body's own
 * officers and head a "Show" button that asks why (the purpose goes to the audit log with who and
 * when) and then shows the data. Revealed data lives in this component's state only, so closing the
 * drawer forgets it and the next look is logged again.
 */
import { useState } from "react";
import { Alert, Button, Descriptions, Divider, Form, Input, Modal, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../../api.ts";
import type * as Api from "../../../server/http/api-contract.ts";

export type PersonalFields = Api.PersonalData;
export type PersonalSummary = NonNullable<Api.PersonalSummary>;

const FIELDS = ["fullName", "iin", "phone", "email", "address"] as const;

export function PersonalDataSection({
  itemId,
  personal,
  onRevealed,
}: {
  itemId: number;
  personal: PersonalSummary | null;
  onRevealed: () => void;
}) {
  const { t } = useTranslation();
  const [revealed, setRevealed] = useState<PersonalFields | null>(null);
  const [asking, setAsking] = useState(false);
  if (!personal) return null;
  const shown = revealed ?? personal.masked;
  return (
    <>
      <Divider orientation="left">{t("personal.title")}</Divider>
      <Descriptions size="small" column={1} bordered data-testid="personal-data">
        {FIELDS.filter((f) => shown[f]).map((f) => (
          <Descriptions.Item key={f} label={t(`personal.${f}`)}>
            <span data-testid={`personal-${f}`}>{shown[f]}</span>
          </Descriptions.Item>
        ))}
      </Descriptions>
      <div className="gap-top">
        {revealed ? (
          <Tag color="orange">{t("personal.revealedNote")}</Tag>
        ) : (
          <Typography.Text type="secondary">
            {personal.revealable ? t("personal.maskedNote") : t("personal.notRevealable")}{" "}
          </Typography.Text>
        )}
        {personal.revealable && !revealed && (
          <Button size="small" onClick={() => setAsking(true)} data-testid="personal-show">
            {t("personal.show")}
          </Button>
        )}
      </div>
      {asking && (
        <PurposeModal
          itemId={itemId}
          onCancel={() => setAsking(false)}
          onDone={(data) => {
            setRevealed(data);
            setAsking(false);
            onRevealed();
          }}
        />
      )}
    </>
  );
}

function PurposeModal({
  itemId,
  onCancel,
  onDone,
}: {
  itemId: number;
  onCancel: () => void;
  onDone: (data: PersonalFields) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ purpose: string }>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async () => {
    const { purpose } = await form.validateFields();
    setBusy(true);
    setFailure(null);
    try {
      onDone(
        await api<PersonalFields>(`/api/feedback/${itemId}/personal/reveal`, {
          method: "POST",
          body: { purpose: purpose.trim() },
        }),
      );
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t("personal.purposeTitle")}
      okText={t("personal.show")}
      onOk={() => void submit()}
      confirmLoading={busy}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t("personal.purposeHelp")}</Typography.Paragraph>
      <Form form={form} layout="vertical" data-testid="personal-purpose-form">
        <Form.Item
          name="purpose"
          label={t("personal.purpose")}
          rules={[{ required: true, whitespace: true, min: 5, message: t("personal.purposeRequired") }]}
        >
          <Input.TextArea rows={2} maxLength={500} data-testid="personal-purpose" />
        </Form.Item>
      </Form>
      {failure && <Alert type="error" showIcon message={failure} role="alert" />}
    </Modal>
  );
}
