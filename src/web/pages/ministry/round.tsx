/**
 * One evaluation round: who has submitted (§20), where a submission differs from Pikir's record,
 * compute (§22–§23), publish, and the ranking with bands and charts; every row drills down.
 */
import { useRef, useState } from "react";
import { Link, useParams } from "react-router-dom";
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
  Tabs,
  Tag,
  Typography,
} from "antd";
import { CalculatorOutlined, CloseCircleOutlined, CloudUploadOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../../api.ts";
import { useLoad } from "../../use-load.ts";
import { fmtDate, fmtDateTime } from "../../format.ts";
import { RoundStatusTag } from "../../components/tags.tsx";
import { DocumentDownload } from "../../components/document-download.tsx";
import { officialResults, useBodies } from "./shared.ts";
import { RoundCorrections } from "./round-corrections.tsx";
import { Submissions } from "./round-submissions.tsx";
import { Ranking } from "./round-ranking.tsx";
import { Charts } from "./round-charts.tsx";
import type { Result, RoundDetail } from "../../types.ts";

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
