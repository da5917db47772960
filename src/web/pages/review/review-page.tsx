/**
 * §15 quarterly review. The officer submits the quarter's analysis to the head and carries the
 * assigned actions through; the head approves, returns with comments or assigns actions to
 * structural units; the ministry reads every body's reviews.
 */
import { useEffect, useMemo, useState, type HTMLAttributes } from "react";
import { Alert, Card, Empty, Segmented, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import { useAuth } from "../../auth.tsx";
import { useLang } from "../../locale.tsx";
import { useLoad } from "../../use-load.ts";
import { fmtDateTime, lastFinishedQuarter, periodLabel, pickName } from "../../format.ts";
import type { Body, Paged } from "../../types.ts";
import { REVIEW_STATUS_COLORS, REVIEW_STATUSES, type Review, type ReviewStatus } from "./types.ts";
import { ReviewDetailCard, type ReviewMode } from "./review-detail.tsx";
import { recentQuarters, SubmitForm } from "./submit-form.tsx";

export function ReviewPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const mode: ReviewMode = me!.role === "body_officer" ? "officer" : me!.role === "body_head" ? "head" : "reader";
  const [status, setStatus] = useState<ReviewStatus | "all">("all");
  const { data, loading, error, reload } = useLoad(
    () => api<{ items: Review[] }>("/api/reviews", { query: { status: status === "all" ? undefined : status } }),
    [status],
  );
  const reviews = useMemo(
    () =>
      [...(data?.items ?? [])].sort(
        (a, b) => b.quarter.localeCompare(a.quarter) || b.updatedAt.localeCompare(a.updatedAt),
      ),
    [data],
  );
  const quarters = useMemo(() => recentQuarters(lastFinishedQuarter()), []);
  const [quarter, setQuarter] = useState(quarters[0]!);
  const [selected, setSelected] = useState<string | null>(null);
  // A new version is sent from outside the detail card: remount it so it reads the review again.
  const [sent, setSent] = useState(0);
  // The head starts at what awaits a decision; everyone else at the newest review.
  useEffect(() => {
    if (selected || !reviews.length || mode === "officer") return;
    setSelected((reviews.find((r) => r.status === "submitted") ?? reviews[0]!).id);
  }, [reviews, selected, mode]);
  const existing =
    mode === "officer" ? reviews.find((r) => r.quarter === quarter && r.bodyId === me!.bodyId) : undefined;
  const shown = mode === "officer" ? (selected ?? existing?.id ?? null) : selected;

  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t("review.title")}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t(`review.intro.${mode}`)}</Typography.Paragraph>
      {error && <Alert type="error" showIcon message={error.message} className="gap-bottom" />}
      {mode === "officer" && me!.bodyId && (
        <SubmitForm
          bodyId={me!.bodyId}
          quarters={quarters}
          quarter={quarter}
          existing={existing}
          onQuarter={(q) => {
            setQuarter(q);
            setSelected(null);
          }}
          onSubmitted={(id) => {
            setSelected(id);
            setSent((n) => n + 1);
            reload();
          }}
        />
      )}
      <Card
        className="gap-top"
        title={t("review.list")}
        extra={
          <Segmented
            aria-label={t("review.filter")}
            value={status}
            onChange={(v) => setStatus(v as typeof status)}
            data-testid="review-filter"
            options={[
              { value: "all", label: t("calendar.all") },
              ...REVIEW_STATUSES.map((s) => ({ value: s, label: t(`reviewStatus.${s}`) })),
            ]}
          />
        }
      >
        <ReviewTable
          reviews={reviews}
          loading={loading}
          selected={shown}
          showBody={mode === "reader"}
          onPick={(r) => {
            setSelected(r.id);
            if (mode === "officer") setQuarter(r.quarter);
          }}
        />
      </Card>
      {shown && (
        <div className="gap-top">
          <ReviewDetailCard key={`${shown}:${sent}`} reviewId={shown} mode={mode} onChanged={reload} />
        </div>
      )}
    </div>
  );
}

function ReviewTable({
  reviews,
  loading,
  selected,
  showBody,
  onPick,
}: {
  reviews: Review[];
  loading: boolean;
  selected: string | null;
  showBody: boolean;
  onPick: (r: Review) => void;
}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const bodies = useLoad(
    () => (showBody ? api<Paged<Body>>("/api/bodies", { query: { limit: 500 } }) : Promise.resolve(null)),
    [showBody],
  );
  const names = useMemo(
    () => new Map((bodies.data?.items ?? []).map((b) => [b.id, pickName(b.name, lang)])),
    [bodies.data, lang],
  );
  return (
    <Table<Review>
      data-testid="review-list"
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={reviews}
      pagination={{ pageSize: 10, showSizeChanger: false }}
      locale={{ emptyText: <Empty description={t("review.none")} /> }}
      rowClassName={(r) => (r.id === selected ? "row-selected clickable-row" : "clickable-row")}
      onRow={(r) =>
        ({
          "data-review-id": r.id,
          "data-status": r.status,
          tabIndex: 0,
          "aria-selected": r.id === selected,
          onClick: () => onPick(r),
          onKeyDown: (e) => {
            if (e.key === "Enter" || e.key === " ") {
              e.preventDefault();
              onPick(r);
            }
          },
        }) as HTMLAttributes<HTMLElement>
      }
      columns={[
        ...(showBody
          ? [{ title: t("common.body"), dataIndex: "bodyId", render: (id: string) => names.get(id) ?? "…" }]
          : []),
        { title: t("review.quarter"), dataIndex: "quarter", render: (q: string) => periodLabel(q, t) },
        {
          title: t("review.status"),
          dataIndex: "status",
          render: (s: ReviewStatus) => <Tag color={REVIEW_STATUS_COLORS[s]}>{t(`reviewStatus.${s}`)}</Tag>,
        },
        { title: t("review.version"), dataIndex: "currentVersion", width: 100 },
        { title: t("review.updated"), dataIndex: "updatedAt", render: (v: string) => fmtDateTime(v) },
      ]}
    />
  );
}
