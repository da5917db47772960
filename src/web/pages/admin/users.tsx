/**
 * Accounts: create (with a one-time invitation link), edit, deactivate / re-activate, reset links,
 * eGov identities; and each body's §15 first head and §14–§15 responsible person. Every button
 * that writes is disabled while its request runs, so a double click or Enter makes one request.
 */
import { useMemo, useState } from "react";
import { Alert, Button, Card, Form, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import { useLoad } from "../../use-load.ts";
import { useLang } from "../../locale.tsx";
import { fmtDate, fmtDateTime, pickName } from "../../format.ts";
import { useBodies } from "../ministry/shared.ts";
import type { Role } from "../../types.ts";
import { type Account, BODY_ROLES, type Link, ROLES, useBodyOptions, useWrite } from "./accounts-shared.ts";
import { AccountFormFields } from "./account-form-fields.tsx";
import { IdentitiesModal, LinkModal } from "./account-modals.tsx";
import { BodyDutiesCard } from "./body-duties-card.tsx";

interface AccountForm {
  email: string;
  displayName: string;
  role: Role;
  bodyId?: string | null;
  locale: "kk" | "ru" | "en";
}

export function UsersPage() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const bodies = useBodies();
  const bodyOptions = useBodyOptions(bodies, lang);
  const { data, loading, error, reload } = useLoad(() => api<Account[]>("/api/admin/users"), []);
  const { busy, run } = useWrite();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Account | null>(null);
  const [identities, setIdentities] = useState<string | null>(null);
  const [link, setLink] = useState<{ link: Link; email: string } | null>(null);
  const [roleFilter, setRoleFilter] = useState<Role>();
  const [statusFilter, setStatusFilter] = useState<"active" | "inactive">();
  const [createForm] = Form.useForm<AccountForm>();
  const [editForm] = Form.useForm<AccountForm>();
  const rows = useMemo(
    () =>
      (data ?? [])
        .filter((a) => !roleFilter || a.role === roleFilter)
        .filter((a) => !statusFilter || a.active === (statusFilter === "active"))
        .sort((a, b) => a.displayName.localeCompare(b.displayName, lang)),
    [data, roleFilter, statusFilter, lang],
  );
  const bodyName = (id: string | null) => (id ? pickName(bodies.get(id)?.name, lang) : "—");

  const create = async (values: AccountForm) => {
    const result = await run(
      () =>
        api<{ user: { email: string }; invitation: Link }>("/api/admin/users", {
          method: "POST",
          body: { ...values, bodyId: values.bodyId ?? null },
        }),
      () => t("accounts.created"),
    );
    if (!result) return;
    setCreating(false);
    createForm.resetFields();
    setLink({ link: result.value.invitation, email: result.value.user.email });
    reload();
  };
  const save = async (values: AccountForm) => {
    if (!editing) return;
    const body = { ...values, bodyId: BODY_ROLES.includes(values.role) ? (values.bodyId ?? null) : null };
    const ok = await run(
      () => api(`/api/admin/users/${editing.id}`, { method: "PATCH", body }),
      () => t("accounts.saved"),
    );
    if (ok !== undefined) {
      setEditing(null);
      reload();
    }
  };
  const issueLink = async (account: Account, purpose: "invite" | "reset") => {
    const result = await run(() =>
      api<Link>(`/api/admin/users/${account.id}/links`, { method: "POST", body: { purpose } }),
    );
    if (result) {
      setLink({ link: result.value, email: account.email });
      reload();
    }
  };
  const setActive = async (account: Account, active: boolean) => {
    const ok = await run(
      () =>
        api<{ sessionsEnded: number }>(`/api/admin/users/${account.id}/${active ? "reactivate" : "deactivate"}`, {
          method: "POST",
        }),
      (r) =>
        active
          ? t("accounts.reactivated", { name: account.displayName })
          : t("accounts.deactivated", { name: account.displayName, count: r.sessionsEnded }),
    );
    if (ok !== undefined) reload();
  };

  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t("nav.users")}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t("accounts.intro")}</Typography.Paragraph>
      {error && <Alert type="error" showIcon message={error.message} role="alert" />}
      <Card data-testid="users">
        <Space wrap className="filters">
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setCreating(true)}
            data-testid="account-new"
          >
            {t("accounts.new")}
          </Button>
          <Select
            aria-label={t("accounts.filterRole")}
            placeholder={t("accounts.filterRole")}
            allowClear
            value={roleFilter}
            onChange={setRoleFilter}
            style={{ width: 220 }}
            options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          />
          <Select
            aria-label={t("accounts.filterStatus")}
            placeholder={t("accounts.filterStatus")}
            allowClear
            value={statusFilter}
            onChange={setStatusFilter}
            style={{ width: 200 }}
            options={[
              { value: "active", label: t("accounts.statusActive") },
              { value: "inactive", label: t("accounts.statusInactive") },
            ]}
          />
        </Space>
        <Table<Account>
          rowKey="id"
          size="small"
          loading={loading}
          dataSource={rows}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            {
              title: t("admin.displayName"),
              dataIndex: "displayName",
              render: (v: string, a) => (
                <div>
                  <strong>{v}</strong>
                  <Typography.Text type="secondary" style={{ display: "block" }}>
                    {a.email}
                  </Typography.Text>
                  {a.duties.map((d) => (
                    <Tag key={d.duty + d.bodyId} color="geekblue">
                      {t(`accounts.duty.${d.duty}`)}
                    </Tag>
                  ))}
                </div>
              ),
            },
            {
              title: t("admin.role"),
              dataIndex: "role",
              width: 180,
              render: (v: Role) => <Tag color="blue">{t(`role.${v}`)}</Tag>,
            },
            { title: t("round.body"), dataIndex: "bodyId", render: bodyName },
            // The status is written out, never carried by colour alone.
            {
              title: t("accounts.status"),
              width: 170,
              render: (_: unknown, a) =>
                !a.active ? (
                  <Tag>{t("accounts.statusInactive")}</Tag>
                ) : a.lockedUntil ? (
                  <Tag color="orange">{t("accounts.statusLocked", { time: fmtDateTime(a.lockedUntil) })}</Tag>
                ) : (
                  <Tag color="green">{t("accounts.statusActive")}</Tag>
                ),
            },
            {
              title: t("accounts.signInHow"),
              width: 230,
              render: (_: unknown, a) => (
                <div>
                  <div>
                    {a.pendingLink
                      ? t(a.pendingLink.purpose === "invite" ? "accounts.invitationPending" : "accounts.resetPending", {
                          date: fmtDate(a.pendingLink.expiresAt),
                        })
                      : a.hasPassword
                        ? t("accounts.hasPassword")
                        : t("accounts.noPassword")}
                  </div>
                  {a.identities.length > 0 && (
                    <Typography.Text type="secondary">{t("accounts.egovLinked")}</Typography.Text>
                  )}
                </div>
              ),
            },
            {
              title: t("accounts.actions"),
              width: 330,
              render: (_: unknown, a) => (
                <Space wrap size="small">
                  <Button
                    size="small"
                    disabled={busy}
                    onClick={() => {
                      setEditing(a);
                      editForm.setFieldsValue({
                        email: a.email,
                        displayName: a.displayName,
                        role: a.role,
                        bodyId: a.bodyId,
                        locale: a.locale as AccountForm["locale"],
                      });
                    }}
                  >
                    {t("accounts.edit")}
                  </Button>
                  {a.active && (
                    <Button
                      size="small"
                      disabled={busy}
                      onClick={() => issueLink(a, a.hasPassword ? "reset" : "invite")}
                    >
                      {t(a.hasPassword ? "accounts.resetLink" : "accounts.inviteAgain")}
                    </Button>
                  )}
                  <Button size="small" disabled={busy} onClick={() => setIdentities(a.id)}>
                    {t("accounts.identities")}
                  </Button>
                  {a.active ? (
                    <Popconfirm
                      title={t("accounts.deactivateConfirm", { name: a.displayName })}
                      okText={t("accounts.deactivate")}
                      cancelText={t("common.cancel")}
                      onConfirm={() => setActive(a, false)}
                    >
                      <Button size="small" danger disabled={busy} data-testid={`deactivate-${a.email}`}>
                        {t("accounts.deactivate")}
                      </Button>
                    </Popconfirm>
                  ) : (
                    <Button
                      size="small"
                      disabled={busy}
                      onClick={() => setActive(a, true)}
                      data-testid={`reactivate-${a.email}`}
                    >
                      {t("accounts.reactivate")}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <BodyDutiesCard accounts={data ?? []} bodyOptions={bodyOptions} onChanged={reload} />

      <Modal
        open={creating}
        title={t("accounts.new")}
        onCancel={() => setCreating(false)}
        okText={t("accounts.create")}
        cancelText={t("common.cancel")}
        okButtonProps={{
          loading: busy,
          htmlType: "submit",
          form: "account-create",
          ...({ "data-testid": "account-create" } as Record<string, string>),
        }}
        destroyOnHidden
      >
        <Form
          id="account-create"
          name="account-create"
          form={createForm}
          initialValues={{ role: "body_officer", locale: "kk" }}
          layout="vertical"
          onFinish={create}
          requiredMark={false}
          disabled={busy}
        >
          <AccountFormFields bodyOptions={bodyOptions} editing={false} />
        </Form>
      </Modal>
      <Modal
        open={Boolean(editing)}
        title={t("accounts.editTitle")}
        onCancel={() => setEditing(null)}
        okText={t("accounts.save")}
        cancelText={t("common.cancel")}
        okButtonProps={{ loading: busy, htmlType: "submit", form: "account-edit" }}
        forceRender
      >
        <Form
          id="account-edit"
          name="account-edit"
          form={editForm}
          layout="vertical"
          onFinish={save}
          requiredMark={false}
          disabled={busy}
        >
          <AccountFormFields bodyOptions={bodyOptions} editing />
        </Form>
      </Modal>
      <IdentitiesModal
        account={(data ?? []).find((a) => a.id === identities) ?? null}
        onClose={() => setIdentities(null)}
        onChanged={reload}
      />
      <LinkModal link={link?.link ?? null} email={link?.email ?? ""} onClose={() => setLink(null)} />
    </div>
  );
}
