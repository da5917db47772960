/** §16: the body's projects and initiatives with their results, and the publication record. */
import { buildResultsModel } from "../../../domain/reports/build-results-model.ts";
import { listInitiatives } from "../../repositories/initiative.repository.ts";
import { listResultPublications } from "../../repositories/evidence.repository.ts";
import { countFeedbackByInitiative } from "../../repositories/report.repository.ts";
import { bodyReport } from "./report-scope.ts";

export const buildResultsReport = bodyReport(async ({ ctx, bodyId, body, period, periodLabel, locale, today }) => {
  const db = ctx.database.db;
  const fromYear = Number(period.from.slice(0, 4));
  const toYear = Number(period.to.slice(0, 4));
  const [projects, initiatives, feedback, publications] = await Promise.all([
    listInitiatives(db, { bodyId, kind: "project" }, { limit: 500, offset: 0 }),
    listInitiatives(db, { bodyId, kind: "initiative" }, { limit: 500, offset: 0 }),
    countFeedbackByInitiative(db, bodyId, period.bounds.from, period.bounds.before),
    listResultPublications(db, bodyId),
  ]);
  const byInitiative = new Map(feedback.map((f) => [f.initiativeId, f]));
  return buildResultsModel({
    locale,
    generatedOn: today,
    body,
    period,
    periodLabel,
    initiatives: [...projects.items, ...initiatives.items]
      .filter((i) => i.status !== "withdrawn")
      .map((i) => ({
        ...i,
        items: byInitiative.get(i.id)?.items ?? 0,
        accepted: byInitiative.get(i.id)?.accepted ?? 0,
      })),
    publications: publications
      .filter((p) => p.periodYear >= fromYear && p.periodYear <= toYear)
      .sort((a, b) => a.periodYear - b.periodYear || (a.periodQuarter ?? 5) - (b.periodQuarter ?? 5)),
  });
});
