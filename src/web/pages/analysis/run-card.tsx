/**
 * "Run analysis": labels the quarter's items (in the background where a queue runs) and follows it,
 * at once when the server ran it inline, else by the coverage figures and the run's own progress.
 */
import { useEffect, useRef, useState } from "react";
import { App, Button, Card, Progress, Space, Tag, Typography } from "antd";
import { PlayCircleOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../../api.ts";
import type { Analysis, LabelRunProgress, RunAnswer } from "./types.ts";

type RunState =
  | { phase: "idle" }
  | { phase: "running"; jobId: string | null; polls: number }
  | { phase: "done"; items: number | null }
  | { phase: "failed"; message: string };

const POLL_MS = 2_000;
const MAX_POLLS = 90; // three minutes: a quarter of one body labels in seconds, even on two cores

/** Starts labelling and follows it: at once when the server ran it inline, else by the coverage figures. */
export function RunCard({
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
