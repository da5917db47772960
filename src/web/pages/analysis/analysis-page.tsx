/**
 * The quarterly analysis (§14) of a body: volumes, languages, sentiment per week, topics with their
 * trend, campaigns, and the draft §17 topics and recommendations the official edits before sending.
 * Every number opens the items it counts; the review queue takes corrections of the labels.
 * "Run analysis" labels the quarter's items (in the background where a queue runs) and follows it.
 */
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useSearchParams } from "react-router-dom";
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Empty,
  Progress,
  Row,
  Segmented,
  Select,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Typography,
} from "antd";
import { PlayCircleOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../../api.ts";
import { useAuth } from "../../auth.tsx";
import { useLang } from "../../locale.tsx";
import { useLoad } from "../../use-load.ts";
import { fmtDate, lastFinishedQuarter, periodLabel, pickName, quarterList } from "../../format.ts";
import { BodyPicker, useBodyChoice } from "../../components/body-picker.tsx";
import { DocumentDownload } from "../../components/document-download.tsx";
import type { Body } from "../../types.ts";
import { AnalysisCharts, TREND_COLORS } from "./analysis-charts.tsx";
import { AnalysisItemsTable, ItemsDrawer } from "./items-table.tsx";
import { DraftsEditor } from "./drafts-editor.tsx";
import { ConferenceTopicsCard } from "./conference-topics-card.tsx";
import type { Analysis, ItemsFilter, LabelRunProgress, RunAnswer, Scope } from "./types.ts";

type RunState =
  | { phase: "idle" }
  | { phase: "running"; jobId: string | null; polls: number }
  | { phase: "done"; items: number | null }
  | { phase: "failed"; message: string };

const POLL_MS = 2_000;
const MAX_POLLS = 90; // three minutes: a quarter of one body labels in seconds, even on two cores

export function AnalysisPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { bodyId, ownBody, setBodyId } = useBodyChoice();
  const period = params.get("period") ?? lastFinishedQuarter();
  const scope: Scope = params.get("scope") === "all" ? "all" : "s14";
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next);
  };
  const year = new Date().getFullYear();

  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t("analysis.title")}
      </Typography.Title>
      <Space wrap className="filters">
        {!ownBody && <BodyPicker value={bodyId} onChange={setBodyId} />}
        <Select
          aria-label={t("analysis.quarter")}
          data-testid="analysis-period"
          value={period}
          onChange={(v) => set("period", v)}
          style={{ width: 200 }}
          options={quarterList([year, year - 1, year - 2]).map((q) => ({ value: q, label: periodLabel(q, t) }))}
          showSearch
          optionFilterProp="label"
        />
        <Segmented<Scope>
          aria-label={t("analysis.scope")}
          value={scope}
          onChange={(v) => set("scope", v)}
          data-testid="analysis-scope"
          options={[
            { value: "s14", label: t("analysis.scopeS14") },
            { value: "all", label: t("analysis.scopeAll") },
          ]}
        />
      </Space>
      {bodyId ? (
        <AnalysisView bodyId={bodyId} period={period} scope={scope} />
      ) : (
        <Empty description={t("common.pickBody")} />
      )}
    </div>
  );
}

function AnalysisView({ bodyId, period, scope }: { bodyId: string; period: string; scope: Scope }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const { profile } = useAuth();
  const [drill, setDrill] = useState<{ filter: ItemsFilter; title: string } | null>(null);
  const [tick, setTick] = useState(0);
  const { data, loading, error, reload } = useLoad(
    () => api<Analysis>(`/api/bodies/${bodyId}/analysis`, { query: { period, scope, lang } }),
    [bodyId, period, scope, lang, tick],
  );
  const body = useLoad(
    () => (profile?.body?.id === bodyId ? Promise.resolve(null) : api<Body>(`/api/bodies/${bodyId}`).catch(() => null)),
    [bodyId],
  );
  const bodyName = profile?.body?.id === bodyId ? pickName(profile.body.name, lang) : pickName(body.data?.name, lang);
  const pick = (filter: ItemsFilter, title: string) => setDrill({ filter, title });
  const count = (n: number, filter: ItemsFilter, title: string) =>
    n > 0 ? (
      <Button
        type="link"
        size="small"
        className="count-link"
        onClick={() => pick(filter, title)}
        aria-label={`${title}: ${n}`}
      >
        {n}
      </Button>
    ) : (
      <>0</>
    );

  return (
    <>
      <RunCard bodyId={bodyId} period={period} analysis={data} onProgress={reload} />
      {error && <Alert type="error" showIcon message={error.message} className="gap-top" />}
      {!data && loading && <Card loading className="gap-top" />}
      {data && (
        <>
          <Card className="gap-top" size="small">
            <Row gutter={[24, 12]} align="middle">
              <Col xs={12} md={4}>
                <Statistic
                  title={t("analysis.items")}
                  value={data.coverage.items}
                  valueRender={(v) => <span data-testid="analysis-items">{v}</span>}
                />
              </Col>
              <Col xs={12} md={4}>
                <Statistic title={t("analysis.labelled")} value={data.coverage.labelled} />
              </Col>
              {(["negative", "neutral", "positive"] as const).map((s) => (
                <Col xs={8} md={3} key={s}>
                  <Statistic
                    title={t(`sentiment.${s}`)}
                    valueRender={() => count(data.sentiment[s], { sentiment: s }, t(`sentiment.${s}`))}
                  />
                </Col>
              ))}
              <Col xs={24} md={7}>
                <Typography.Text type="secondary">
                  {fmtDate(data.dates.from)} – {fmtDate(data.dates.to)} · {t("analysis.previous")}:{" "}
                  {periodLabel(data.previousPeriod, t)}
                </Typography.Text>
                <br />
                <Typography.Text type="secondary" className="small-text">
                  {t("analysis.model")}: {data.coverage.modelVersion}
                </Typography.Text>
              </Col>
            </Row>
          </Card>
          <Tabs
            className="gap-top"
            data-testid="analysis-tabs"
            items={[
              {
                key: "charts",
                label: t("analysis.tabCharts"),
                children: <AnalysisCharts analysis={data} onPick={pick} />,
              },
              { key: "topics", label: t("analysis.tabTopics"), children: <TopicsTab analysis={data} count={count} /> },
              {
                key: "volumes",
                label: t("analysis.tabVolumes"),
                children: <VolumesTab analysis={data} count={count} />,
              },
              {
                key: "drafts",
                label: t("analysis.tabDrafts"),
                children: <DraftsEditor analysis={data} bodyName={bodyName} />,
              },
              {
                key: "topics17",
                label: t("topics17.title"),
                children: (
                  <ConferenceTopicsCard bodyId={bodyId} period={period} canEdit={profile?.body?.id === bodyId} />
                ),
              },
              {
                key: "review",
                label: t("analysis.tabReview"),
                children: <ReviewQueue bodyId={bodyId} period={period} onChanged={() => setTick((n) => n + 1)} />,
              },
              {
                key: "documents",
                label: t("analysis.tabDocuments"),
                children: <AnalysisDocuments bodyId={bodyId} period={period} />,
              },
            ]}
          />
        </>
      )}
      {drill && (
        <ItemsDrawer
          bodyId={bodyId}
          period={period}
          scope={scope}
          filter={drill.filter}
          title={drill.title}
          onClose={() => setDrill(null)}
          onChanged={() => setTick((n) => n + 1)}
        />
      )}
    </>
  );
}

/** Starts labelling and follows it: at once when the server ran it inline, else by the coverage figures. */
function RunCard({
  bodyId,
  period,
  analysis,
  onProgress,
}: {
  bodyId: string;
  period: string;
  analysis: Analysis | undefined;
  onProgress: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [state, setState] = useState<RunState>({ phase: "idle" });
  const [labelling, setLabelling] = useState<LabelRunProgress | null>(null);
  const timer = useRef<number | null>(null);
  useEffect(
    () => () => {
      if (timer.current) window.clearInterval(timer.current);
    },
    [],
  );
  useEffect(() => {
    setState({ phase: "idle" });
    setLabelling(null);
  }, [bodyId, period]);
  // The run's own progress (items analysed of the period's items), read once a poll while it runs.
  const pollProgress = () => {
    void api<{ run: LabelRunProgress | null }>(`/api/bodies/${bodyId}/analysis/labelling`)
      .then((answer) => setLabelling(answer.run))
      .catch(() => {});
  };

  const coverage = analysis?.coverage;
  const complete = coverage ? coverage.items > 0 && coverage.labelled >= coverage.items : false;
  useEffect(() => {
    // While a queued run works, each reload brings fresher coverage; stop once every item is labelled.
    if (state.phase === "running" && complete && state.polls > 0) {
      if (timer.current) window.clearInterval(timer.current);
      setState({ phase: "done", items: coverage?.labelled ?? null });
    }
  }, [complete, state, coverage]);

  const run = async () => {
    setState({ phase: "running", jobId: null, polls: 0 });
    try {
      const answer = await api<RunAnswer>(`/api/bodies/${bodyId}/analysis/run`, { method: "POST", query: { period } });
      if (answer.status === "done") {
        setState({ phase: "done", items: answer.items });
        void message.success(t("analysis.runDone", { count: answer.items ?? 0 }));
        onProgress();
        return;
      }
      setState({ phase: "running", jobId: answer.jobId, polls: 0 });
      if (timer.current) window.clearInterval(timer.current);
      timer.current = window.setInterval(() => {
        setState((s) => {
          if (s.phase !== "running") return s;
          if (s.polls >= MAX_POLLS) {
            if (timer.current) window.clearInterval(timer.current);
            return { phase: "failed", message: t("analysis.runTimeout") };
          }
          return { ...s, polls: s.polls + 1 };
        });
        pollProgress();
        onProgress();
      }, POLL_MS);
    } catch (e) {
      setState({ phase: "failed", message: e instanceof ApiError ? e.message : String(e) });
    }
  };

  const percent = coverage && coverage.items > 0 ? Math.round((coverage.labelled / coverage.items) * 100) : 0;
  return (
    <Card size="small" data-testid="analysis-run">
      <Space wrap size="large" align="center">
        <Button
          type="primary"
          icon={<PlayCircleOutlined />}
          loading={state.phase === "running"}
          onClick={() => void run()}
          data-testid="analysis-run-button"
        >
          {t("analysis.run")}
        </Button>
        <span className="run-progress">
          <Progress
            percent={percent}
            size="small"
            status={state.phase === "running" ? "active" : state.phase === "failed" ? "exception" : undefined}
            aria-label={t("analysis.coverage")}
          />
        </span>
        <Typography.Text data-testid="analysis-run-state" data-phase={state.phase}>
          {state.phase === "idle" &&
            (coverage ? t("analysis.coverageText", { labelled: coverage.labelled, items: coverage.items }) : "…")}
          {state.phase === "running" &&
            (labelling?.status === "running" && labelling.itemsTotal > 0
              ? t("analysis.runProgress", { done: labelling.itemsDone, total: labelling.itemsTotal })
              : state.jobId
                ? t("analysis.runQueued", { job: state.jobId.slice(0, 8) })
                : t("analysis.runStarting"))}
          {state.phase === "done" && <Tag color="green">{t("analysis.runDone", { count: state.items ?? 0 })}</Tag>}
          {state.phase === "failed" && <Tag color="red">{state.message}</Tag>}
        </Typography.Text>
      </Space>
    </Card>
  );
}

type Count = (n: number, filter: ItemsFilter, title: string) => ReactNode;

function TopicsTab({ analysis, count }: { analysis: Analysis; count: Count }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Card title={t("analysis.topicMap")} size="small">
        <Table
          data-testid="analysis-topics"
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={analysis.topics}
          locale={{ emptyText: <Empty description={t("analysis.noData")} /> }}
          columns={[
            {
              title: t("analysis.topic"),
              render: (_: unknown, r: Analysis["topics"][number]) => (
                <>
                  <strong>{r.label[lang]}</strong>
                  <br />
                  <Typography.Text type="secondary">
                    {t(`topicCategory.${r.category}`, { defaultValue: r.category })}
                  </Typography.Text>
                </>
              ),
            },
            {
              title: t("analysis.size"),
              width: 90,
              render: (_: unknown, r: Analysis["topics"][number]) => count(r.size, { topic: r.key }, r.label[lang]),
            },
            { title: t("analysis.previousSize"), dataIndex: "previousSize", width: 120 },
            {
              title: t("analysis.negativeShare"),
              width: 130,
              render: (_: unknown, r: Analysis["topics"][number]) => `${Math.round(r.negativeShare * 100)}%`,
            },
            {
              title: t("analysis.trend"),
              width: 130,
              render: (_: unknown, r: Analysis["topics"][number]) => (
                <Tag color={TREND_COLORS[r.trend]} data-trend={r.trend}>
                  {t(`trend.${r.trend}`)}
                </Tag>
              ),
            },
          ]}
        />
        {analysis.goneTopics.length > 0 && (
          <Typography.Paragraph className="gap-top" type="secondary">
            {t("analysis.goneTopics")}:{" "}
            {analysis.goneTopics.map((g) => `${g.label[lang]} (${g.previousSize})`).join("; ")}
          </Typography.Paragraph>
        )}
      </Card>
      <Card
        title={t("analysis.campaigns", { groups: analysis.campaigns.groups, items: analysis.campaigns.items })}
        size="small"
      >
        <Table
          data-testid="analysis-campaigns"
          rowKey="rootItemId"
          size="small"
          pagination={false}
          dataSource={analysis.campaigns.top}
          locale={{ emptyText: <Empty description={t("analysis.noCampaigns")} /> }}
          columns={[
            { title: t("analysis.sample"), dataIndex: "sampleText" },
            {
              title: t("inbox.lang"),
              dataIndex: "lang",
              width: 110,
              render: (v: string) => t(`itemLang.${v}`, { defaultValue: v }),
            },
            {
              title: t("analysis.firstSeen"),
              dataIndex: "firstReceivedAt",
              width: 120,
              render: (v: string) => fmtDate(v),
            },
            {
              title: t("analysis.size"),
              width: 90,
              render: (_: unknown, r: Analysis["campaigns"]["top"][number]) =>
                count(r.size, { campaign: r.rootItemId }, r.sampleText.slice(0, 60)),
            },
          ]}
        />
      </Card>
    </Space>
  );
}

function VolumesTab({ analysis, count }: { analysis: Analysis; count: Count }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <Card title={t("analysis.volumes")} size="small">
          <Table
            data-testid="analysis-volumes"
            rowKey={(r) => `${r.channel}:${r.kind}`}
            size="small"
            pagination={false}
            dataSource={analysis.volumes}
            columns={[
              { title: t("inbox.channel"), dataIndex: "channel", render: (v: string) => t(`channel.${v}`) },
              { title: t("inbox.kind"), dataIndex: "kind", render: (v: string) => t(`kind.${v}`) },
              {
                title: t("analysis.items"),
                width: 100,
                render: (_: unknown, r: Analysis["volumes"][number]) =>
                  count(
                    r.items,
                    { channel: r.channel, kind: r.kind },
                    `${t(`channel.${r.channel}`)} · ${t(`kind.${r.kind}`)}`,
                  ),
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card title={t("analysis.languages")} size="small">
          <Table
            data-testid="analysis-languages"
            rowKey="lang"
            size="small"
            pagination={false}
            dataSource={analysis.languages}
            locale={{ emptyText: <Empty description={t("analysis.noData")} /> }}
            columns={[
              {
                title: t("inbox.lang"),
                dataIndex: "lang",
                render: (v: string) => t(`itemLang.${v}`, { defaultValue: v }),
              },
              {
                title: t("analysis.items"),
                width: 100,
                render: (_: unknown, r: Analysis["languages"][number]) =>
                  count(r.items, { itemLang: r.lang }, t(`itemLang.${r.lang}`, { defaultValue: r.lang })),
              },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}

function ReviewQueue({ bodyId, period, onChanged }: { bodyId: string; period: string; onChanged: () => void }) {
  const { t } = useTranslation();
  return (
    <Card title={t("analysis.reviewTitle")} size="small">
      <Typography.Paragraph type="secondary">{t("analysis.reviewIntro")}</Typography.Paragraph>
      <AnalysisItemsTable
        testId="review-queue"
        path={`/api/bodies/${bodyId}/analysis/review-queue`}
        query={{ period }}
        onChanged={onChanged}
      />
    </Card>
  );
}

function AnalysisDocuments({ bodyId, period }: { bodyId: string; period: string }) {
  const { t } = useTranslation();
  return (
    <Card size="small">
      <Space direction="vertical" size="middle">
        {(["quarterly", "topics"] as const).map((kind) => (
          <Space key={kind} wrap size="large">
            <span className="doc-name">{t(`reportKind.${kind}`)}</span>
            <DocumentDownload
              testId={`doc-${kind}`}
              path={`/api/reports/bodies/${bodyId}/${kind}`}
              query={{ period }}
            />
          </Space>
        ))}
      </Space>
    </Card>
  );
}
