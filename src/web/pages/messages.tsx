/**
 * Messages: the reminders and digests Pikir mailed (or is waiting to mail) to the user — the outbox
 * is the only place to read them when the installation has no SMTP — and, for the ministry, every
 * body's overdue duties.
 */
import { useMemo, useState } from "react";
import { Alert, Card, Empty, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { api } from "../api.ts";
import { useAuth } from "../auth.tsx";
import { useLang } from "../locale.tsx";
import { useLoad } from "../use-load.ts";
import { daysUntil, fmtDate, fmtDateTime, periodLabel, pickName } from "../format.ts";
import type { Paged } from "../types.ts";
import type * as Api from "../../server/http/api-contract.ts";

type Message = Api.OutboxMessage;
type OverdueDuty = Api.Overdue["bodies"][number]["duties"][number];
type Overdue = Api.Overdue;
interface OverdueRow extends OverdueDuty {
  key: string;
  bodyName: string;
}

const PAGE = 20;

export function MessagesPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t("messages.title")}
      </Typography.Title>
      <Outbox />
      {me!.role === "ministry_analyst" && <OverdueList />}
    </div>
  );
}

function messageState(m: Message): { color: string; key: string } {
  if (m.sentAt) return { color: "green", key: "messages.sent" };
  if (m.error) return { color: "red", key: "messages.failed" };
  return { color: "gold", key: "messages.waiting" };
}

function Outbox() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const { data, loading, error } = useLoad(
    () => api<Paged<Message>>("/api/outbox", { query: { limit: PAGE, offset: (page - 1) * PAGE } }),
    [page],
  );
  return (
    <Card title={t("messages.outbox")}>
      <Typography.Paragraph type="secondary">{t("messages.outboxIntro")}</Typography.Paragraph>
      {error && <Alert type="error" showIcon message={error.message} className="gap-bottom" />}
      <Table<Message>
        data-testid="outbox"
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={{
          current: page,
          pageSize: PAGE,
          total: data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
        }}
        locale={{ emptyText: <Empty description={t("messages.none")} /> }}
        expandable={{
          expandedRowRender: (m) => <div className="item-text">{m.body}</div>,
          rowExpandable: (m) => Boolean(m.body),
        }}
        columns={[
          { title: t("messages.subject"), dataIndex: "subject", render: (s: string) => <strong>{s}</strong> },
          { title: t("messages.to"), dataIndex: "email", width: 260 },
          { title: t("messages.created"), dataIndex: "createdAt", width: 150, render: (v: string) => fmtDateTime(v) },
          {
            title: t("messages.state"),
            width: 200,
            render: (_: unknown, m) => {
              const s = messageState(m);
              return (
                <>
                  <Tag color={s.color} data-message-state={s.key.slice(9)}>
                    {t(s.key)}
                  </Tag>
                  {m.sentAt && <Typography.Text type="secondary">{fmtDateTime(m.sentAt)}</Typography.Text>}
                </>
              );
            },
          },
        ]}
      />
    </Card>
  );
}

function OverdueList() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const { data, loading, error } = useLoad(() => api<Overdue>("/api/compliance/overdue"), []);
  const rows = useMemo<OverdueRow[]>(
    () =>
      (data?.bodies ?? []).flatMap((b) =>
        b.duties.map((d, i) => ({
          ...d,
          key: `${b.bodyId}:${d.kind}:${d.subject}:${i}`,
          bodyName: pickName(b.name, lang),
        })),
      ),
    [data, lang],
  );
  return (
    <Card
      className="gap-top"
      title={t("messages.overdue")}
      extra={
        data && (
          <Typography.Text type="secondary">
            {t("messages.overdueRange", { from: fmtDate(data.from), today: fmtDate(data.today) })}
          </Typography.Text>
        )
      }
    >
      {error && <Alert type="error" showIcon message={error.message} className="gap-bottom" />}
      <Table<OverdueRow>
        data-testid="overdue"
        size="small"
        rowKey="key"
        loading={loading}
        dataSource={rows}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        rowClassName={() => "duty-overdue"}
        locale={{ emptyText: <Empty description={t("messages.noOverdue")} /> }}
        columns={[
          { title: t("common.body"), dataIndex: "bodyName" },
          { title: t("calendar.paragraph"), dataIndex: "paragraph", width: 100, render: (v: string) => <Tag>{v}</Tag> },
          {
            title: t("calendar.duty"),
            render: (_: unknown, d) => (
              <>
                <strong>{t(`duty.${d.kind}`, { count: d.count ?? 0 })}</strong>
                {d.kind !== "comments_unanswered" && (
                  <>
                    <br />
                    {periodLabel(d.subject, t)}
                  </>
                )}
              </>
            ),
          },
          { title: t("calendar.dueOn"), dataIndex: "dueOn", width: 120, render: (v: string) => fmtDate(v) },
          {
            title: t("messages.daysLate"),
            dataIndex: "dueOn",
            width: 130,
            render: (v: string) => <Tag color="red">{t("messages.days", { count: -daysUntil(v) })}</Tag>,
          },
        ]}
      />
    </Card>
  );
}
