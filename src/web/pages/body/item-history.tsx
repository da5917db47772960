/** Who did what to an item and when, from its audit trail (decisions, answers, corrections). */
import { Divider, Timeline, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { fmtDateTime } from "../../format.ts";
import type { ItemDetail } from "../../types.ts";
import { HistoryLink } from "./item-links.tsx";

/** Decisions and answers store the user's id; the audit entry written in the same transaction names them. */
function whoDid(detail: ItemDetail, prefix: "decision." | "answer.", at: string, fallback: string | null): string {
  const time = Date.parse(at);
  let best: { actor: string; gap: number } | null = null;
  for (const a of detail.audit) {
    if (!a.action.startsWith(prefix)) continue;
    const gap = Math.abs(Date.parse(a.at) - time);
    if (!best || gap < best.gap) best = { actor: a.actor, gap };
  }
  return best && best.gap < 60_000 ? best.actor : (fallback ?? "—");
}

export function ItemHistory({ detail }: { detail: ItemDetail }) {
  const { t } = useTranslation();
  const entries = [
    ...detail.decisions.map((d) => ({
      at: d.decidedAt,
      color: d.outcome === "accepted" ? "green" : "red",
      text: (
        <>
          <Typography.Text strong delete={Boolean(d.supersededAt)}>
            {t(`status.${d.outcome}`)}
          </Typography.Text>
          {d.reference?.text && (
            <div>
              {t(`referenceKind.${d.reference.kind ?? "document"}`)}: {d.reference.text}
              {d.reference.url && (
                <>
                  {" "}
                  · <HistoryLink url={d.reference.url} />
                </>
              )}
            </div>
          )}
          {d.reason && (
            <div>
              {t("item.reason")}: {d.reason}
            </div>
          )}
          <Typography.Text type="secondary">
            {whoDid(detail, "decision.", d.decidedAt, d.decidedBy)}
            {d.supersededAt ? ` · ${t("item.superseded", { date: fmtDateTime(d.supersededAt) })}` : ""}
          </Typography.Text>
        </>
      ),
    })),
    ...detail.answers.map((a) => ({
      at: a.answeredAt,
      color: "blue",
      text: (
        <>
          <Typography.Text strong delete={Boolean(a.supersededAt)}>
            {t("item.answerGiven")}
          </Typography.Text>
          <div className="item-text">{a.text}</div>
          {a.url && <HistoryLink url={a.url} />}
          <Typography.Text type="secondary">
            {whoDid(detail, "answer.", a.answeredAt, a.answeredBy)}
            {a.supersededAt ? ` · ${t("item.superseded", { date: fmtDateTime(a.supersededAt) })}` : ""}
          </Typography.Text>
        </>
      ),
    })),
  ].sort((x, y) => y.at.localeCompare(x.at));
  return (
    <>
      <Divider orientation="left">{t("item.history")}</Divider>
      {entries.length === 0 ? (
        <Typography.Text type="secondary">{t("item.noHistory")}</Typography.Text>
      ) : (
        <Timeline
          data-testid="item-history"
          items={entries.map((e) => ({
            color: e.color,
            children: (
              <>
                <div className="history-date">{fmtDateTime(e.at)}</div>
                {e.text}
              </>
            ),
          }))}
        />
      )}
      {detail.audit.length > 0 && (
        <details className="audit-details">
          <summary>{t("item.audit", { count: detail.audit.length })}</summary>
          <ul>
            {detail.audit.map((a) => (
              <li key={a.id}>
                {fmtDateTime(a.at)} · {a.actor} · {a.action} · <code>{a.hash.slice(0, 12)}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
