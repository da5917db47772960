/** The round's charts: bodies per band and F per body (ECharts), each bar drilling down. */
import { useNavigate } from "react-router-dom";
import { Card, Col, Row, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useLang } from "../../locale.tsx";
import { pickName, shortBodyName } from "../../format.ts";
import { BAND_COLORS } from "../../components/tags.tsx";
import { Chart } from "../../components/chart.tsx";
import type { Band, Result } from "../../types.ts";
import { BANDS, type RoundResultsProps } from "./round-bands.ts";

export function Charts({ roundId, results, bodies }: RoundResultsProps) {
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
