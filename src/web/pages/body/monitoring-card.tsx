/**
 * Official accounts watched by the hourly intake.monitor job (issue 3): each account's platform id,
 * the NAME of the server variable holding its token (never the token), on/off, and the last run's
 * outcome with its import run. Officers add and change accounts and can fetch now; the head reads.
 */
import { useState } from "react";
import { App, Button, Empty, Form, Input, Select, Space, Switch, Table, Tag, Typography } from "antd";
import { PlusOutlined, SyncOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import { useLoad } from "../../use-load.ts";
import { fmtDateTime } from "../../format.ts";
import { MonitorCardFrame, useActionFailure } from "./monitor-card-frame.tsx";
import type * as Api from "../../../server/http/api-contract.ts";

const PLATFORMS = ["youtube", "vk", "facebook", "instagram", "telegram"] as const;

type MonitoredAccount = Api.MonitoredAccount;
type Settings = Api.MonitorSettings;

export function MonitoringCard({ bodyId, canManage }: { bodyId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading, error, reload } = useLoad(
    () => api<{ items: MonitoredAccount[] }>(`/api/bodies/${bodyId}/monitoring`),
    [bodyId],
  );
  const { failure, clear, attempt } = useActionFailure();
  const [busy, setBusy] = useState(false);

  const save = (settings: Settings) =>
    attempt(async () => {
      await api(`/api/bodies/${bodyId}/monitoring`, { method: "PUT", body: settings });
      reload();
    });
  const runNow = async () => {
    setBusy(true);
    await attempt(async () => {
      const result = await api<{ message: string }>(`/api/bodies/${bodyId}/monitoring/run`, { method: "POST" });
      void message.info(result.message);
      reload();
    });
    setBusy(false);
  };
  const configured = (data?.items ?? []).filter((a) => a.configured);

  return (
    <MonitorCardFrame
      title={t("monitoring.title")}
      intro={t("monitoring.intro")}
      testId="monitoring"
      error={error}
      failure={failure}
      onCloseFailure={clear}
      extra={
        canManage &&
        configured.length > 0 && (
          <Button size="small" icon={<SyncOutlined />} loading={busy} onClick={runNow} data-testid="monitoring-run">
            {t("monitoring.runNow")}
          </Button>
        )
      }
    >
      <Table<MonitoredAccount>
        size="small"
        rowKey="accountId"
        loading={loading && !data}
        dataSource={configured}
        pagination={false}
        locale={{ emptyText: <Empty description={t("monitoring.none")} /> }}
        columns={[
          {
            title: t("monitoring.account"),
            render: (_: unknown, a) => (
              <>
                {t(`importer.${a.platform}`)}
                <br />
                {a.url ? (
                  <a href={a.url} target="_blank" rel="noopener noreferrer">
                    @{a.handle}
                  </a>
                ) : (
                  `@${a.handle}`
                )}
              </>
            ),
          },
          { title: t("monitoring.externalId"), dataIndex: "externalId" },
          {
            title: t("monitoring.tokenEnv"),
            render: (_: unknown, a) => (
              <Space direction="vertical" size={0}>
                <code>{a.tokenEnv}</code>
                <Tag color={a.tokenSet ? "green" : "red"}>
                  {t(a.tokenSet ? "monitoring.tokenSet" : "monitoring.tokenMissing")}
                </Tag>
              </Space>
            ),
          },
          {
            title: t("monitoring.enabled"),
            width: 110,
            render: (_: unknown, a) => (
              <Switch
                checked={a.enabled}
                disabled={!canManage}
                aria-label={t("monitoring.enabledFor", { handle: a.handle })}
                onChange={(enabled) =>
                  void save({
                    platform: a.platform,
                    externalId: a.externalId ?? "",
                    handle: a.platform === "instagram" ? a.handle : null,
                    tokenEnv: a.tokenEnv ?? "",
                    enabled,
                  })
                }
              />
            ),
          },
          {
            title: t("monitoring.lastRun"),
            render: (_: unknown, a) => (
              <>
                <Tag color={!a.lastRun ? "default" : a.lastRun.status === "ok" ? "green" : "red"}>
                  {a.running ? t("monitoring.running") : a.statusText}
                </Tag>
                {a.lastRun && <Typography.Text type="secondary">{fmtDateTime(a.lastRun.at)}</Typography.Text>}
                {a.lastRun?.error && (
                  <div>
                    <Typography.Text type="danger">{a.lastRun.error}</Typography.Text>
                  </div>
                )}
              </>
            ),
          },
          {
            title: t("monitoring.counts"),
            width: 150,
            render: (_: unknown, a) =>
              a.lastRun ? t("monitoring.addedUpdated", { added: a.lastRun.added, updated: a.lastRun.updated }) : "—",
          },
        ]}
      />
      {canManage && <AddAccountForm onSave={save} />}
    </MonitorCardFrame>
  );
}

function AddAccountForm({ onSave }: { onSave: (settings: Settings) => Promise<boolean> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Settings>();
  const platform = Form.useWatch("platform", form);
  const [saving, setSaving] = useState(false);
  const submit = async (values: Settings) => {
    setSaving(true);
    const ok = await onSave({
      ...values,
      handle: values.platform === "instagram" ? (values.handle ?? null) : null,
      enabled: true,
    });
    setSaving(false);
    if (ok) form.resetFields();
  };
  return (
    <Form
      form={form}
      layout="inline"
      className="gap-top"
      onFinish={submit}
      initialValues={{ platform: "youtube" }}
      data-testid="monitoring-form"
    >
      <Form.Item name="platform" label={t("monitoring.platform")} required={false} rules={[{ required: true }]}>
        <Select
          style={{ width: 150 }}
          options={PLATFORMS.map((p) => ({ value: p, label: t(`importer.${p}`) }))}
          aria-label={t("monitoring.platform")}
        />
      </Form.Item>
      <Form.Item
        name="externalId"
        label={t("monitoring.externalId")}
        rules={[{ required: true, whitespace: true, message: t("monitoring.externalIdRequired") }]}
      >
        <Input style={{ width: 200 }} maxLength={100} placeholder={t(`monitoring.idHint.${platform ?? "youtube"}`)} />
      </Form.Item>
      {platform === "instagram" && (
        <Form.Item
          name="handle"
          label={t("monitoring.handle")}
          rules={[{ required: true, whitespace: true, message: t("monitoring.handleRequired") }]}
        >
          <Input style={{ width: 160 }} maxLength={100} />
        </Form.Item>
      )}
      <Form.Item
        name="tokenEnv"
        label={t("monitoring.tokenEnv")}
        rules={[{ required: true, pattern: /^PIKIR_MONITOR_[A-Z0-9_]{1,64}$/, message: t("monitoring.tokenEnvHint") }]}
      >
        <Input style={{ width: 260 }} maxLength={80} placeholder="PIKIR_MONITOR_YOUTUBE_KEY" />
      </Form.Item>
      <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={saving} data-testid="monitoring-add">
        {t("monitoring.add")}
      </Button>
    </Form>
  );
}
