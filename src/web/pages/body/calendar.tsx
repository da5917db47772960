/**
 * The body's compliance calendar: every duty under the order (§5–§20) with its due date, the
 * paragraph it comes from and whether it is due, overdue or done; overdue duties stand out in red.
 * The month view and the list read the same window of dates, widened when the user pages away.
 */
import { useMemo, useState, type HTMLAttributes } from "react";
import { Link } from "react-router-dom";
import {
  Alert,
  Badge,
  Button,
  Calendar,
  Card,
  Empty,
  Segmented,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import { useLoad } from "../../use-load.ts";
import { fmtDate, periodLabel } from "../../format.ts";
import { BodyPicker, useBodyChoice } from "../../components/body-picker.tsx";
import type * as Api from "../../../server/http/api-contract.ts";

export type Duty = Api.Duty;
type DutyStatus = Duty["status"];

const STATUS_COLORS: Record<DutyStatus, string> = { overdue: "red", due: "gold", done: "green" };
const BADGE: Record<DutyStatus, "error" | "warning" | "success"> = {
  overdue: "error",
  due: "warning",
  done: "success",
};
const ISO = "YYYY-MM-DD";

/** Where the work of a duty is done in Pikir. */
function dutyLink(d: Duty): string | null {
  switch (d.kind) {
    case "remarks_undecided":
      return d.subjectId ? `/inbox?initiativeId=${d.subjectId}&status=undecided` : "/inbox?status=undecided";
    case "comments_unanswered":
      return "/inbox?kind=comment&status=unanswered";
    case "info_message":
      return "/body";
    case "discussion_closes":
      return d.subjectId ? `/inbox?initiativeId=${d.subjectId}` : null;
    case "quarterly_analysis":
      return `/analysis?period=${d.subject}`;
    case "interim_results":
    case "final_results":
    case "dialogue_event":
      return "/evidence";
    case "ministry_request":
      return "/submissions";
    case "council_session":
      return "/documents";
    default:
      return null;
  }
}

export function CalendarPage() {
  const { t } = useTranslation();
  const { bodyId, ownBody, setBodyId } = useBodyChoice();
  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t("calendar.title")}
      </Typography.Title>
      {!ownBody && (
        <div className="filters">
          <BodyPicker value={bodyId} onChange={setBodyId} />
        </div>
      )}
      {bodyId ? <BodyCalendar bodyId={bodyId} /> : <Empty description={t("common.pickBody")} />}
    </div>
  );
}

function BodyCalendar({ bodyId }: { bodyId: string }) {
  const { t } = useTranslation();
  const [month, setMonth] = useState<Dayjs>(dayjs());
  const [range, setRange] = useState(() => ({
    from: dayjs().subtract(12, "month").startOf("month").format(ISO),
    to: dayjs().add(4, "month").endOf("month").format(ISO),
  }));
  const [filter, setFilter] = useState<"open" | DutyStatus | "all">("open");
  const { data, loading, error } = useLoad(
    () => api<{ today: string; duties: Duty[] }>(`/api/bodies/${bodyId}/calendar`, { query: range }),
    [bodyId, range.from, range.to],
  );

  const byDay = useMemo(() => {
    const map = new Map<string, Duty[]>();
    for (const d of data?.duties ?? []) map.set(d.dueOn, [...(map.get(d.dueOn) ?? []), d]);
    return map;
  }, [data]);
  const counts = useMemo(() => {
    const c = { overdue: 0, due: 0, done: 0 };
    for (const d of data?.duties ?? []) c[d.status] += 1;
    return c;
  }, [data]);
  const rank: Record<DutyStatus, number> = { overdue: 0, due: 1, done: 2 };
  const rows = (data?.duties ?? [])
    .filter((d) => filter === "all" || (filter === "open" ? d.status !== "done" : d.status === filter))
    .sort((a, b) => rank[a.status] - rank[b.status] || a.dueOn.localeCompare(b.dueOn));

  const onPanel = (value: Dayjs) => {
    setMonth(value);
    const from = value.startOf("month").format(ISO);
    const to = value.endOf("month").format(ISO);
    // Widen the window rather than replace it, so the list keeps what was already shown.
    if (from < range.from || to > range.to)
      setRange((r) => ({ from: from < r.from ? from : r.from, to: to > r.to ? to : r.to }));
  };

  const subject = (d: Duty) => periodLabel(d.subject, t);
  const title = (d: Duty) => t(`duty.${d.kind}`, { count: d.count ?? 0 });

  return (
    <>
      {error && <Alert type="error" showIcon message={error.message} className="gap-bottom" />}
      <Space wrap className="gap-bottom" data-testid="calendar-counts">
        <Tag color="red" data-count="overdue">
          {t("dutyStatus.overdue")}: {counts.overdue}
        </Tag>
        <Tag color="gold" data-count="due">
          {t("dutyStatus.due")}: {counts.due}
        </Tag>
        <Tag color="green" data-count="done">
          {t("dutyStatus.done")}: {counts.done}
        </Tag>
        {data && (
          <Typography.Text type="secondary">{t("calendar.today", { date: fmtDate(data.today) })}</Typography.Text>
        )}
      </Space>
      <Card size="small" data-testid="calendar-month">
        <Calendar
          value={month}
          onPanelChange={onPanel}
          onSelect={(v) => setMonth(v)}
          // Our own header: antd's year and month selects carry no accessible name (WCAG 4.1.2).
          headerRender={({ value, onChange }) => <MonthHeader value={value} onChange={onChange} />}
          cellRender={(current, info) => {
            if (info.type !== "date") return info.originNode;
            const duties = byDay.get(current.format(ISO)) ?? [];
            if (!duties.length) return null;
            return (
              <ul className="calendar-duties">
                {duties.map((d, i) => (
                  <li key={i} className={`calendar-duty calendar-duty-${d.status}`}>
                    <Tooltip title={`${d.paragraph} · ${title(d)} · ${subject(d)}`}>
                      <Badge status={BADGE[d.status]} text={`${d.paragraph} ${title(d)}`} />
                    </Tooltip>
                  </li>
                ))}
              </ul>
            );
          }}
        />
      </Card>
      <Card
        className="gap-top"
        title={t("calendar.list")}
        extra={
          <Segmented
            aria-label={t("calendar.show")}
            value={filter}
            onChange={(v) => setFilter(v as typeof filter)}
            data-testid="calendar-filter"
            options={[
              { value: "open", label: t("calendar.open") },
              { value: "overdue", label: t("dutyStatus.overdue") },
              { value: "due", label: t("dutyStatus.due") },
              { value: "done", label: t("dutyStatus.done") },
              { value: "all", label: t("calendar.all") },
            ]}
          />
        }
      >
        <Table<Duty>
          data-testid="calendar-duties"
          size="small"
          loading={loading}
          dataSource={rows}
          rowKey={(d) => `${d.kind}:${d.subject}:${d.dueOn}`}
          pagination={{ pageSize: 15, showSizeChanger: false }}
          rowClassName={(d) => (d.status === "overdue" ? "duty-overdue" : "")}
          onRow={(d) => ({ "data-status": d.status }) as HTMLAttributes<HTMLElement>}
          locale={{ emptyText: <Empty description={t("calendar.none")} /> }}
          columns={[
            {
              title: t("calendar.dueOn"),
              dataIndex: "dueOn",
              width: 120,
              render: (v: string) => (
                <Button
                  type="link"
                  size="small"
                  className="count-link"
                  data-testid="duty-date"
                  aria-label={t("calendar.showInMonth", { date: fmtDate(v) })}
                  onClick={() => {
                    onPanel(dayjs(v));
                    window.scrollTo({ top: 0, behavior: "smooth" });
                  }}
                >
                  {fmtDate(v)}
                </Button>
              ),
            },
            {
              title: t("calendar.status"),
              dataIndex: "status",
              width: 130,
              render: (v: DutyStatus) => (
                <Tag color={STATUS_COLORS[v]} data-duty-status={v}>
                  {t(`dutyStatus.${v}`)}
                </Tag>
              ),
            },
            {
              title: t("calendar.paragraph"),
              dataIndex: "paragraph",
              width: 100,
              render: (v: string) => <Tag>{v}</Tag>,
            },
            {
              title: t("calendar.duty"),
              render: (_: unknown, d) => {
                const link = dutyLink(d);
                return (
                  <>
                    <strong>{title(d)}</strong>
                    <br />
                    {link ? <Link to={link}>{subject(d)}</Link> : subject(d)}
                  </>
                );
              },
            },
          ]}
        />
      </Card>
    </>
  );
}

function MonthHeader({ value, onChange }: { value: Dayjs; onChange: (date: Dayjs) => void }) {
  const { t, i18n } = useTranslation();
  // dayjs's own locale data, not Intl: a browser without Kazakh ICU data answers "M12" (UX review P8).
  const months = Array.from({ length: 12 }, (_, m) => ({
    value: m,
    label: dayjs("2024-01-15").month(m).locale(i18n.language).format("MMMM"),
  }));
  const years = Array.from({ length: 11 }, (_, i) => value.year() - 5 + i).map((y) => ({ value: y, label: String(y) }));
  return (
    <Space className="calendar-header">
      <Button
        size="small"
        onClick={() => onChange(value.subtract(1, "month"))}
        aria-label={t("calendar.previousMonth")}
      >
        ‹
      </Button>
      <Select
        size="small"
        value={value.year()}
        options={years}
        onChange={(y) => onChange(value.year(y))}
        aria-label={t("calendar.year")}
        popupMatchSelectWidth={false}
      />
      <Select
        size="small"
        value={value.month()}
        options={months}
        onChange={(m) => onChange(value.month(m))}
        aria-label={t("calendar.month")}
        popupMatchSelectWidth={false}
      />
      <Button size="small" onClick={() => onChange(value.add(1, "month"))} aria-label={t("calendar.nextMonth")}>
        ›
      </Button>
    </Space>
  );
}
