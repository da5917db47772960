/**
 * The monitor screen (issue 17): the body's monitored drafts on legalacts.egov.kz and programs on
 * budget.egov.kz, each with the portal's id of the body, last run (when, result, added, error), next
 * run and "run now"; an officer sets up budget.egov.kz (the body's govAgencyId).
 */
import { useState } from "react";
import { Alert, App, Button, Card, Form, Input, Table, Tag, Typography } from "antd";
import { SyncOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import type { PortalMonitor, PortalRunNow } from "../../../server/http/api-contract.ts";
import { api, ApiError } from "../../api.ts";
import { useLoad } from "../../use-load.ts";
import { fmtDateTime } from "../../format.ts";

export function PortalMonitorsCard({ bodyId, canManage }: { bodyId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, loading, error, reload } = useLoad(
    () => api<{ items: PortalMonitor[] }>(`/api/bodies/${bodyId}/portal-monitors`),
    [bodyId],
  );
  const [failure, setFailure] = useState<string | null>(null);
  const [running, setRunning] = useState<string | null>(null);

  const runNow = async (portal: PortalMonitor["portal"]) => {
    setRunning(portal);
    setFailure(null);
    try {
      const result = await api<PortalRunNow>(`/api/bodies/${bodyId}/portal-monitors/${portal}/run`, { method: "POST" });
      void message.info(result.queued ? t("portalMonitors.queued") : t("portalMonitors.ran", { added: result.added }));
      reload();
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : String(e));
    } finally {
      setRunning(null);
    }
  };
  const saveBudget = async (values: { govAgencyId: string }) => {
    setFailure(null);
    try {
      await api(`/api/bodies/${bodyId}/budget-monitor`, { method: "PUT", body: { govAgencyId: values.govAgencyId } });
      reload();
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : String(e));
    }
  };
  const budget = data?.items.find((m) => m.portal === "budget");

  return (
    <Card className="gap-top" title={t("portalMonitors.title")} data-testid="portal-monitors">
      <Typography.Paragraph type="secondary">{t("portalMonitors.intro")}</Typography.Paragraph>
      {error && <Alert type="error" showIcon message={error.message} className="gap-bottom" />}
      {failure && (
        <Alert
          type="error"
          showIcon
          message={failure}
          className="gap-bottom"
          closable
          onClose={() => setFailure(null)}
        />
      )}
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
      {canManage && (
        <Form
          layout="inline"
          className="gap-top"
          onFinish={saveBudget}
          initialValues={{ govAgencyId: budget?.portalBodyId ?? "" }}
          key={budget?.portalBodyId ?? "none"}
        >
          <Form.Item
            name="govAgencyId"
            label={t("portalMonitors.govAgencyId")}
            rules={[{ required: true, pattern: /^[0-9]{1,12}$/, message: t("portalMonitors.govAgencyIdHint") }]}
          >
            <Input style={{ width: 160 }} maxLength={12} />
          </Form.Item>
          <Button type="primary" htmlType="submit" data-testid="budget-monitor-save">
            {t("portalMonitors.saveBudget")}
          </Button>
        </Form>
      )}
    </Card>
  );
}
