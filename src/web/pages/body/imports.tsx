/**
 * Imports: an officer uploads a channel's export (the server reads it in the background), watches
 * the run's progress and counts, and downloads the rejected rows or the blank template. The head
 * and the ministry see the runs.
 */
import { useEffect, useRef, useState, type HTMLAttributes } from "react";
import { Alert, App, Button, Card, Empty, Progress, Select, Space, Table, Tag, Typography } from "antd";
import { DownloadOutlined, PaperClipOutlined, UploadOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { api, apiUpload } from "../../api.ts";
import { useAuth } from "../../auth.tsx";
import { useLang } from "../../locale.tsx";
import { useLoad } from "../../use-load.ts";
import { fmtDateTime } from "../../format.ts";
import type { Paged } from "../../types.ts";
import { MonitoringCard } from "./monitoring-card.tsx";
import { ColumnMappingCard } from "./column-mapping-card.tsx";
import { PortalMonitorsCard } from "./portal-monitors-card.tsx";
import type * as Api from "../../../server/http/api-contract.ts";

export const IMPORTERS = [
  "template",
  "appeals",
  "legalacts",
  "budget",
  "dialog",
  "telegram",
  "facebook",
  "instagram",
  "vk",
  "youtube",
] as const;
type Importer = (typeof IMPORTERS)[number];

export type ImportRun = Api.ImportRun;

const STATUS_COLORS: Record<ImportRun["status"], string> = { running: "processing", done: "green", failed: "red" };
const POLL_MS = 1500;

export function ImportsPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { lang } = useLang();
  const { data, loading, error, reload } = useLoad(
    () => api<Paged<ImportRun>>("/api/imports", { query: { limit: 50 } }),
    [],
  );
  const running = (data?.items ?? []).some((r) => r.status === "running");
  // Poll only while something runs; each answer schedules the next look.
  useEffect(() => {
    if (!running) return;
    const timer = window.setTimeout(reload, POLL_MS);
    return () => window.clearTimeout(timer);
  }, [running, data, reload]);

  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t("imports.title")}
      </Typography.Title>
      {me!.role === "body_officer" && me!.bodyId && <UploadCard bodyId={me!.bodyId} onStarted={reload} />}
      {me!.bodyId && <MonitoringCard bodyId={me!.bodyId} canManage={me!.role === "body_officer"} />}
      {me!.role === "body_officer" && me!.bodyId && <PortalMonitorsCard bodyId={me!.bodyId} canManage />}
      <Card
        className="gap-top"
        title={t("imports.runs")}
        extra={
          <Space wrap>
            <Typography.Text type="secondary">{t("imports.template")}:</Typography.Text>
            <a href={`/api/imports/template?format=csv&lang=${lang}`} download data-testid="template-csv">
              <DownloadOutlined aria-hidden /> CSV
            </a>
            <a href={`/api/imports/template?format=xlsx&lang=${lang}`} download data-testid="template-xlsx">
              <DownloadOutlined aria-hidden /> XLSX
            </a>
          </Space>
        }
      >
        {error && <Alert type="error" showIcon message={error.message} className="gap-bottom" />}
        <Table<ImportRun>
          data-testid="import-runs"
          size="small"
          rowKey="id"
          loading={loading && !data}
          dataSource={data?.items ?? []}
          pagination={false}
          locale={{ emptyText: <Empty description={t("imports.none")} /> }}
          onRow={(r) => ({ "data-run-status": r.status }) as HTMLAttributes<HTMLElement>}
          expandable={{
            rowExpandable: (r) => r.warnings.length > 0 || Boolean(r.error),
            expandedRowRender: (r) => (
              <>
                {r.error && <Alert type="error" showIcon message={r.error} />}
                {r.warnings.length > 0 && (
                  <ul className="import-warnings">
                    {r.warnings.map((w, i) => (
                      <li key={i}>{w}</li>
                    ))}
                  </ul>
                )}
              </>
            ),
          }}
          columns={[
            {
              title: t("imports.file"),
              dataIndex: "fileName",
              render: (v: string, r) => (
                <>
                  <strong>{v}</strong>
                  <br />
                  <Typography.Text type="secondary">{t(`importer.${r.importer}`)}</Typography.Text>
                </>
              ),
            },
            { title: t("imports.started"), dataIndex: "startedAt", width: 150, render: (v: string) => fmtDateTime(v) },
            {
              title: t("imports.status"),
              dataIndex: "status",
              width: 200,
              render: (v: ImportRun["status"], r) => (
                <>
                  <Tag color={STATUS_COLORS[v]}>{t(`importStatus.${v}`)}</Tag>
                  {v === "running" && (
                    <Progress percent={Math.round(r.progress * 100)} size="small" aria-label={t("imports.progress")} />
                  )}
                </>
              ),
            },
            { title: t("imports.read"), dataIndex: "rowsRead", width: 90, align: "right" },
            {
              title: t("imports.added"),
              dataIndex: "added",
              width: 90,
              align: "right",
              render: (v: number) => <span data-count="added">{v}</span>,
            },
            { title: t("imports.updated"), dataIndex: "updated", width: 100, align: "right" },
            { title: t("imports.unchanged"), dataIndex: "unchanged", width: 110, align: "right" },
            {
              title: t("imports.rejected"),
              dataIndex: "rejected",
              width: 170,
              render: (v: number, r) => (
                <Space>
                  <span data-count="rejected">{v}</span>
                  {v > 0 && (
                    <a href={`${r.reportUrl}?lang=${lang}`} download data-testid="rejected-csv">
                      <DownloadOutlined aria-hidden /> {t("imports.rejectedCsv")}
                    </a>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}

function UploadCard({ bodyId, onStarted }: { bodyId: string; onStarted: () => void }) {
  const { t } = useTranslation();
  const [channel, setChannel] = useState<Importer>("template");
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { message } = App.useApp();
  const fileInput = useRef<HTMLInputElement>(null);

  const upload = async () => {
    if (!file || busy) return;
    setBusy(true);
    setError(null);
    try {
      await apiUpload<ImportRun>("/api/imports", file, { channel, bodyId, fileName: file.name.slice(0, 200) });
      setFile(null);
      setInputKey((k) => k + 1);
      void message.success(t("imports.received"));
      onStarted();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t("imports.upload")}>
      <Typography.Paragraph type="secondary">{t("imports.uploadIntro")}</Typography.Paragraph>
      {error && (
        <Alert type="error" showIcon message={error} className="gap-bottom" closable onClose={() => setError(null)} />
      )}
      <Space wrap align="center">
        <Select
          aria-label={t("imports.channel")}
          data-testid="import-channel"
          value={channel}
          onChange={setChannel}
          style={{ width: 280 }}
          options={IMPORTERS.map((i) => ({ value: i, label: t(`importer.${i}`) }))}
        />
        {/* The browser's own file input reads "Choose File / No file chosen" in the browser's
            language, not the reader's: it stays for the keyboardless picker and the tests, hidden,
            and a translated button opens it. */}
        <input
          key={inputKey}
          ref={fileInput}
          type="file"
          className="sr-only"
          tabIndex={-1}
          aria-hidden
          data-testid="import-file"
          accept=".csv,.xlsx,.json,.txt,.html,.htm"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <Button
          icon={<PaperClipOutlined aria-hidden />}
          onClick={() => fileInput.current?.click()}
          data-testid="import-choose"
        >
          {t("imports.chooseFile")}
        </Button>
        <Typography.Text data-testid="import-file-name">{file ? file.name : t("imports.noFile")}</Typography.Text>
        <Button
          type="primary"
          icon={<UploadOutlined />}
          disabled={!file}
          loading={busy}
          onClick={upload}
          data-testid="import-upload"
        >
          {t("imports.send")}
        </Button>
      </Space>
      {file && (channel === "appeals" || channel === "template") && (
        <ColumnMappingCard bodyId={bodyId} importer={channel} file={file} />
      )}
    </Card>
  );
}
