/** Accounts and their roles. Read-only: creating and disabling accounts is done with the CLI for now. */
import { useMemo } from "react";
import { Alert, Card, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import { useLoad } from "../../use-load.ts";
import { useLang } from "../../locale.tsx";
import { fmtDate, pickName } from "../../format.ts";
import { useBodies } from "../ministry/shared.ts";
import type { UserRow } from "../../types.ts";

export function UsersPage() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const bodies = useBodies();
  const { data, loading, error } = useLoad(() => api<UserRow[]>("/api/workspace/users"), []);
  const rows = useMemo(() => data ?? [], [data]);
  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">{t("nav.users")}</Typography.Title>
      <Alert type="info" showIcon className="gap-bottom" message={t("admin.readOnlyUsers")} />
      {error && <Alert type="error" showIcon message={error.message} />}
      <Card data-testid="users">
        <Table<UserRow> rowKey="id" size="small" loading={loading} dataSource={rows} pagination={{ pageSize: 50, hideOnSinglePage: true }} columns={[
          { title: t("admin.displayName"), dataIndex: "displayName" },
          { title: t("auth.email"), dataIndex: "email" },
          { title: t("admin.role"), dataIndex: "role", width: 200, render: (v: string) => <Tag color="blue">{t(`role.${v}`)}</Tag> },
          { title: t("round.body"), dataIndex: "bodyId", render: (v: string | null) => (v ? pickName(bodies.get(v)?.name, lang) : "—") },
          { title: t("admin.active"), dataIndex: "active", width: 120, render: (v: boolean) => v ? <Tag color="green">{t("admin.yes")}</Tag> : <Tag>{t("admin.no")}</Tag> },
          { title: t("admin.created"), dataIndex: "createdAt", width: 120, render: fmtDate },
        ]} />
      </Card>
    </div>
  );
}
