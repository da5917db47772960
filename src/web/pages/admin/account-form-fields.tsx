/** The account form's fields, shared by "new account" and "edit": the body is asked for body roles only. */
import { Form, Input, Select } from "antd";
import { useTranslation } from "react-i18next";
import type { Role } from "../../types.ts";
import { BODY_ROLES, ROLES, chosen } from "./accounts-shared.ts";

export function AccountFormFields({
  bodyOptions,
  editing,
}: {
  bodyOptions: { value: string; label: string }[];
  editing: boolean;
}) {
  const { t } = useTranslation();
  const id = editing ? "account-edit" : "account";
  const role = Form.useWatch<Role | undefined>("role");
  return (
    <>
      <Form.Item
        name="email"
        label={t("auth.email")}
        rules={[{ required: true, type: "email", message: t("accounts.emailInvalid") }]}
      >
        <Input autoComplete="off" data-testid={`${id}-email`} />
      </Form.Item>
      <Form.Item
        name="displayName"
        label={t("admin.displayName")}
        rules={[{ required: true, whitespace: true, message: t("accounts.nameRequired") }]}
      >
        <Input autoComplete="off" data-testid={`${id}-name`} />
      </Form.Item>
      <Form.Item name="role" label={t("admin.role")} rules={[chosen(t("accounts.roleRequired"))]}>
        <Select data-testid={`${id}-role`} options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
      </Form.Item>
      {role && BODY_ROLES.includes(role) && (
        <Form.Item name="bodyId" label={t("accounts.body")} rules={[chosen(t("accounts.bodyRequired"))]}>
          <Select data-testid={`${id}-body`} showSearch optionFilterProp="label" options={bodyOptions} />
        </Form.Item>
      )}
      <Form.Item name="locale" label={t("accounts.language")}>
        <Select
          options={[
            { value: "kk", label: "Қазақша" },
            { value: "ru", label: "Русский" },
            { value: "en", label: "English" },
          ]}
        />
      </Form.Item>
    </>
  );
}
