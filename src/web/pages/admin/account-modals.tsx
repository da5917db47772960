/** The accounts screen's dialogs: the one-time link to pass on, and the eGov identities of an account. */
import { App, Button, Form, Input, List, Modal, Typography } from "antd";
import { CopyOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import { fmtDate, fmtDateTime } from "../../format.ts";
import { type Account, type Link, useWrite } from "./accounts-shared.ts";

export function LinkModal({ link, email, onClose }: { link: Link | null; email: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const url = link ? `${window.location.origin}${link.path}` : "";
  return (
    <Modal
      open={Boolean(link)}
      title={t("accounts.linkTitle")}
      onCancel={onClose}
      onOk={onClose}
      cancelButtonProps={{ style: { display: "none" } }}
      destroyOnHidden
    >
      <Typography.Paragraph>
        {t("accounts.linkHint", { email, date: fmtDateTime(link?.expiresAt) })}
      </Typography.Paragraph>
      <Input.TextArea readOnly value={url} autoSize aria-label={t("accounts.linkTitle")} data-testid="account-link" />
      <Button
        className="gap-top"
        icon={<CopyOutlined aria-hidden />}
        onClick={() => {
          void navigator.clipboard?.writeText(url).then(() => message.success(t("accounts.copied")));
        }}
      >
        {t("accounts.copy")}
      </Button>
    </Modal>
  );
}

export function IdentitiesModal({
  account,
  onClose,
  onChanged,
}: {
  account: Account | null;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { busy, run } = useWrite();
  const [form] = Form.useForm<{ issuer: string; subject: string }>();
  if (!account) return null;
  const link = async (values: { issuer: string; subject: string }) => {
    const ok = await run(
      () => api(`/api/admin/users/${account.id}/identities`, { method: "POST", body: values }),
      () => t("accounts.linked"),
    );
    if (ok !== undefined) {
      form.resetFields();
      onChanged();
    }
  };
  return (
    <Modal
      open
      title={t("accounts.identitiesTitle", { name: account.displayName })}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t("accounts.identitiesHint")}</Typography.Paragraph>
      <List
        size="small"
        dataSource={account.identities}
        locale={{ emptyText: t("accounts.noIdentities") }}
        renderItem={(i) => (
          <List.Item
            actions={[
              <Button
                key="unlink"
                size="small"
                disabled={busy}
                onClick={async () => {
                  const ok = await run(
                    () =>
                      api(`/api/admin/users/${account.id}/identities/unlink`, {
                        method: "POST",
                        body: { issuer: i.issuer, subject: i.subject },
                      }),
                    () => t("accounts.unlinked"),
                  );
                  if (ok !== undefined) onChanged();
                }}
              >
                {t("accounts.unlink")}
              </Button>,
            ]}
          >
            <span>
              {i.issuer} · <code>{i.subject}</code> · {fmtDate(i.linkedAt)}
            </span>
          </List.Item>
        )}
      />
      <Form form={form} layout="vertical" onFinish={link} className="gap-top" requiredMark={false}>
        <Form.Item
          name="issuer"
          label={t("accounts.issuer")}
          rules={[{ required: true, whitespace: true, message: t("accounts.required") }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="subject"
          label={t("accounts.subject")}
          rules={[{ required: true, whitespace: true, message: t("accounts.required") }]}
        >
          <Input />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t("accounts.link")}
        </Button>
      </Form>
    </Modal>
  );
}
