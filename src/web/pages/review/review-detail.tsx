/**
 * One §15 review: every submitted version with the head's comments, and the actions assigned to
 * structural units. The head approves, returns or assigns; the officer moves actions to done;
 * everyone else (the ministry) only reads.
 */
import { useState, type HTMLAttributes } from "react";
import { Alert, App, Button, Card, Descriptions, Empty, List, Space, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import { useLoad } from "../../use-load.ts";
import { fmtDate, fmtDateTime, periodLabel } from "../../format.ts";
import { ACTION_STATUS_COLORS, REVIEW_STATUS_COLORS, type ReviewAction, type ReviewDetail } from "./types.ts";
import { AssignModal, DoneModal, ReturnModal } from "./review-modals.tsx";
import { useSubmitOnce } from "../../use-submit-once.ts";

export type ReviewMode = "officer" | "head" | "reader";

export function ReviewDetailCard({
  reviewId,
  mode,
  onChanged,
}: {
  reviewId: string;
  mode: ReviewMode;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { data, loading, error, reload } = useLoad(() => api<ReviewDetail>(`/api/reviews/${reviewId}`), [reviewId]);
  const [modal, setModal] = useState<"return" | "assign" | null>(null);
  const [doneFor, setDoneFor] = useState<ReviewAction | null>(null);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);

  const changed = () => {
    reload();
    onChanged();
  };
  const { message } = App.useApp();
  const once = useSubmitOnce();
  const run = once(async (work: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    setActionError(null);
    try {
      await work();
      if (done) void message.success(done);
      changed();
    } catch (e) {
      setActionError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  });

  if (error) return <Alert type="error" showIcon message={error.message} />;
  if (!data) return <Card loading />;
  const { review, versions, actions } = data;
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);

  return (
    <Card
      data-testid="review-detail"
      data-status={review.status}
      loading={loading && !data}
      title={
        <>
          {t("review.detailTitle", { quarter: periodLabel(review.quarter, t) })}{" "}
          <Tag color={REVIEW_STATUS_COLORS[review.status]} data-testid="review-status">
            {t(`reviewStatus.${review.status}`)}
          </Tag>
        </>
      }
      extra={
        mode === "head" && (
          <Space wrap>
            {review.status === "submitted" && (
              <>
                <Button
                  type="primary"
                  loading={busy}
                  data-testid="review-approve"
                  onClick={() =>
                    run(() => api(`/api/reviews/${review.id}/approve`, { method: "POST" }), t("review.approvedDone"))
                  }
                >
                  {t("review.approve")}
                </Button>
                <Button danger data-testid="review-return" onClick={() => setModal("return")}>
                  {t("review.return")}
                </Button>
              </>
            )}
            {review.status !== "returned" && (
              <Button data-testid="review-assign" onClick={() => setModal("assign")}>
                {t("review.assign")}
              </Button>
            )}
          </Space>
        )
      }
    >
      {actionError && (
        <Alert
          type="error"
          showIcon
          message={actionError}
          className="gap-bottom"
          closable
          onClose={() => setActionError(null)}
        />
      )}
      <Descriptions size="small" column={{ xs: 1, md: 3 }} className="gap-bottom">
        <Descriptions.Item label={t("review.version")}>{review.currentVersion}</Descriptions.Item>
        <Descriptions.Item label={t("review.updated")}>{fmtDateTime(review.updatedAt)}</Descriptions.Item>
        <Descriptions.Item label={t("review.decidedAt")}>{fmtDateTime(review.decidedAt)}</Descriptions.Item>
      </Descriptions>
      {review.status === "returned" && mode === "officer" && (
        <Alert type="warning" showIcon message={t("review.returnedHint")} className="gap-bottom" />
      )}

      <Typography.Title level={3} className="section-title">
        {t("review.versions")}
      </Typography.Title>
      <List
        data-testid="review-versions"
        dataSource={newestFirst}
        itemLayout="vertical"
        renderItem={(v) => (
          <List.Item key={v.version} data-version={v.version}>
            <Typography.Text strong>
              {t("review.versionLine", { n: v.version, who: v.submittedByLabel, date: fmtDateTime(v.submittedAt) })}
            </Typography.Text>
            {v.summary && <Typography.Paragraph className="analysis-text">{v.summary}</Typography.Paragraph>}
            {v.recommendations.length > 0 && (
              <ol className="review-recommendations" aria-label={t("review.recommendations")}>
                {v.recommendations.map((r, i) => (
                  <li key={i}>{r}</li>
                ))}
              </ol>
            )}
            {v.documentUrl && (
              <a href={v.documentUrl} target="_blank" rel="noopener noreferrer">
                {t("review.document")}
              </a>
            )}
            {v.returnComments && (
              <Alert
                type="warning"
                showIcon
                data-testid="return-comments"
                message={t("review.returnedOn", { date: fmtDateTime(v.returnedAt) })}
                description={<span className="analysis-text">{v.returnComments}</span>}
              />
            )}
          </List.Item>
        )}
      />

      <Typography.Title level={3} className="section-title gap-top">
        {t("review.actions")}
      </Typography.Title>
      <Table<ReviewAction>
        data-testid="review-actions"
        size="small"
        rowKey="id"
        dataSource={actions}
        pagination={false}
        locale={{ emptyText: <Empty description={t("review.noActions")} /> }}
        onRow={(a) => ({ "data-action-status": a.status }) as HTMLAttributes<HTMLElement>}
        columns={[
          { title: t("review.unit"), dataIndex: "unitName", width: 220 },
          { title: t("review.actionText"), dataIndex: "description" },
          { title: t("review.dueOn"), dataIndex: "dueOn", width: 120, render: (v: string) => fmtDate(v) },
          {
            title: t("review.actionStatus"),
            dataIndex: "status",
            width: 140,
            render: (v: ReviewAction["status"]) => <Tag color={ACTION_STATUS_COLORS[v]}>{t(`actionStatus.${v}`)}</Tag>,
          },
          {
            title: t("review.note"),
            dataIndex: "note",
            render: (v: string | null, a) =>
              v ? (
                <>
                  {v}
                  {a.doneAt && (
                    <>
                      <br />
                      <Typography.Text type="secondary">{fmtDate(a.doneAt)}</Typography.Text>
                    </>
                  )}
                </>
              ) : (
                "—"
              ),
          },
          ...(mode === "officer"
            ? [
                {
                  title: "",
                  width: 200,
                  render: (_: unknown, a: ReviewAction) =>
                    a.status === "done" ? null : (
                      <Space>
                        {a.status === "open" && (
                          <Button
                            size="small"
                            data-testid="action-start"
                            disabled={busy}
                            aria-label={t("review.startAria", { unit: a.unitName })}
                            onClick={() =>
                              run(() =>
                                api(`/api/review-actions/${a.id}`, {
                                  method: "PATCH",
                                  body: { status: "in_progress" },
                                }),
                              )
                            }
                          >
                            {t("review.start")}
                          </Button>
                        )}
                        <Button
                          size="small"
                          type="primary"
                          data-testid="action-done"
                          aria-label={t("review.doneAria", { unit: a.unitName })}
                          onClick={() => setDoneFor(a)}
                        >
                          {t("review.markDone")}
                        </Button>
                      </Space>
                    ),
                },
              ]
            : []),
        ]}
      />

      {modal === "return" && (
        <ReturnModal
          reviewId={review.id}
          onClose={(ok) => {
            setModal(null);
            if (ok) changed();
          }}
        />
      )}
      {modal === "assign" && (
        <AssignModal
          reviewId={review.id}
          onClose={(ok) => {
            setModal(null);
            if (ok) changed();
          }}
        />
      )}
      {doneFor && (
        <DoneModal
          action={doneFor}
          onClose={(ok) => {
            setDoneFor(null);
            if (ok) changed();
          }}
        />
      )}
    </Card>
  );
}
