/**
 * §14: the quarterly analysis of appeals and social comments, from counts of recorded items
 * (the text analytics of src/domain/analysis can enrich it later; this document stands without it).
 */
import { buildQuarterlyModel, type QuarterlyInput } from "../../../domain/reports/build-quarterly-model.ts";
import type { AppContext } from "../../context.ts";
import { listDialogueEvents } from "../../repositories/evidence.repository.ts";
import { countUnhandled, countVolumes } from "../../repositories/report.repository.ts";
import { bodyReport, previousPeriod, type ReportPeriod, within } from "./report-scope.ts";

export type QuarterlyFigures = Pick<
  QuarterlyInput,
  "current" | "previous" | "unansweredComments" | "undecidedRemarks" | "dialogueEvents"
>;

export async function gatherQuarterlyFigures(
  ctx: AppContext,
  bodyId: string,
  period: ReportPeriod,
): Promise<QuarterlyFigures> {
  const db = ctx.database.db;
  const before = previousPeriod(period);
  const [current, previous, unhandled, events] = await Promise.all([
    countVolumes(db, bodyId, period.bounds.from, period.bounds.before),
    countVolumes(db, bodyId, before.bounds.from, before.bounds.before),
    countUnhandled(db, bodyId, period.bounds.from, period.bounds.before),
    listDialogueEvents(db, bodyId),
  ]);
  return { current, previous, ...unhandled, dialogueEvents: events.filter((e) => within(e.startsOn, period)).length };
}

export const buildQuarterlyReport = bodyReport(async ({ ctx, bodyId, body, period, periodLabel, locale, today }) => {
  return buildQuarterlyModel({
    locale,
    generatedOn: today,
    body,
    period,
    periodLabel,
    ...(await gatherQuarterlyFigures(ctx, bodyId, period)),
  });
});
