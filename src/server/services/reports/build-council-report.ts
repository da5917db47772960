/** §12: the public-council pack — budget discussions, budget reports and the §14 analysis. */
import { buildCouncilModel } from "../../../domain/reports/build-council-model.ts";
import { readDiscussionReport } from "../initiatives/read-discussion-report.ts";
import { gatherQuarterlyFigures } from "./build-quarterly-report.ts";
import { bodyReport, listPeriodInitiatives } from "./report-scope.ts";

export const buildCouncilReport = bodyReport(async ({ ctx, bodyId, body, period, periodLabel, locale, today }) => {
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
});
