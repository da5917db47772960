/**
 * The administrator sets a body's requisites (address kk/ru, phone, e-mail, BIN) and the signing
 * head's position (kk/ru/en), printed in the letter frame of its documents (PATCH …/requisites).
 */
import { useState } from "react";
import { Alert, App, DatePicker, Form, Input, Modal, Spin } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../../api.ts";
import { DATE_FORMAT } from "../../format.ts";
import { useLoad } from "../../use-load.ts";
import { useReturnFocus } from "../../use-return-focus.ts";
import type * as Api from "../../../server/http/api-contract.ts";

type RegistryBody = Api.RegistryBody;
type Values = Record<string, string | undefined> & { effectiveOn?: Dayjs };

export function RequisitesModal({ bodyId, name, onClose }: { bodyId: string; name: string; onClose: () => void }) {
  const { t } = useTranslation();
  useReturnFocus();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { data, loading } = useLoad(() => api<RegistryBody[]>("/api/admin/registry"), []);
  const body = data?.find((b) => b.id === bodyId);

  const save = async (v: Values) => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await api(`/api/admin/bodies/${bodyId}/requisites`, {
        method: "PATCH",
        body: {
          addressKk: v.addressKk?.trim() ?? "",
          addressRu: v.addressRu?.trim() ?? "",
          phone: v.phone?.trim() ?? "",
          email: v.email?.trim() ?? "",
          bin: v.bin?.trim() ?? "",
          headPositionKk: v.headPositionKk?.trim() ?? "",
          headPositionRu: v.headPositionRu?.trim() ?? "",
          headPositionEn: v.headPositionEn?.trim() ?? "",
          ...(v.effectiveOn ? { effectiveOn: v.effectiveOn.format("YYYY-MM-DD") } : {}),
        },
      });
      void message.success(t("requisites.saved"));
      onClose();
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const text = (field: string, label: string, extra?: string, rules: object[] = []) => (
    <Form.Item name={field} label={t(label)} extra={extra} rules={rules}>
      <Input data-testid={`requisites-${field}`} maxLength={1000} />
    </Form.Item>
  );
  return (
    <Modal
      open
      width={640}
      title={t("requisites.title", { name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okText={t("item.save")}
      okButtonProps={{ id: "requisites-save" }}
      destroyOnHidden
    >
      <Alert type="info" showIcon message={t("requisites.help")} className="gap-bottom" />
      {failure && (
        <Alert type="error" showIcon message={failure} className="gap-bottom" data-testid="requisites-error" />
      )}
      {loading || !body ? (
        <Spin />
      ) : (
        <Form
          form={form}
          layout="vertical"
          onFinish={save}
          initialValues={{
            ...Object.fromEntries(Object.entries(body.requisites).map(([k, v]) => [k, v ?? ""])),
            headPositionKk: body.headPosition.kk ?? "",
            headPositionRu: body.headPosition.ru ?? "",
            headPositionEn: body.headPosition.en ?? "",
            effectiveOn: dayjs(),
          }}
        >
          {text("addressKk", "requisites.addressKk")}
          {text("addressRu", "requisites.addressRu")}
          {text("phone", "requisites.phone")}
          {text("email", "requisites.email", undefined, [{ type: "email", message: t("evidenceEdit.urlInvalid") }])}
          {text("bin", "requisites.bin", undefined, [{ pattern: /^(\d{12})?$/, message: t("requisites.binInvalid") }])}
          {text("headPositionKk", "requisites.headPositionKk", t("requisites.headPositionHelp"))}
          {text("headPositionRu", "requisites.headPositionRu")}
          {text("headPositionEn", "requisites.headPositionEn")}
          <Form.Item name="effectiveOn" label={t("requisites.effectiveOn")}>
            <DatePicker format={DATE_FORMAT} allowClear={false} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
