/** Drill-down: one body in one round — both computations side by side, the differences, §21 criteria, the items behind. */
import { Link, useParams } from "react-router-dom";
import { Alert, Card, Col, Descriptions, Empty, Row, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import { useLoad } from "../../use-load.ts";
import { useLang } from "../../locale.tsx";
import { fmtDate, pickName } from "../../format.ts";
import { BandTag } from "../../components/tags.tsx";
import { explain, useBodies } from "./shared.ts";
import { SubmissionPanel } from "./submission-panel.tsx";
import type { Result, Round } from "../../types.ts";

export function BodyResultPage() {
  const { roundId, bodyId } = useParams();
  const { t } = useTranslation();
  const { lang } = useLang();
  const bodies = useBodies();
  const { data, error } = useLoad(
    () => api<{ round: Round; results: Result[] }>(`/api/evaluations/${roundId}/results`),
    [roundId],
  );
  if (error)
    return (
      <div className="page">
        <Alert type="error" showIcon message={error.message} />
      </div>
    );
  const rows = (data?.results ?? []).filter((r) => r.bodyId === bodyId);
  const submission = rows.find((r) => r.source === "submission");
  const recorded = rows.find((r) => r.source === "recorded");
  const round = data?.round;
  const range = round ? `from=${round.periodFrom}&to=${round.periodTo}` : "";

  return (
    <div className="page" data-testid="body-result">
      <Typography.Title level={1} className="page-title">
        <Link to="/evaluation">{t("nav.evaluation")}</Link> /{" "}
        {round ? <Link to={`/evaluation/${roundId}`}>{round.title}</Link> : "…"} /{" "}
        {pickName(bodies.get(bodyId!)?.name, lang)}
      </Typography.Title>
      {data && rows.length === 0 && <Empty description={t("drill.noResults")} />}
      <Row gutter={[16, 16]}>
        {[submission, recorded].map((r, i) => (
          <Col xs={24} lg={12} key={i}>
            <Card
              title={t(i === 0 ? "resultSource.submission" : "resultSource.recorded")}
              extra={
                r &&
                (r.status === "evaluated" && r.band ? (
                  <BandTag band={r.band} />
                ) : (
                  <Tag>{t(`resultStatus.${r.status}`)}</Tag>
                ))
              }
            >
              {!r ? (
                <Typography.Text type="secondary">
                  {t(i === 0 ? "drill.noSubmission" : "drill.noRecord")}
                </Typography.Text>
              ) : (
                <>
                  {r.status === "not_submitted" && (
                    <Alert type="info" showIcon className="gap-bottom" message={t("round.noOfficialF")} />
                  )}
                  <div className="indicator-f">
                    {r.F !== null
                      ? `F ${r.F.toFixed(1)}%`
                      : r.record
                        ? t("round.recordOnly", { F: r.record.F.toFixed(1) })
                        : "F —"}
                  </div>
                  <Descriptions size="small" column={2}>
                    <Descriptions.Item label="B / C">
                      {r.B} / {r.C}
                    </Descriptions.Item>
                    <Descriptions.Item label="E / G">
                      {r.E} / {r.G}
                    </Descriptions.Item>
                  </Descriptions>
                  <ol className="explanation-list">
                    {explain(r.explanation?.explanation, lang).map((line, n) => (
                      <li key={n}>{line}</li>
                    ))}
                  </ol>
                </>
              )}
            </Card>
          </Col>
        ))}
      </Row>
      {submission?.explanation?.differences && submission.explanation.differences.length > 0 && (
        <Card title={t("round.differences")} className="gap-top">
          <Table
            rowKey="field"
            size="small"
            pagination={false}
            dataSource={submission.explanation.differences}
            columns={[
              { title: t("drill.field"), dataIndex: "field" },
              { title: t("resultSource.submission"), dataIndex: "submitted" },
              { title: t("resultSource.recorded"), dataIndex: "recorded" },
            ]}
          />
        </Card>
      )}
      <SubmissionPanel roundId={roundId!} bodyId={bodyId!} />
      {(recorded ?? submission)?.criteria21 && (
        <Card title={t("drill.criteria21")} className="gap-top">
          <ul>
            {explain((recorded ?? submission)!.criteria21!.explanation, lang).map((line, n) => (
              <li key={n}>{line}</li>
            ))}
          </ul>
          <Typography.Text type="secondary">{t("drill.criteriaNote")}</Typography.Text>
        </Card>
      )}
      <Card title={t("drill.items")} className="gap-top">
        <Typography.Paragraph>
          {round && t("drill.itemsIntro", { from: fmtDate(round.periodFrom), to: fmtDate(round.periodTo) })}
        </Typography.Paragraph>
        <ul className="drill-links">
          <li>
            <Link to={`/inbox?bodyId=${bodyId}&${range}&kind=remark`}>{t("drill.remarks")}</Link>
          </li>
          <li>
            <Link to={`/inbox?bodyId=${bodyId}&${range}&status=accepted`}>{t("drill.accepted")}</Link>
          </li>
          <li>
            <Link to={`/inbox?bodyId=${bodyId}&${range}&kind=comment`}>{t("drill.comments")}</Link>
          </li>
          <li>
            <Link to={`/inbox?bodyId=${bodyId}&${range}&status=unanswered`}>{t("drill.unanswered")}</Link>
          </li>
        </ul>
      </Card>
    </div>
  );
}
