/** The evaluation room's entrance: every round, opening a new one for a period, and F over the periods. */
import { useMemo, useRef, useState } from "react";
import { Link, useNavigate } from "react-router-dom";
import { Alert, App, Button, Card, Col, DatePicker, Form, Input, Row, Select, Table, Typography } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../../api.ts";
import { useLoad } from "../../use-load.ts";
import { DATE_FORMAT, fmtDate, periodRange } from "../../format.ts";
import { RoundStatusTag } from "../../components/tags.tsx";
import { Chart } from "../../components/chart.tsx";
import { usePeriodOptions } from "../body/indicator-card.tsx";
import { officialResults } from "./shared.ts";
import type { Result, Round } from "../../types.ts";

export function RoundsPage() {
  const { t } = useTranslation();
  const rounds = useLoad(() => api<Round[]>("/api/evaluations"), []);
  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t("nav.evaluation")}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card title={t("round.list")} data-testid="rounds">
            {rounds.error && <Alert type="error" showIcon message={rounds.error.message} />}
            <Table<Round>
              rowKey="id"
              loading={rounds.loading}
              dataSource={rounds.data ?? []}
              pagination={false}
              columns={[
                {
                  title: t("round.name"),
                  dataIndex: "title",
                  render: (v: string, r) => <Link to={`/evaluation/${r.id}`}>{v}</Link>,
                },
                {
                  title: t("round.period"),
                  render: (_: unknown, r) => `${fmtDate(r.periodFrom)} – ${fmtDate(r.periodTo)}`,
                  width: 200,
                },
                {
                  title: t("round.status"),
                  dataIndex: "status",
                  width: 150,
                  render: (v: Round["status"]) => <RoundStatusTag status={v} />,
                },
                { title: t("round.due"), dataIndex: "dueOn", width: 110, render: fmtDate },
                { title: t("round.published"), dataIndex: "publishedAt", width: 120, render: fmtDate },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <OpenRoundCard />
        </Col>
      </Row>
      {rounds.data && <Trend rounds={rounds.data.filter((r) => r.status !== "open")} />}
    </div>
  );
}

function OpenRoundCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const options = usePeriodOptions();
  const [form] = Form.useForm<{ period: string; title: string; dueOn?: Dayjs }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Enter in a field and a click submitted twice and opened two rounds (UX review P2): a second
  // submit while one is pending does nothing (a ref, because the state's re-render comes too late).
  const pending = useRef(false);
  const submit = async (v: { period: string; title: string; dueOn?: Dayjs }) => {
    if (pending.current) return;
    pending.current = true;
    setBusy(true);
    setError(null);
    try {
      const { from, to } = periodRange(v.period);
      const round = await api<Round & { requested: number }>("/api/evaluations", {
        method: "POST",
        body: { title: v.title, periodFrom: from, periodTo: to, dueOn: v.dueOn ? v.dueOn.format("YYYY-MM-DD") : null },
      });
      void message.success(t("round.opened", { count: round.requested }));
      navigate(`/evaluation/${round.id}`);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      pending.current = false;
      setBusy(false);
    }
  };
  return (
    <Card title={t("round.open")} data-testid="open-round">
      <Typography.Paragraph type="secondary">{t("round.openIntro")}</Typography.Paragraph>
      {error && <Alert type="error" showIcon message={error} className="gap-bottom" />}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={(changed: { period?: string }) => {
          if (changed.period)
            form.setFieldValue(
              "title",
              t("round.defaultTitle", {
                period: options.find((o) => o.value === changed.period)?.label ?? changed.period,
              }),
            );
        }}
      >
        {/* required={false}: antd would put aria-required on the Select's wrapper div, where ARIA does not
            allow it (axe: aria-allowed-attr); the rule still refuses an empty period with its message. */}
        <Form.Item
          name="period"
          label={t("round.period")}
          required={false}
          rules={[{ required: true, message: t("round.periodRequired") }]}
        >
          <Select options={options} showSearch optionFilterProp="label" data-testid="round-period" />
        </Form.Item>
        <Form.Item
          name="title"
          label={t("round.name")}
          rules={[{ required: true, whitespace: true, message: t("round.nameRequired") }]}
        >
          <Input maxLength={500} data-testid="round-title" />
        </Form.Item>
        <Form.Item name="dueOn" label={t("round.due")}>
          <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} disabledDate={(d) => d.isBefore(dayjs(), "day")} />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          icon={<PlusOutlined />}
          loading={busy}
          disabled={busy}
          data-testid="round-open-submit"
        >
          {t("round.openButton")}
        </Button>
      </Form>
    </Card>
  );
}

/** F over periods: the average official F of each computed or published round. */
function Trend({ rounds }: { rounds: Round[] }) {
  const { t } = useTranslation();
  const key = rounds.map((r) => r.id).join(",");
  const { data } = useLoad(
    () =>
      Promise.all(
        [...rounds]
          .sort((a, b) => a.periodTo.localeCompare(b.periodTo))
          .map(async (r) => ({
            round: r,
            results: (await api<{ results: Result[] }>(`/api/evaluations/${r.id}/results`)).results,
          })),
      ),
    [key],
  );
  const series = useMemo(
    () =>
      (data ?? []).map(({ round, results }) => {
        // The average of evaluated bodies only: neither the §22 default nor a missing submission is a score.
        const official = officialResults(results).filter((r) => r.status === "evaluated" && r.F !== null);
        const avg = official.length ? official.reduce((s, r) => s + (r.F ?? 0), 0) / official.length : 0;
        return { label: `${fmtDate(round.periodFrom)} – ${fmtDate(round.periodTo)}`, avg: Math.round(avg * 10) / 10 };
      }),
    [data],
  );
  if (!series.length) return null;
  return (
    <Card title={t("chart.trend")} className="gap-top">
      <Chart
        label={t("chart.trend")}
        height={260}
        option={{
          tooltip: { trigger: "axis" },
          grid: { left: 48, right: 24, top: 40, bottom: 40, containLabel: true },
          xAxis: { type: "category", data: series.map((s) => s.label) },
          // Left-aligned above the axis: centred on it, the title was cut at the card's edge.
          yAxis: { type: "value", min: 0, max: 100, name: "F, %", nameTextStyle: { align: "left" } },
          series: [
            {
              type: "line",
              data: series.map((s) => s.avg),
              name: t("chart.avgF"),
              label: { show: true },
              lineStyle: { color: "#0b4f8a" },
              itemStyle: { color: "#0b4f8a" },
            },
          ],
        }}
      />
    </Card>
  );
}
