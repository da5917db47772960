/**
 * The monitor screen (issue 17): the body's monitored drafts on legalacts.egov.kz, programs on
 * budget.egov.kz and blog, internet conferences and surveys on dialog.egov.kz (one monitor), each with the portal's id of the body, last run (when,
 * result, added, error), next run and "run now"; an officer sets any of them up with the body's
 * number on that portal (one form, one address: PUT /api/bodies/{id}/portal-monitors/{portal}).
 */
import { useState } from "react";
import { App, Button, Form, Input, Select, Table, Tag, Typography } from "antd";
import { SyncOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import type { PortalMonitor, PortalRunNow } from "../../../server/http/api-contract.ts";
import { api } from "../../api.ts";
import { useLoad } from "../../use-load.ts";
import { fmtDateTime } from "../../format.ts";
import { MonitorCardFrame, useActionFailure } from "./monitor-card-frame.tsx";

type Portal = PortalMonitor["portal"];
const PORTALS: Portal[] = ["legalacts", "budget", "dialog"];

export function PortalMonitorsCard({ bodyId, canManage }: { bodyId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading, error, reload } = useLoad(
    () => api<{ items: PortalMonitor[] }>(`/api/bodies/${bodyId}/portal-monitors`),
    [bodyId],
  );
  const { failure, clear, attempt } = useActionFailure();
  const [running, setRunning] = useState<Portal | null>(null);

  const runNow = async (portal: Portal) => {
    setRunning(portal);
    await attempt(async () => {
      const result = await api<PortalRunNow>(`/api/bodies/${bodyId}/portal-monitors/${portal}/run`, { method: "POST" });
      void message.info(result.queued ? t("portalMonitors.queued") : t("portalMonitors.ran", { added: result.added }));
      reload();
    });
    setRunning(null);
  };
  const save = (values: { portal: Portal; portalBodyId: string }) =>
    attempt(async () => {
      await api(`/api/bodies/${bodyId}/portal-monitors/${values.portal}`, {
        method: "PUT",
        body: { portalBodyId: values.portalBodyId },
      });
      reload();
    });

  return (
    <MonitorCardFrame
      title={t("portalMonitors.title")}
      intro={t("portalMonitors.intro")}
      testId="portal-monitors"
      error={error}
      failure={failure}
      onCloseFailure={clear}
    >
      <Table<PortalMonitor>
        size="small"
        rowKey="portal"
        loading={loading && !data}
        dataSource={data?.items ?? []}
        pagination={false}
        columns={[
          { title: t("portalMonitors.portal"), render: (_: unknown, m) => t(`importer.${m.portal}`) },
          {
            title: t("portalMonitors.portalBodyId"),
            render: (_: unknown, m) =>
              m.configured ? <code>{m.portalBodyId}</code> : <Tag>{t("portalMonitors.notSet")}</Tag>,
          },
          { title: t("portalMonitors.seen"), dataIndex: "itemsSeen", width: 100, align: "right" },
          {
            title: t("monitoring.lastRun"),
            render: (_: unknown, m) =>
              m.lastRun ? (
                <>
                  <Tag color={m.lastRun.status === "ok" ? "green" : "red"}>
                    {t(m.lastRun.status === "ok" ? "portalMonitors.ok" : "portalMonitors.failed")}
                  </Tag>
                  <Typography.Text type="secondary">{fmtDateTime(m.lastRun.at)}</Typography.Text>
                  <div>{t("portalMonitors.added", { added: m.lastRun.added })}</div>
                  {m.lastRun.error && <Typography.Text type="danger">{m.lastRun.error}</Typography.Text>}
                </>
              ) : (
                "—"
              ),
          },
          {
            title: t("portalMonitors.nextRun"),
            render: (_: unknown, m) => (m.nextRunAt ? fmtDateTime(m.nextRunAt) : t("portalMonitors.off")),
          },
          {
            title: "",
            width: 150,
            render: (_: unknown, m) =>
              canManage &&
              m.enabled && (
                <Button
                  size="small"
                  icon={<SyncOutlined />}
                  loading={running === m.portal}
                  onClick={() => void runNow(m.portal)}
                  data-testid={`portal-run-${m.portal}`}
                >
                  {t("monitoring.runNow")}
                </Button>
              ),
          },
        ]}
      />
      {canManage && <SetUpForm items={data?.items ?? []} onSave={save} />}
    </MonitorCardFrame>
  );
}

function SetUpForm({
  items,
  onSave,
}: {
  items: PortalMonitor[];
  onSave: (values: { portal: Portal; portalBodyId: string }) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ portal: Portal; portalBodyId: string }>();
  const portal = Form.useWatch("portal", form) ?? "legalacts";
  // Choosing a portal shows the id it already has, so "save" changes it rather than guessing.
  const known = (p: Portal) => items.find((m) => m.portal === p)?.portalBodyId ?? "";
  return (
    <Form
      form={form}
      layout="inline"
      className="gap-top"
      onFinish={(values) => void onSave(values)}
      initialValues={{ portal: "legalacts", portalBodyId: known("legalacts") }}
      onValuesChange={(changed: { portal?: Portal }) => {
        if (changed.portal) form.setFieldValue("portalBodyId", known(changed.portal));
      }}
      data-testid="portal-monitor-form"
    >
      <Form.Item name="portal" label={t("portalMonitors.portal")}>
        <Select
          style={{ width: 260 }}
          options={PORTALS.map((p) => ({ value: p, label: t(`importer.${p}`) }))}
          aria-label={t("portalMonitors.portal")}
          data-testid="portal-monitor-portal"
        />
      </Form.Item>
      <Form.Item
        name="portalBodyId"
        label={t(`portalMonitors.idLabel.${portal}`)}
        rules={[{ required: true, pattern: /^[0-9]{1,12}$/, message: t(`portalMonitors.idHint.${portal}`) }]}
      >
        <Input style={{ width: 160 }} maxLength={12} placeholder={t(`portalMonitors.idHint.${portal}`)} />
      </Form.Item>
      <Button type="primary" htmlType="submit" data-testid="portal-monitor-save">
        {t("portalMonitors.save")}
      </Button>
    </Form>
  );
}
