/**
 * One evaluation round: who has submitted (§20), where a submission differs from Pikir's record,
 * compute (§22–§23), publish, and the ranking with bands and charts; every row drills down.
 */
import { useMemo, useRef, useState } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Input,
  Popconfirm,
  Progress,
  Row,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from "antd";
import { CalculatorOutlined, CloseCircleOutlined, CloudUploadOutlined, WarningOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../../api.ts";
import { useLoad } from "../../use-load.ts";
import { useLang } from "../../locale.tsx";
import { fmtDate, fmtDateTime, pickName, shortBodyName } from "../../format.ts";
import { BandTag, BAND_COLORS, RoundStatusTag } from "../../components/tags.tsx";
import { Chart } from "../../components/chart.tsx";
import { DocumentDownload } from "../../components/document-download.tsx";
import { officialResults, useBodies } from "./shared.ts";
import { RoundCorrections } from "./round-corrections.tsx";
import type { Band, Body, Result, RoundDetail } from "../../types.ts";

const BANDS: Band[] = ["high", "medium", "low", "ineffective"];

export function RoundPage() {
  const { roundId } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const bodies = useBodies();
  const detail = useLoad(() => api<RoundDetail>(`/api/evaluations/${roundId}`), [roundId]);
  const status = detail.data?.round.status;
  const results = useLoad(
    () =>
      status && status !== "open"
        ? api<{ results: Result[] }>(`/api/evaluations/${roundId}/results`).then((r) => r.results)
        : Promise.resolve([] as Result[]),
    [roundId, status, detail.data?.round.computedAt],
  );
  const [busy, setBusy] = useState<"compute" | "publish" | "cancel" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [cancelReason, setCancelReason] = useState("");

  const acting = useRef(false);
  const act = async (what: "compute" | "publish" | "cancel") => {
    // One action at a time: a double click must not compute, publish or toast twice.
    if (acting.current) return;
    acting.current = true;
    setBusy(what);
    setError(null);
    try {
      // The publish Popconfirm states the quorum and due-date warning: confirming it is the explicit confirmation.
      // Cancelling sends the typed reason; an empty one comes back as cancel_reason_required.
      const body = what === "publish" ? { confirm: true } : what === "cancel" ? { reason: cancelReason } : undefined;
      await api(`/api/evaluations/${roundId}/${what}`, { method: "POST", ...(body ? { body } : {}) });
      void message.success(
        t(
          what === "compute"
            ? "round.computedDone"
            : what === "publish"
              ? "round.publishedDone"
              : "round.cancelledDone",
        ),
      );
      detail.reload();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      acting.current = false;
      setBusy(null);
    }
  };

  if (detail.error)
    return (
      <div className="page">
        <Alert type="error" showIcon message={detail.error.message} />
      </div>
    );
  const data = detail.data;
  if (!data)
    return (
      <div className="page">
        <Card loading />
      </div>
    );
  const { round, progress } = data;
  const official = officialResults(results.data ?? []);

  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        <Link to="/evaluation">{t("nav.evaluation")}</Link> / {round.title}
      </Typography.Title>
      <Card data-testid="round-header">
        <Row gutter={[24, 16]} align="middle">
          <Col xs={24} lg={16}>
            <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 3 }}>
              <Descriptions.Item label={t("round.status")}>
                <RoundStatusTag status={round.status} />
              </Descriptions.Item>
              <Descriptions.Item label={t("round.period")}>
                {fmtDate(round.periodFrom)} – {fmtDate(round.periodTo)}
              </Descriptions.Item>
              <Descriptions.Item label={t("round.due")}>{fmtDate(round.dueOn)}</Descriptions.Item>
              <Descriptions.Item label={t("round.rules")}>{round.rulesVersion}</Descriptions.Item>
              <Descriptions.Item label={t("round.computed")}>{fmtDateTime(round.computedAt)}</Descriptions.Item>
              <Descriptions.Item label={t("round.published")}>
                {fmtDateTime(round.publishedAt)}
                {round.correctedAt && (
                  <Tag color="orange" className="gap-left" data-testid="round-corrected">
                    {t("round.correctedOn", { date: fmtDate(round.correctedAt) })}
                  </Tag>
                )}
              </Descriptions.Item>
              {round.status === "cancelled" && (
                <Descriptions.Item label={t("round.cancelReason")}>
                  <span data-testid="round-cancel-reason">{round.cancelReason}</span> ({fmtDateTime(round.cancelledAt)})
                </Descriptions.Item>
              )}
            </Descriptions>
          </Col>
          <Col xs={24} lg={8}>
            <Typography.Text>
              {t("round.submitted", { submitted: progress.submitted, requested: progress.requested })}
            </Typography.Text>
            <Progress
              percent={progress.requested ? Math.round((progress.submitted / progress.requested) * 100) : 0}
              aria-label={t("round.progress")}
            />
            <Space wrap className="gap-top">
              {(round.status === "open" || round.status === "computed") && (
                <Button
                  type={round.status === "open" ? "primary" : "default"}
                  icon={<CalculatorOutlined />}
                  loading={busy === "compute"}
                  onClick={() => act("compute")}
                  data-testid="round-compute"
                >
                  {round.status === "computed" ? t("round.recompute") : t("round.compute")}
                </Button>
              )}
              {round.status === "computed" && (
                <Popconfirm
                  title={t("round.publishConfirm")}
                  description={
                    progress.submitted * 2 < progress.requested ||
                    (round.dueOn && round.dueOn >= new Date().toISOString().slice(0, 10))
                      ? t("round.publishWarning", {
                          submitted: progress.submitted,
                          requested: progress.requested,
                          due: fmtDate(round.dueOn),
                        })
                      : undefined
                  }
                  onConfirm={() => act("publish")}
                  okText={t("round.publish")}
                  cancelText={t("common.cancel")}
                >
                  <Button
                    type="primary"
                    icon={<CloudUploadOutlined />}
                    loading={busy === "publish"}
                    data-testid="round-publish"
                  >
                    {t("round.publish")}
                  </Button>
                </Popconfirm>
              )}
              {(round.status === "open" || round.status === "computed") && (
                <Popconfirm
                  title={t("round.cancelConfirm")}
                  okText={t("round.cancel")}
                  cancelText={t("common.cancel")}
                  onConfirm={() => act("cancel")}
                  description={
                    <Input.TextArea
                      rows={3}
                      maxLength={2000}
                      value={cancelReason}
                      onChange={(e) => setCancelReason(e.target.value)}
                      placeholder={t("round.cancelReason")}
                      aria-label={t("round.cancelReason")}
                      data-testid="round-cancel-reason-input"
                    />
                  }
                >
                  <Button danger icon={<CloseCircleOutlined />} loading={busy === "cancel"} data-testid="round-cancel">
                    {t("round.cancel")}
                  </Button>
                </Popconfirm>
              )}
            </Space>
          </Col>
        </Row>
        {round.status !== "open" && (
          <Space wrap className="gap-top" data-testid="round-document">
            <Typography.Text strong>{t("reportKind.evaluation")}:</Typography.Text>
            <DocumentDownload testId="doc-evaluation" path={`/api/reports/evaluation/${round.id}`} />
          </Space>
        )}
        {error && <Alert className="gap-top" type="error" showIcon message={error} role="alert" />}
      </Card>
      <Tabs
        // Remounted when the round leaves "open", so a fresh computation lands on the ranking.
        key={round.status === "open" ? "open" : "done"}
        className="gap-top"
        defaultActiveKey={round.status === "open" ? "submissions" : "ranking"}
        items={[
          {
            key: "submissions",
            label: t("round.tabSubmissions"),
            children: <Submissions detail={data} results={results.data ?? []} bodies={bodies} />,
          },
          ...(round.status !== "open"
            ? [
                {
                  key: "ranking",
                  label: t("round.tabRanking"),
                  children: <Ranking roundId={round.id} results={official} bodies={bodies} />,
                },
                {
                  key: "charts",
                  label: t("round.tabCharts"),
                  children: <Charts roundId={round.id} results={official} bodies={bodies} />,
                },
                {
                  key: "corrections",
                  label: t("fix.tab"),
                  children: (
                    <RoundCorrections
                      round={round}
                      results={results.data ?? []}
                      bodies={bodies}
                      onChanged={() => {
                        detail.reload();
                        results.reload();
                      }}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}

function Submissions({
  detail,
  results,
  bodies,
}: {
  detail: RoundDetail;
  results: Result[];
  bodies: Map<string, Body>;
}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const navigate = useNavigate();
  const diffs = useMemo(
    () =>
      new Map(
        results.filter((r) => r.source === "submission").map((r) => [r.bodyId, r.explanation?.differences ?? []]),
      ),
    [results],
  );
  // What needs the analyst's eye first: flagged differences, then submissions, then the bodies still awaited.
  const rank = (r: { status: string; differences?: unknown[] }) =>
    r.differences?.length ? 0 : r.status === "submitted" ? 1 : 2;
  const rows = detail.requests
    .map((r) => ({ ...r, body: bodies.get(r.bodyId), differences: diffs.get(r.bodyId) }))
    .sort(
      (a, b) => rank(a) - rank(b) || pickName(a.body?.name, lang).localeCompare(pickName(b.body?.name, lang), lang),
    );
  const flagged = rows.filter((r) => r.differences && r.differences.length > 0).length;
  return (
    <Card data-testid="round-submissions">
      {flagged > 0 && (
        <Alert
          type="warning"
          showIcon
          icon={<WarningOutlined />}
          className="gap-bottom"
          message={t("round.differencesFlagged", { count: flagged })}
        />
      )}
      <Table
        rowKey="bodyId"
        size="small"
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        onRow={(r) => ({
          onClick: () => navigate(`/evaluation/${detail.round.id}/bodies/${r.bodyId}`),
          className: "clickable-row",
        })}
        columns={[
          { title: t("round.body"), render: (_: unknown, r) => pickName(r.body?.name, lang) },
          {
            title: t("round.bodyKind"),
            width: 140,
            render: (_: unknown, r) => (r.body ? t(`bodyKind.${r.body.kind}`) : "—"),
          },
          {
            title: t("round.submission"),
            dataIndex: "status",
            width: 160,
            filters: [
              { text: t("requestStatus.submitted"), value: "submitted" },
              { text: t("requestStatus.requested"), value: "requested" },
            ],
            onFilter: (v, r) => r.status === v,
            render: (v: string) => <Tag color={v === "submitted" ? "green" : "gold"}>{t(`requestStatus.${v}`)}</Tag>,
          },
          { title: t("round.submittedAt"), dataIndex: "submittedAt", width: 150, render: fmtDateTime },
          {
            title: t("round.differences"),
            render: (_: unknown, r) =>
              r.differences === undefined ? (
                "—"
              ) : r.differences.length === 0 ? (
                <Tag color="green">{t("round.noDifferences")}</Tag>
              ) : (
                <Space wrap>
                  {r.differences.map((d) => (
                    <Tag key={d.field} color="red">
                      {t("round.difference", { field: d.field, submitted: d.submitted, recorded: d.recorded })}
                    </Tag>
                  ))}
                </Space>
              ),
          },
        ]}
      />
    </Card>
  );
}

function Ranking({ roundId, results, bodies }: { roundId: string; results: Result[]; bodies: Map<string, Body> }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const navigate = useNavigate();
  return (
    <Card data-testid="round-ranking">
      <Table<Result>
        rowKey="bodyId"
        size="small"
        dataSource={results}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        onRow={(r) => ({
          onClick: () => navigate(`/evaluation/${roundId}/bodies/${r.bodyId}`),
          className: "clickable-row",
        })}
        columns={[
          // Only evaluated bodies are ranked; the §22 default and non-submitters are listed apart, unnumbered.
          {
            title: "№",
            width: 56,
            render: (_: unknown, r: Result, i: number) => (r.status === "evaluated" ? i + 1 : "—"),
          },
          {
            title: t("round.body"),
            render: (_: unknown, r) => (
              <Link to={`/evaluation/${roundId}/bodies/${r.bodyId}`} onClick={(e) => e.stopPropagation()}>
                {pickName(bodies.get(r.bodyId)?.name, lang)}
              </Link>
            ),
          },
          {
            title: t("round.bodyKind"),
            width: 130,
            render: (_: unknown, r) => t(`bodyKind.${bodies.get(r.bodyId)?.kind ?? "central"}`),
          },
          {
            title: "F",
            dataIndex: "F",
            width: 90,
            sorter: (a, b) => (a.F ?? -1) - (b.F ?? -1),
            render: (v: number | null, r) =>
              v === null ? (
                <Typography.Text
                  type="secondary"
                  title={r.record ? t("round.recordOnly", { F: r.record.F.toFixed(1) }) : undefined}
                >
                  —
                </Typography.Text>
              ) : (
                <strong>{v.toFixed(1)}%</strong>
              ),
          },
          {
            title: t("round.band"),
            dataIndex: "band",
            width: 190,
            filters: BANDS.map((b) => ({ text: t(`band.${b}`), value: b })),
            onFilter: (v, r) => r.status === "evaluated" && r.band === v,
            render: (v: Band | null, r) =>
              r.status === "evaluated" && v ? (
                <BandTag band={v} />
              ) : (
                <Tag data-testid={`status-${r.status}`}>{t(`resultStatus.${r.status}`)}</Tag>
              ),
          },
          { title: "B / C", width: 90, render: (_: unknown, r) => `${r.B} / ${r.C}` },
          { title: "E / G", width: 90, render: (_: unknown, r) => `${r.E} / ${r.G}` },
          { title: t("round.source"), dataIndex: "source", width: 150, render: (v: string) => t(`resultSource.${v}`) },
        ]}
      />
    </Card>
  );
}

function Charts({ roundId, results, bodies }: { roundId: string; results: Result[]; bodies: Map<string, Body> }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const navigate = useNavigate();
  // Bands count evaluated bodies only; the §22 default and non-submitters are never "high" (result-status.ts).
  const byBand = BANDS.map((b) => ({
    band: b,
    count: results.filter((r) => r.status === "evaluated" && r.band === b).length,
  }));
  const apart = {
    nothing: results.filter((r) => r.status === "nothing_received").length,
    missing: results.filter((r) => r.status === "not_submitted").length,
  };
  const scored = results.filter(
    (r): r is Result & { F: number; band: Band } => r.status === "evaluated" && r.F !== null && r.band !== null,
  );
  const kinds = ["central", "local", "presidential"] as const;
  const byKind = kinds
    .map((k) => {
      const rows = scored.filter((r) => bodies.get(r.bodyId)?.kind === k);
      return {
        kind: k,
        n: rows.length,
        avg: rows.length ? Math.round((rows.reduce((s, r) => s + r.F, 0) / rows.length) * 10) / 10 : 0,
      };
    })
    .filter((k) => k.n > 0);
  const ordered = [...scored].reverse();
  return (
    <Row gutter={[16, 16]} data-testid="round-charts">
      <Col xs={24} lg={12}>
        <Card title={t("chart.bands")}>
          <Typography.Text type="secondary">{t("round.apartCounts", apart)}</Typography.Text>
          <Chart
            label={t("chart.bands")}
            height={280}
            option={{
              tooltip: { trigger: "item" },
              // The legend scrolls in its own strip and the ring sits above it: labels no longer run into it.
              legend: { bottom: 0, type: "scroll" },
              series: [
                {
                  type: "pie",
                  radius: ["32%", "56%"],
                  center: ["50%", "44%"],
                  avoidLabelOverlap: true,
                  data: byBand
                    .filter((b) => b.count > 0)
                    .map((b) => ({
                      name: t(`band.${b.band}`),
                      value: b.count,
                      itemStyle: { color: BAND_COLORS[b.band] },
                    })),
                  label: { formatter: "{b}: {c}", width: 120, overflow: "break" },
                },
              ],
            }}
          />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={t("chart.kinds")}>
          <Chart
            label={t("chart.kinds")}
            height={280}
            option={{
              tooltip: { trigger: "axis" },
              grid: { left: 48, right: 24, top: 40, bottom: 32, containLabel: true },
              xAxis: {
                type: "category",
                data: byKind.map((k) => `${t(`bodyKind.${k.kind}`)} (${k.n})`),
                axisLabel: { interval: 0, width: 150, overflow: "break" },
              },
              // Left-aligned above the axis: centred on it, the title was cut at the card's edge.
              yAxis: { type: "value", min: 0, max: 100, name: "F, %", nameTextStyle: { align: "left" } },
              series: [
                {
                  type: "bar",
                  data: byKind.map((k) => k.avg),
                  label: { show: true, position: "top" },
                  itemStyle: { color: "#0b4f8a" },
                  barMaxWidth: 64,
                },
              ],
            }}
          />
        </Card>
      </Col>
      <Col span={24}>
        <Card title={t("chart.byBody")}>
          <Chart
            label={t("chart.byBody")}
            height={Math.max(240, ordered.length * 26 + 60)}
            onClick={({ dataIndex }) => {
              const r = ordered[dataIndex];
              if (r) navigate(`/evaluation/${roundId}/bodies/${r.bodyId}`);
            }}
            option={{
              tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
              grid: { left: 280, right: 140, top: 16, bottom: 24 },
              xAxis: { type: "value", min: 0, max: 100 },
              yAxis: {
                type: "category",
                // Without "Қазақстан Республикасы" / "Республики Казахстан", which every ministry's
                // name shares and which filled the label; the tooltip keeps the full name.
                data: ordered.map((r) => shortBodyName(pickName(bodies.get(r.bodyId)?.name, lang))),
                axisLabel: { width: 260, overflow: "truncate" },
              },
              series: [
                {
                  type: "bar",
                  data: ordered.map((r) => ({
                    value: r.F,
                    name: pickName(bodies.get(r.bodyId)?.name, lang),
                    band: t(`band.${r.band}`),
                    itemStyle: { color: BAND_COLORS[r.band] },
                  })),
                  // The band is written beside the bar: its colour alone told it only to those who see red and green.
                  label: {
                    show: true,
                    position: "right",
                    formatter: (p: { value: number; data: { band: string } }) => `${p.value}% · ${p.data.band}`,
                  },
                },
              ],
            }}
          />
        </Card>
      </Col>
    </Row>
  );
}
