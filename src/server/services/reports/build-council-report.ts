/** §12: the public-council pack — budget discussions, budget reports and the §14 analysis. */
import type { Locale } from "../../../i18n/index.ts";
import { buildCouncilModel } from "../../../domain/reports/build-council-model.ts";
import type { ReportDocument } from "../../../domain/reports/document.ts";
import type { Actor, AppContext } from "../../context.ts";
import { readDiscussionReport } from "../initiatives/read-discussion-report.ts";
import { gatherQuarterlyFigures } from "./build-quarterly-report.ts";
import { kazakhstanToday, listPeriodInitiatives, readableBody, resolvePeriod } from "./report-scope.ts";

export async function buildCouncilReport(
  ctx: AppContext,
  actor: Actor,
  bodyId: string,
  periodLabel: string,
  locale: Locale,
  today = kazakhstanToday(),
): Promise<ReportDocument> {
  const body = await readableBody(ctx, actor, bodyId);
  const period = resolvePeriod(periodLabel);
  const budget = (await listPeriodInitiatives(ctx, bodyId, period)).filter(
    (i) => i.kind === "draft_budget_program" || i.kind === "budget_report",
  );
  const initiatives = [];
  for (const i of budget) initiatives.push({ ...i, totals: (await readDiscussionReport(ctx, i.id)).totals });
  return buildCouncilModel({
    locale,
    generatedOn: today,
    body,
    period,
    periodLabel,
    initiatives,
    analysis: await gatherQuarterlyFigures(ctx, bodyId, period),
  });
}
