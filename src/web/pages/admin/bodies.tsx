/** The registry of state bodies (§1 scope marked). Edited, dated, through /api/admin/bodies; requisites from the screen. */
import { useState } from "react";
import { Alert, App, Button, Card, Input, Select, Space, Switch, Table, Tag, Typography } from "antd";
import { RequisitesModal } from "./requisites-modal.tsx";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../../api.ts";
import { useLoad } from "../../use-load.ts";
import { useLang } from "../../locale.tsx";
import { pickName } from "../../format.ts";
import type { Body, Paged } from "../../types.ts";

export function BodiesPage() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const [q, setQ] = useState<string>();
  const [kind, setKind] = useState<string>();
  const [scope, setScope] = useState<string>();
  const [page, setPage] = useState({ current: 1, size: 20 });
  const [editing, setEditing] = useState<Body | null>(null);
  const { message } = App.useApp();
  const [switching, setSwitching] = useState<string | null>(null);
  // The ministry's choice to evaluate an in-scope body (a district akimat); rounds opened later follow it.
  const setEvaluated = async (b: Body, evaluated: boolean) => {
    setSwitching(b.id);
    try {
      await api(`/api/admin/bodies/${b.id}/evaluated`, { method: "PUT", body: { evaluated } });
      void message.success(t(evaluated ? "requisites.evaluated" : "requisites.notEvaluated"));
      reload();
    } catch (e) {
      void message.error(e instanceof ApiError ? e.message : String(e));
    } finally {
      setSwitching(null);
    }
  };
  const { data, loading, error, reload } = useLoad(
    () =>
      api<Paged<Body>>("/api/bodies", {
        query: { q, kind, inScope: scope, limit: page.size, offset: (page.current - 1) * page.size },
      }),
    [q, kind, scope, page.current, page.size],
  );
  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t("nav.bodies")}
      </Typography.Title>
      <Alert type="info" showIcon className="gap-bottom" message={t("registry.hint")} />
      <Card data-testid="bodies">
        <Space wrap className="filters">
          <Input.Search
            aria-label={t("admin.search")}
            placeholder={t("admin.search")}
            allowClear
            onSearch={(v) => {
              setQ(v.trim() || undefined);
              setPage((p) => ({ ...p, current: 1 }));
            }}
            style={{ width: 280 }}
          />
          <Select
            aria-label={t("round.bodyKind")}
            placeholder={t("round.bodyKind")}
            allowClear
            value={kind}
            onChange={(v?: string) => setKind(v)}
            style={{ width: 200 }}
            options={["central", "local", "presidential"].map((k) => ({ value: k, label: t(`bodyKind.${k}`) }))}
          />
          <Select
            aria-label={t("admin.scope")}
            placeholder={t("admin.scope")}
            allowClear
            value={scope}
            onChange={(v?: string) => setScope(v)}
            style={{ width: 200 }}
            options={[
              { value: "true", label: t("admin.inScope") },
              { value: "false", label: t("admin.outOfScope") },
            ]}
          />
        </Space>
        {error && <Alert type="error" showIcon message={error.message} />}
        <Table<Body>
          rowKey="id"
          size="small"
          loading={loading}
          dataSource={data?.items ?? []}
          pagination={{
            current: page.current,
            pageSize: page.size,
            total: data?.total ?? 0,
            onChange: (current, size) => setPage({ current, size }),
          }}
          columns={[
            { title: t("admin.code"), dataIndex: "code", width: 180 },
            { title: t("admin.name"), render: (_: unknown, b) => pickName(b.name, lang) },
            { title: t("round.bodyKind"), dataIndex: "kind", width: 150, render: (v: string) => t(`bodyKind.${v}`) },
            {
              title: t("admin.scope"),
              width: 300,
              render: (_: unknown, b) =>
                b.inScope ? (
                  <Space size={4} wrap>
                    <Tag color="green">{t("admin.inScope")}</Tag>
                    <Switch
                      size="small"
                      checked={b.evaluated}
                      loading={switching === b.id}
                      aria-label={`${pickName(b.name, lang)}: ${t("requisites.evaluated")}`}
                      data-testid={`evaluated-${b.code}`}
                      onChange={(on) => void setEvaluated(b, on)}
                    />
                    <span>{t(b.evaluated ? "requisites.evaluated" : "requisites.notEvaluated")}</span>
                  </Space>
                ) : (
                  <Tag color="default">{t(`exclusion.${b.exclusionReason ?? "none"}`)}</Tag>
                ),
            },
            {
              title: t("admin.website"),
              dataIndex: "website",
              render: (v: string | null) =>
                v ? (
                  <a href={v} target="_blank" rel="noopener noreferrer">
                    {v.replace(/^https?:\/\//, "")}
                  </a>
                ) : (
                  "—"
                ),
            },
            {
              title: t("requisites.edit"),
              width: 140,
              render: (_: unknown, b) => (
                <Button size="small" data-testid={`requisites-${b.code}`} onClick={() => setEditing(b)}>
                  {t("requisites.edit")}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      {editing && (
        <RequisitesModal bodyId={editing.id} name={pickName(editing.name, lang)} onClose={() => setEditing(null)} />
      )}
    </div>
  );
}
