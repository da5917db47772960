/**
 * The charts of the quarterly analysis: sentiment per week (stacked), volumes by channel and kind,
 * topic sizes coloured by trend. A click on a bar opens the items it counts.
 */
import { Card, Col, Empty, Row } from "antd";
import { useTranslation } from "react-i18next";
import { Chart } from "../../components/chart.tsx";
import { useLang } from "../../locale.tsx";
import { fmtDate } from "../../format.ts";
import { CHANNELS, ITEM_KINDS } from "../../types.ts";
import { SENTIMENTS, type Analysis, type ItemsFilter, type Trend } from "./types.ts";

export const SENTIMENT_COLORS = { negative: "#a8071a", neutral: "#8c99a6", positive: "#237804" } as const;
export const TREND_COLORS: Record<Trend, string> = {
  new: "#0b4f8a",
  growing: "#ad4e00",
  stable: "#4a5563",
  fading: "#8c99a6",
};
const KIND_COLORS = ["#0b4f8a", "#00a0d2", "#ad4e00", "#237804", "#722ed1"];

type Pick = (filter: ItemsFilter, title: string) => void;

export function AnalysisCharts({ analysis, onPick }: { analysis: Analysis; onPick: Pick }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const weeks = analysis.sentimentByWeek;
  const channels = CHANNELS.filter((c) => analysis.volumes.some((v) => v.channel === c));
  const kinds = ITEM_KINDS.filter((k) => analysis.volumes.some((v) => v.kind === k));
  const topics = [...analysis.topics].sort((a, b) => a.size - b.size);
  const empty = <Empty description={t("analysis.noData")} />;
  const weekLabel = (w: string) => t("analysis.weekOf", { date: fmtDate(w) });

  return (
    <Row gutter={[16, 16]} data-testid="analysis-charts">
      <Col xs={24} xl={12}>
        <Card title={t("analysis.sentimentByWeek")} size="small">
          {weeks.length === 0 ? (
            empty
          ) : (
            <Chart
              label={t("analysis.sentimentByWeek")}
              height={300}
              onClick={({ dataIndex, seriesIndex }) => {
                const week = weeks[dataIndex];
                const sentiment = SENTIMENTS[seriesIndex ?? -1];
                if (week && sentiment)
                  onPick({ week: week.week, sentiment }, `${weekLabel(week.week)} · ${t(`sentiment.${sentiment}`)}`);
              }}
              option={{
                tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
                legend: { bottom: 0 },
                grid: { left: 40, right: 16, top: 16, bottom: 56 },
                xAxis: { type: "category", data: weeks.map((w) => fmtDate(w.week).slice(0, 5)) },
                yAxis: { type: "value", minInterval: 1 },
                series: SENTIMENTS.map((s) => ({
                  name: t(`sentiment.${s}`),
                  type: "bar",
                  stack: "sentiment",
                  data: weeks.map((w) => w[s]),
                  itemStyle: { color: SENTIMENT_COLORS[s] },
                  barMaxWidth: 48,
                })),
              }}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title={t("analysis.volumesByChannel")} size="small">
          {channels.length === 0 ? (
            empty
          ) : (
            <Chart
              label={t("analysis.volumesByChannel")}
              height={300}
              onClick={({ dataIndex, seriesIndex }) => {
                const channel = channels[dataIndex];
                const kind = kinds[seriesIndex ?? -1];
                if (channel && kind) onPick({ channel, kind }, `${t(`channel.${channel}`)} · ${t(`kind.${kind}`)}`);
              }}
              option={{
                tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
                legend: { bottom: 0 },
                grid: { left: 40, right: 16, top: 16, bottom: 72 },
                xAxis: {
                  type: "category",
                  data: channels.map((c) => t(`channel.${c}`)),
                  axisLabel: { interval: 0, width: 120, overflow: "break" },
                },
                yAxis: { type: "value", minInterval: 1 },
                series: kinds.map((k, i) => ({
                  name: t(`kind.${k}`),
                  type: "bar",
                  stack: "volume",
                  barMaxWidth: 64,
                  itemStyle: { color: KIND_COLORS[i % KIND_COLORS.length] },
                  data: channels.map((c) => analysis.volumes.find((v) => v.channel === c && v.kind === k)?.items ?? 0),
                })),
              }}
            />
          )}
        </Card>
      </Col>
      <Col span={24}>
        <Card title={t("analysis.topicSizes")} size="small">
          {topics.length === 0 ? (
            empty
          ) : (
            <Chart
              label={t("analysis.topicSizes")}
              height={Math.max(200, topics.length * 34 + 60)}
              onClick={({ dataIndex }) => {
                const topic = topics[dataIndex];
                if (topic) onPick({ topic: topic.key }, topic.label[lang]);
              }}
              option={{
                tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
                grid: { left: 320, right: 80, top: 8, bottom: 24 },
                xAxis: { type: "value", minInterval: 1 },
                yAxis: {
                  type: "category",
                  data: topics.map((x) => x.label[lang]),
                  axisLabel: { width: 300, overflow: "truncate" },
                },
                series: [
                  {
                    type: "bar",
                    barMaxWidth: 28,
                    data: topics.map((x) => ({ value: x.size, itemStyle: { color: TREND_COLORS[x.trend] } })),
                    label: {
                      show: true,
                      position: "right",
                      formatter: (p: { dataIndex: number }) =>
                        `${topics[p.dataIndex]!.size} · ${t(`trend.${topics[p.dataIndex]!.trend}`)}`,
                    },
                  },
                ],
              }}
            />
          )}
        </Card>
      </Col>
    </Row>
  );
}
