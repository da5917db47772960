/** What every report service shares: whose body, which period, which day it is in Kazakhstan. */
import type { Locale } from "../../../i18n/index.ts";
import type { ReportDocument } from "../../../domain/reports/document.ts";
import type { Actor, AppContext } from "../../context.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { findBody, type BodyRow } from "../../repositories/body.repository.ts";
import { listInitiatives, type InitiativeRow } from "../../repositories/initiative.repository.ts";
import { parsePeriod, periodBounds, type PeriodBounds } from "../period.ts";

export interface ReportPeriod {
  label: string;
  from: string;
  to: string;
  bounds: PeriodBounds;
}

import { kazakhstanToday } from "../period.ts";

export { kazakhstanToday };

export function resolvePeriod(label: string): ReportPeriod {
  const period = parsePeriod(label);
  if (!period) throw new AppError("validation_failed", { details: `period "${label}": use 2025, 2025-H1 or 2025-Q2` });
  return { label, ...period, bounds: periodBounds(period.from, period.to) };
}

/** The period of the same length just before (the previous quarter for a quarter). */
export function previousPeriod(period: { from: string; to: string }): ReportPeriod {
  const [fy, fm] = period.from.split("-").map(Number) as [number, number];
  const [ty, tm] = period.to.split("-").map(Number) as [number, number];
  const months = (ty - fy) * 12 + (tm - fm) + 1;
  const start = new Date(Date.UTC(fy, fm - 1 - months, 1));
  const end = new Date(Date.UTC(fy, fm - 1, 0));
  const from = start.toISOString().slice(0, 10);
  const to = end.toISOString().slice(0, 10);
  return { label: `${from}..${to}`, from, to, bounds: periodBounds(from, to) };
}

/** Body reports: an officer or head for their own body, the ministry and administrators for any. */
export async function readableBody(ctx: AppContext, actor: Actor, bodyId: string): Promise<BodyRow> {
  authorize(actor, "item.read", bodyId);
  const body = await findBody(ctx.database.db, bodyId);
  if (!body) throw notFound("state body");
  return body;
}

/** What a document of one body and period is built from, once the actor may read the body. */
export interface BodyReportScope {
  ctx: AppContext;
  actor: Actor;
  bodyId: string;
  body: BodyRow;
  period: ReportPeriod;
  periodLabel: string;
  locale: Locale;
  today: string;
}

/**
 * A body report's service: it checks the actor may read the body (403/404 first), then resolves the
 * period label (400), then builds — the same order and signature for all five body documents.
 */
export function bodyReport(build: (scope: BodyReportScope) => Promise<ReportDocument>) {
  return async (
    ctx: AppContext,
    actor: Actor,
    bodyId: string,
    periodLabel: string,
    locale: Locale,
    today = kazakhstanToday(),
  ): Promise<ReportDocument> => {
    const body = await readableBody(ctx, actor, bodyId);
    const period = resolvePeriod(periodLabel);
    return build({ ctx, actor, bodyId, body, period, periodLabel, locale, today });
  };
}

/** Initiatives whose discussion window (or, without one, creation day) touches the period. */
export async function listPeriodInitiatives(
  ctx: AppContext,
  bodyId: string,
  period: { from: string; to: string },
): Promise<InitiativeRow[]> {
  const page = await listInitiatives(ctx.database.db, { bodyId }, { limit: 500, offset: 0 });
  return page.items.filter((i) => {
    const created = kazakhstanToday(i.createdAt);
    const starts = i.discussionStartsOn ?? created;
    const ends = i.discussionEndsOn ?? starts;
    return starts <= period.to && ends >= period.from;
  });
}

export const within = (day: string, period: { from: string; to: string }) => day >= period.from && day <= period.to;
