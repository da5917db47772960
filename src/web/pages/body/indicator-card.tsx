/**
 * The body's live indicator (§22): F with B, C, E, G, the band (§23), zeroing reasons, and what
 * would raise it, each a link to the inbox filtered to exactly those items.
 */
import { useCallback, useState } from "react";
import { Alert, Card, Col, Row, Select, Skeleton, Space, Statistic, Typography } from "antd";
import { Link } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import { useLoad } from "../../use-load.ts";
import { useLang } from "../../locale.tsx";
import { BandTag, BAND_COLORS } from "../../components/tags.tsx";
import { fmtDate, periodOptions } from "../../format.ts";
import type { Indicator } from "../../types.ts";

const PERIOD_KEY = "pikir.indicatorPeriod";

/** The indicator's period: the current year until the user picks another; the pick is remembered. */
export function usePeriod(): [string, (period: string) => void] {
  const [period, setPeriod] = useState<string>(() => {
    try {
      return window.localStorage.getItem(PERIOD_KEY) ?? String(new Date().getFullYear());
    } catch {
      return String(new Date().getFullYear());
    }
  });
  const choose = useCallback((next: string) => {
    setPeriod(next);
    try {
      window.localStorage.setItem(PERIOD_KEY, next);
    } catch {
      /* remembered for this page only */
    }
  }, []);
  return [period, choose];
}

export function usePeriodOptions() {
  const { t } = useTranslation();
  const year = new Date().getFullYear();
  return periodOptions([year, year - 1, year - 2]).map((p) => {
    const [y, part] = p.split("-");
    const label = !part
      ? t("period.year", { year: y })
      : part.startsWith("H")
        ? t("period.half", { year: y, n: part.slice(1) })
        : t("period.quarter", { year: y, n: part.slice(1) });
    return { value: p, label };
  });
}

export function IndicatorCard({
  bodyId,
  period,
  onPeriod,
  refreshKey,
}: {
  bodyId: string;
  period: string;
  onPeriod: (p: string) => void;
  refreshKey: number;
}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const options = usePeriodOptions();
  const { data, loading, error } = useLoad(
    () => api<Indicator>(`/api/bodies/${bodyId}/indicator`, { query: { period, lang } }),
    [bodyId, period, lang, refreshKey],
  );

  return (
    <Card
      className="indicator-card"
      data-testid="indicator-card"
      title={
        <Space>
          <span>{t("indicator.title")}</span>
          {data && <BandTag band={data.band} />}
        </Space>
      }
      extra={
        <Select
          aria-label={t("indicator.period")}
          data-testid="indicator-period"
          value={period}
          onChange={onPeriod}
          options={options}
          style={{ width: 200 }}
          showSearch
          optionFilterProp="label"
        />
      }
    >
      {error && <Alert type="error" showIcon message={error.message} />}
      {!data && loading && <Skeleton active />}
      {data && (
        <>
          <Row gutter={[24, 16]} align="middle">
            <Col xs={24} md={7}>
              <div className="indicator-f" data-testid="indicator-f" style={{ color: BAND_COLORS[data.band] }}>
                <span className="indicator-f-label">F</span> {data.F.toFixed(1)}%
              </div>
              <Typography.Text type="secondary">
                {fmtDate(data.period.from)} – {fmtDate(data.period.to)}
              </Typography.Text>
            </Col>
            <Col xs={12} md={4}>
              <Statistic
                title={t("indicator.B")}
                value={data.B}
                valueRender={(v) => <span data-testid="indicator-b">{v}</span>}
              />
            </Col>
            <Col xs={12} md={4}>
              <Statistic
                title={t("indicator.C")}
                value={data.C}
                valueRender={(v) => <span data-testid="indicator-c">{v}</span>}
              />
            </Col>
            <Col xs={12} md={4}>
              <Statistic
                title={t("indicator.E")}
                value={data.E}
                valueRender={(v) => <span data-testid="indicator-e">{v}</span>}
              />
            </Col>
            <Col xs={12} md={4}>
              <Statistic
                title={t("indicator.G")}
                value={data.G}
                valueRender={(v) => <span data-testid="indicator-g">{v}</span>}
              />
            </Col>
          </Row>
          {data.zeroed && (
            <Alert
              className="gap-top"
              type="error"
              showIcon
              message={t("indicator.zeroed")}
              description={data.zeroReasons.map((r) => t(`zero.${r}`, { defaultValue: r })).join("; ")}
            />
          )}
          <Improvements indicator={data} />
          <details className="explanation">
            <summary>{t("indicator.howComputed")}</summary>
            <ol>
              {data.explanation.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ol>
          </details>
        </>
      )}
    </Card>
  );
}

function Improvements({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const { undecided, unanswered, acceptedWithoutReference } = indicator.improvements;
  const dates = `from=${indicator.period.from}&to=${indicator.period.to}`;
  const steps = [
    unanswered > 0 && (
      <Link key="a" to={`/inbox?status=unanswered&kind=comment&${dates}`}>
        {t("indicator.answerN", { count: unanswered })}
      </Link>
    ),
    undecided > 0 && (
      <Link key="d" to={`/inbox?status=undecided&${dates}`}>
        {t("indicator.decideN", { count: undecided })}
      </Link>
    ),
    acceptedWithoutReference > 0 && (
      <Link key="r" to={`/inbox?status=accepted&${dates}`}>
        {t("indicator.referenceN", { count: acceptedWithoutReference })}
      </Link>
    ),
  ].filter(Boolean);
  return (
    <div className="improvements" data-testid="indicator-improvements">
      <Typography.Text strong>{t("indicator.toRaise")}</Typography.Text>{" "}
      {steps.length ? (
        <Space split="·" wrap>
          {steps}
        </Space>
      ) : indicator.band === "high" ? (
        <Typography.Text type="success">{t("indicator.nothingToDo")}</Typography.Text>
      ) : (
        // Nothing pending but F is not high (UX review P12): say why, rather than "all done" beside a red F.
        <Typography.Text data-testid="indicator-why-low">
          {t("indicator.nothingPendingButLow", {
            B: indicator.B,
            C: indicator.C,
            E: indicator.E,
            G: indicator.G,
          })}
        </Typography.Text>
      )}
    </div>
  );
}
