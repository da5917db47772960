/**
 * The quarterly analysis (§14) of a body: volumes, languages, sentiment per week, topics with their
 * trend, campaigns, and the draft §17 topics and recommendations the official edits before sending.
 * Every number opens the items it counts; the review queue takes corrections of the labels.
 * "Run analysis" labels the quarter's items (in the background where a queue runs) and follows it.
 */
import { useState } from "react";
import { useSearchParams } from "react-router-dom";
import { Alert, Button, Card, Col, Empty, Row, Segmented, Select, Space, Statistic, Tabs, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import { useAuth } from "../../auth.tsx";
import { useLang } from "../../locale.tsx";
import { useLoad } from "../../use-load.ts";
import { fmtDate, lastFinishedQuarter, periodLabel, pickName, quarterList } from "../../format.ts";
import { BodyPicker, useBodyChoice } from "../../components/body-picker.tsx";
import type { Body } from "../../types.ts";
import { AnalysisCharts } from "./analysis-charts.tsx";
import { ItemsDrawer } from "./items-table.tsx";
import { DraftsEditor } from "./drafts-editor.tsx";
import { RunCard } from "./run-card.tsx";
import { TopicsTab } from "./topics-tab.tsx";
import { VolumesTab } from "./volumes-tab.tsx";
import { AnalysisDocuments, ReviewQueue } from "./analysis-extras.tsx";
import type { Analysis, ItemsFilter, Scope } from "./types.ts";
import { ConferenceTopicsCard } from "./conference-topics-card.tsx";

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
  const { me, profile } = useAuth();
  // analysis.correct: the body's own officer and head, and the ministry's analysts.
  const canEdit =
    me?.role === "ministry_analyst" ||
    ((me?.role === "body_officer" || me?.role === "body_head") && profile?.body?.id === bodyId);
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
          {data.coverage.items > data.coverage.labelled && (
            <Alert
              type="warning"
              showIcon
              className="gap-top"
              data-testid="analysis-not-analysed"
              message={t("analysis.notAnalysed", { items: data.coverage.items - data.coverage.labelled })}
            />
          )}
          <Tabs
            className="gap-top"
            data-testid="analysis-tabs"
            // Seven tabs: a narrower gutter keeps the review queue in view at 1280 px and more.
            tabBarGutter={20}
            items={[
              {
                key: "charts",
                label: t("analysis.tabCharts"),
                children: <AnalysisCharts analysis={data} onPick={pick} />,
              },
              {
                key: "topics",
                label: t("analysis.tabTopics"),
                children: (
                  <TopicsTab
                    analysis={data}
                    count={count}
                    bodyId={bodyId}
                    scope={scope}
                    canEdit={canEdit}
                    onChanged={() => setTick((n) => n + 1)}
                  />
                ),
              },
              {
                key: "volumes",
                label: t("analysis.tabVolumes"),
                children: <VolumesTab analysis={data} count={count} />,
              },
              {
                key: "drafts",
                label: t("analysis.tabDrafts"),
                children: (
                  <DraftsEditor
                    analysis={data}
                    bodyId={bodyId}
                    bodyName={bodyName}
                    canEdit={canEdit}
                    onPick={pick}
                    onSaved={() => setTick((n) => n + 1)}
                  />
                ),
              },
              {
                key: "topics17",
                label: t("analysis.tabTopics17"),
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
