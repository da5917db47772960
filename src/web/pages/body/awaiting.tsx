/**
 * "Awaiting me" (issue 13) for the body's officer and head: the items assigned to me (overdue
 * marked), what is overdue (the head sees the whole team's, with who has it), and the §15 quarterly
 * analyses waiting on me (returned for the officer to revise; submitted for the head to decide).
 */
import { Alert, Badge, Button, Card, Table, Tabs, Tag, Typography } from "antd";
import { Link, useNavigate } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import { useAuth } from "../../auth.tsx";
import { useLoad } from "../../use-load.ts";
import { fmtDate } from "../../format.ts";
import type { Awaiting } from "../../types.ts";

type Row = Awaiting["assigned"][number] | Awaiting["overdue"][number];

export function AwaitingPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const navigate = useNavigate();
  const head = me!.role === "body_head";
  const { data, loading, error } = useLoad(() => api<Awaiting>("/api/workspace/awaiting"), []);

  const itemColumns = (withAssignee: boolean) => [
    {
      title: t("awaiting.item"),
      dataIndex: "itemId",
      width: 110,
      render: (id: number) => <Link to={`/inbox?item=${id}`}>№{id}</Link>,
    },
    { title: t("inbox.kind"), dataIndex: "kind", width: 140, render: (v: string) => <Tag>{t(`kind.${v}`)}</Tag> },
    {
      title: t("inbox.text"),
      dataIndex: "text",
      render: (v: string) => <span className="item-text-cell">{v}</span>,
    },
    ...(withAssignee
      ? [
          {
            title: t("teamwork.assignedTo"),
            dataIndex: "assigneeName",
            width: 180,
            render: (v: string | null) => v ?? "—",
          },
        ]
      : []),
    {
      title: t("teamwork.due"),
      dataIndex: "dueOn",
      width: 150,
      render: (v: string | null) =>
        v ? (
          <>
            {fmtDate(v)}
            {data && v < data.today && (
              <Tag color="red" className="gap-left">
                {t("teamwork.overdue")}
              </Tag>
            )}
          </>
        ) : (
          t("teamwork.noDue")
        ),
    },
  ];
  const table = (rows: Row[], empty: string, withAssignee = false, testId = "") => (
    <Table<Row>
      rowKey="itemId"
      size="middle"
      loading={loading}
      dataSource={rows}
      columns={itemColumns(withAssignee)}
      pagination={rows.length > 20 ? { pageSize: 20 } : false}
      locale={{ emptyText: empty }}
      data-testid={testId}
      onRow={(row) => ({
        onClick: () => navigate(`/inbox?item=${row.itemId}`),
        className: "clickable-row",
      })}
    />
  );
  const count = (label: string, n: number | undefined) => (
    <span>
      {label} <Badge count={n ?? 0} showZero={false} color={label === t("awaiting.assigned") ? "blue" : "red"} />
    </span>
  );

  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t("awaiting.title")}
      </Typography.Title>
      {error && <Alert type="error" showIcon message={error.message} />}
      <Card>
        <Tabs
          items={[
            {
              key: "assigned",
              label: count(t("awaiting.assigned"), data?.assigned.length),
              children: table(data?.assigned ?? [], t("awaiting.noneAssigned"), false, "awaiting-assigned"),
            },
            {
              key: "overdue",
              label: count(head ? t("awaiting.teamOverdue") : t("awaiting.overdue"), data?.overdue.length),
              children: table(data?.overdue ?? [], t("awaiting.noneOverdue"), head, "awaiting-overdue"),
            },
            {
              key: "reviews",
              label: count(t("awaiting.reviews"), data?.reviews.length),
              children: (
                <>
                  <Typography.Paragraph type="secondary">
                    {head ? t("awaiting.reviewsSubmitted") : t("awaiting.reviewsReturned")}
                  </Typography.Paragraph>
                  <Table
                    rowKey="id"
                    size="middle"
                    loading={loading}
                    dataSource={data?.reviews ?? []}
                    pagination={false}
                    locale={{ emptyText: t("awaiting.noneReviews") }}
                    data-testid="awaiting-reviews"
                    columns={[
                      {
                        title: t("awaiting.reviews"),
                        key: "quarter",
                        render: (_: unknown, r: Awaiting["reviews"][number]) =>
                          t("awaiting.quarter", { year: r.year, quarter: r.quarter }),
                      },
                      {
                        title: "",
                        key: "open",
                        width: 120,
                        render: () => (
                          <Button type="link" onClick={() => navigate("/review")}>
                            {t("awaiting.openReview")}
                          </Button>
                        ),
                      },
                    ]}
                  />
                </>
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
