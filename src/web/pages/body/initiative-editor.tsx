/** Editing an initiative's discussion (§5, §10): status, window, information message, portal address. */
import { useState } from "react";
import { Alert, App, DatePicker, Form, Input, Modal, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../../api.ts";
import { DATE_FORMAT, pickName } from "../../format.ts";
import { useLang } from "../../locale.tsx";
import type { Initiative } from "../../types.ts";

const STATUSES = ["draft", "in_discussion", "discussion_closed", "adopted", "implemented", "withdrawn"];

interface Values {
  status: string;
  window: [Dayjs | null, Dayjs | null] | null;
  infoMessage?: string;
  portalUrl?: string;
}

export function InitiativeEditor({
  initiative,
  onClose,
}: {
  initiative: Initiative;
  onClose: (changed: boolean) => void;
}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { startsOn, endsOn } = initiative.discussion;

  const save = async (v: Values) => {
    setBusy(true);
    setFailure(null);
    try {
      await api(`/api/initiatives/${initiative.id}`, {
        method: "PATCH",
        body: {
          status: v.status,
          discussionStartsOn: v.window?.[0]?.format("YYYY-MM-DD") ?? null,
          discussionEndsOn: v.window?.[1]?.format("YYYY-MM-DD") ?? null,
          infoMessage: v.infoMessage?.trim() || null,
          portalUrl: v.portalUrl?.trim() || null,
        },
      });
      void message.success(t("initiative.saved"));
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
      width={640}
      title={pickName(initiative.title, lang)}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okText={t("common.save")}
    >
      {failure && <Alert type="error" showIcon message={failure} className="gap-bottom" />}
      <Form
        form={form}
        layout="vertical"
        onFinish={save}
        initialValues={{
          status: initiative.status,
          infoMessage: initiative.infoMessage.text ?? "",
          portalUrl: initiative.portalUrl ?? "",
          window: startsOn || endsOn ? [startsOn ? dayjs(startsOn) : null, endsOn ? dayjs(endsOn) : null] : null,
        }}
      >
        <Form.Item name="status" label={t("inbox.status")}>
          <Select options={STATUSES.map((s) => ({ value: s, label: t(`initiativeStatus.${s}`) }))} />
        </Form.Item>
        <Form.Item name="window" label={t("initiative.window")}>
          <DatePicker.RangePicker format={DATE_FORMAT} allowEmpty={[true, true]} style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="infoMessage" label={t("initiative.infoMessage")} extra={t("initiative.infoHelp")}>
          <Input.TextArea rows={4} maxLength={10_000} />
        </Form.Item>
        <Form.Item
          name="portalUrl"
          label={t("initiative.portal")}
          rules={[{ type: "url", message: t("item.urlInvalid") }]}
        >
          <Input placeholder="https://" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
