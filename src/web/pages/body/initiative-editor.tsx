/**
 * A new initiative, or editing one (§5, §10): kind, titles and the information message in kk and ru
 * (en optional: the portal shows the reader's language, falling back kk → ru → en), status, window,
 * portal address.
 */
import { useRef, useState } from "react";
import { Alert, App, DatePicker, Form, Input, Modal, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../../api.ts";
import { DATE_FORMAT, pickName } from "../../format.ts";
import { useLang } from "../../locale.tsx";
import type { Initiative } from "../../types.ts";
import { useReturnFocus } from "../../use-return-focus.ts";

const STATUSES = ["draft", "in_discussion", "discussion_closed", "adopted", "implemented", "withdrawn"];
const KINDS = ["draft_legal_act", "draft_budget_program", "budget_report", "project", "initiative"];

interface Values {
  kind: string;
  titleKk?: string;
  titleRu?: string;
  titleEn?: string;
  status: string;
  window: [Dayjs | null, Dayjs | null] | null;
  infoMessageKk?: string;
  infoMessageRu?: string;
  infoMessageEn?: string;
  portalUrl?: string;
}

const textOrNull = (v: string | undefined) => v?.trim() || null;

export function InitiativeEditor({
  initiative,
  bodyId,
  onClose,
}: {
  /** null: a new initiative of bodyId. */
  initiative: Initiative | null;
  bodyId: string;
  onClose: (changed: boolean) => void;
}) {
  const { t } = useTranslation();
  useReturnFocus();
  const { lang } = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  // A ref, not the state: Enter in a field and a click on OK in the same tick must not save twice.
  const saving = useRef(false);
  const [failure, setFailure] = useState<string | null>(null);
  const startsOn = initiative?.discussion.startsOn;
  const endsOn = initiative?.discussion.endsOn;

  const save = async (v: Values) => {
    if (saving.current) return;
    saving.current = true;
    setBusy(true);
    setFailure(null);
    const common = {
      titleKk: textOrNull(v.titleKk),
      titleRu: textOrNull(v.titleRu),
      titleEn: textOrNull(v.titleEn),
      status: v.status,
      discussionStartsOn: v.window?.[0]?.format("YYYY-MM-DD") ?? null,
      discussionEndsOn: v.window?.[1]?.format("YYYY-MM-DD") ?? null,
      infoMessage: textOrNull(v.infoMessageKk),
      infoMessageRu: textOrNull(v.infoMessageRu),
      infoMessageEn: textOrNull(v.infoMessageEn),
      portalUrl: textOrNull(v.portalUrl),
    };
    try {
      if (initiative) {
        await api(`/api/initiatives/${initiative.id}`, { method: "PATCH", body: common });
        void message.success(t("initiative.saved"));
      } else {
        await api("/api/initiatives", { method: "POST", body: { ...common, bodyId, kind: v.kind } });
        void message.success(t("initiativeNew.created"));
      }
      onClose(true);
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : String(e));
    } finally {
      saving.current = false;
      setBusy(false);
    }
  };

  // Either title will do (the portal falls back to the other language); en alone is not enough for kk/ru readers.
  const titleRule = ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
    validator: async () => {
      if (textOrNull(getFieldValue("titleKk") as string) || textOrNull(getFieldValue("titleRu") as string)) return;
      throw new Error(t("initiativeNew.titleRequired"));
    },
  });

  return (
    <Modal
      open
      width={680}
      title={initiative ? pickName(initiative.title, lang) : t("initiativeNew.title")}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okText={t("initiative.saveInitiative")}
      okButtonProps={{ id: "initiative-save" }}
    >
      {failure && <Alert type="error" showIcon message={failure} className="gap-bottom" />}
      <Form
        form={form}
        layout="vertical"
        onFinish={save}
        initialValues={{
          kind: initiative?.kind ?? "draft_legal_act",
          titleKk: initiative?.title.kk ?? "",
          titleRu: initiative?.title.ru ?? "",
          titleEn: initiative?.title.en ?? "",
          status: initiative?.status ?? "draft",
          infoMessageKk: initiative?.infoMessage.kk ?? initiative?.infoMessage.text ?? "",
          infoMessageRu: initiative?.infoMessage.ru ?? "",
          infoMessageEn: initiative?.infoMessage.en ?? "",
          portalUrl: initiative?.portalUrl ?? "",
          window: startsOn || endsOn ? [startsOn ? dayjs(startsOn) : null, endsOn ? dayjs(endsOn) : null] : null,
        }}
      >
        <Form.Item name="kind" label={t("initiativeNew.kind")}>
          <Select
            data-testid="initiative-kind"
            disabled={Boolean(initiative)}
            options={KINDS.map((k) => ({ value: k, label: t(`initiativeKind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="titleKk" label={t("initiativeNew.titleKk")} rules={[titleRule]} dependencies={["titleRu"]}>
          <Input maxLength={1000} data-testid="initiative-titleKk" />
        </Form.Item>
        <Form.Item name="titleRu" label={t("initiativeNew.titleRu")}>
          <Input maxLength={1000} data-testid="initiative-titleRu" />
        </Form.Item>
        <Form.Item name="titleEn" label={t("initiativeNew.titleEn")}>
          <Input maxLength={1000} data-testid="initiative-titleEn" />
        </Form.Item>
        <Form.Item name="status" label={t("inbox.status")}>
          <Select
            data-testid="initiative-status"
            options={STATUSES.map((s) => ({ value: s, label: t(`initiativeStatus.${s}`) }))}
          />
        </Form.Item>
        <Form.Item name="window" label={t("initiative.window")}>
          <DatePicker.RangePicker format={DATE_FORMAT} allowEmpty={[true, true]} style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="infoMessageKk" label={t("initiative.infoMessageKk")} extra={t("initiative.infoHelp")}>
          <Input.TextArea rows={3} maxLength={10_000} data-testid="initiative-infoKk" />
        </Form.Item>
        <Form.Item name="infoMessageRu" label={t("initiative.infoMessageRu")}>
          <Input.TextArea rows={3} maxLength={10_000} data-testid="initiative-infoRu" />
        </Form.Item>
        <Form.Item name="infoMessageEn" label={t("initiative.infoMessageEn")}>
          <Input.TextArea rows={2} maxLength={10_000} data-testid="initiative-infoEn" />
        </Form.Item>
        <Form.Item
          name="portalUrl"
          label={t("initiative.portal")}
          rules={[{ type: "url", message: t("item.urlInvalid") }]}
        >
          <Input placeholder="https://" data-testid="initiative-portalUrl" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
