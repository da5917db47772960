/**
 * Accounts: create (with a one-time invitation link), edit, deactivate / re-activate, reset links,
 * eGov identities; and each body's §15 first head and §14–§15 responsible person. Every button
 * that writes is disabled while its request runs, so a double click or Enter makes one request.
 */
import { useMemo, useState } from "react";
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  List,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import { CopyOutlined, PlusOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../../api.ts";
import { useLoad } from "../../use-load.ts";
import { useLang } from "../../locale.tsx";
import { fmtDate, fmtDateTime, pickName } from "../../format.ts";
import { useBodies } from "../ministry/shared.ts";
import type { Body, Role } from "../../types.ts";
import type * as Api from "../../../server/http/api-contract.ts";

const ROLES: Role[] = ["body_officer", "body_head", "ministry_analyst", "administrator"];
const BODY_ROLES: Role[] = ["body_officer", "body_head"];
const DUTIES = ["first_head", "responsible_person"] as const;
type Duty = (typeof DUTIES)[number];

/** The server answers with the role as a string; an account's is a Role. */
type Account = Omit<Api.Account, "role"> & { role: Role };
interface AccountForm {
  email: string;
  displayName: string;
  role: Role;
  bodyId?: string | null;
  locale: "kk" | "ru" | "en";
}
type Link = Api.AccountLink;

function useBodyOptions(bodies: Map<string, Body>, lang: "kk" | "ru" | "en") {
  return useMemo(
    () =>
      [...bodies.values()]
        .map((b) => ({ value: b.id, label: pickName(b.name, lang) }))
        .sort((a, b) => a.label.localeCompare(b.label, lang)),
    [bodies, lang],
  );
}

/** One write at a time per screen: the flag disables the buttons, the toast says what happened. */
function useWrite() {
  const { message } = App.useApp();
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  // Answers { value } on success (also for a 204 without a body), undefined on failure.
  const run = async <T,>(work: () => Promise<T>, done?: (result: T) => string): Promise<{ value: T } | undefined> => {
    if (busy) return undefined;
    setBusy(true);
    try {
      const result = await work();
      if (done) void message.success(done(result));
      return { value: result };
    } catch (e) {
      void message.error(e instanceof ApiError ? e.message : t("common.networkError"));
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}

/**
 * "Must be chosen" for a Select, as a validator: a `required` rule makes antd put aria-required on
 * the Select's wrapper div, which has no role, and axe rightly flags it (aria-allowed-attr).
 */
const chosen = (message: string) => ({
  validator: (_: unknown, value: unknown) => (value ? Promise.resolve() : Promise.reject(new Error(message))),
});

function AccountFormFields({
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

function LinkModal({ link, email, onClose }: { link: Link | null; email: string; onClose: () => void }) {
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

function IdentitiesModal({
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

function DutiesCard({
  accounts,
  bodyOptions,
  onChanged,
}: {
  accounts: Account[];
  bodyOptions: { value: string; label: string }[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { busy, run } = useWrite();
  const [bodyId, setBodyId] = useState<string>();
  const holder = (duty: Duty) => accounts.find((a) => a.duties.some((d) => d.bodyId === bodyId && d.duty === duty))?.id;
  const candidates = (duty: Duty) =>
    accounts
      .filter(
        (a) =>
          a.active &&
          a.bodyId === bodyId &&
          (duty === "first_head" ? a.role === "body_head" : BODY_ROLES.includes(a.role)),
      )
      .map((a) => ({ value: a.id, label: `${a.displayName} · ${t(`role.${a.role}`)}` }));
  return (
    <Card title={t("accounts.duties")} className="gap-top" data-testid="duties">
      <Typography.Paragraph type="secondary">{t("accounts.dutiesHint")}</Typography.Paragraph>
      <Space direction="vertical" style={{ width: "100%" }}>
        <Select
          aria-label={t("accounts.body")}
          placeholder={t("common.pickBody")}
          showSearch
          optionFilterProp="label"
          value={bodyId}
          onChange={setBodyId}
          options={bodyOptions}
          style={{ width: 420 }}
          data-testid="duties-body"
        />
        {bodyId &&
          DUTIES.map((duty) => (
            <Space key={duty} wrap>
              <span style={{ minWidth: 260, display: "inline-block" }} id={`duty-${duty}`}>
                {t(`accounts.duty.${duty}`)}
              </span>
              <Select
                aria-labelledby={`duty-${duty}`}
                allowClear
                placeholder={t("accounts.dutyNone")}
                disabled={busy}
                value={holder(duty)}
                style={{ width: 360 }}
                data-testid={`duty-${duty}`}
                options={candidates(duty)}
                onChange={async (userId?: string) => {
                  const ok = await run(
                    () =>
                      api(`/api/admin/bodies/${bodyId}/officials/${duty}`, {
                        method: "PUT",
                        body: { userId: userId ?? null },
                      }),
                    () => t("accounts.dutySaved"),
                  );
                  if (ok !== undefined) onChanged();
                }}
              />
            </Space>
          ))}
      </Space>
    </Card>
  );
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
      <DutiesCard accounts={data ?? []} bodyOptions={bodyOptions} onChanged={reload} />

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
