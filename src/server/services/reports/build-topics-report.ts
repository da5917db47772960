/** §17: topics for internet conferences and surveys, and those held in the period. */
import type { Locale } from "../../../i18n/index.ts";
import { buildTopicsModel } from "../../../domain/reports/build-topics-model.ts";
import type { ReportDocument } from "../../../domain/reports/document.ts";
import type { Actor, AppContext } from "../../context.ts";
import { listDialogueEvents } from "../../repositories/evidence.repository.ts";
import { countFeedbackByInitiative } from "../../repositories/report.repository.ts";
import { kazakhstanToday, listPeriodInitiatives, readableBody, resolvePeriod, within } from "./report-scope.ts";

export async function buildTopicsReport(
  ctx: AppContext,
  actor: Actor,
  bodyId: string,
  periodLabel: string,
  locale: Locale,
  today = kazakhstanToday(),
): Promise<ReportDocument> {
  const body = await readableBody(ctx, actor, bodyId);
  const period = resolvePeriod(periodLabel);
  const [initiatives, feedback, events] = await Promise.all([
    listPeriodInitiatives(ctx, bodyId, period),
    countFeedbackByInitiative(ctx.database.db, bodyId, period.bounds.from, period.bounds.before),
    listDialogueEvents(ctx.database.db, bodyId),
  ]);
  const items = new Map(feedback.map((f) => [f.initiativeId, f.items]));
  return buildTopicsModel({
    locale,
    generatedOn: today,
    body,
    period,
    periodLabel,
    initiatives: initiatives.map((i) => ({ ...i, items: items.get(i.id) ?? 0 })),
    events: events.filter((e) => within(e.startsOn, period)).reverse(),
  });
}
