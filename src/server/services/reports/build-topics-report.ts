/**
 * §17: the body's list of topics for internet conferences and surveys (built from the problems of
 * the period's appeals and social comments, kept by the body), and the §18 events held in the period.
 */
import { buildTopicsModel } from "../../../domain/reports/build-topics-model.ts";
import type { AppContext } from "../../context.ts";
import { listDialogueEvents } from "../../repositories/evidence.repository.ts";
import { rankTopicCandidates } from "../../../domain/followthrough/conference-topics.ts";
import { listQuarterTopics } from "../../repositories/conference-topic.repository.ts";
import { quarterTopics } from "../analysis/quarter-topics.ts";
import { parseQuarter } from "../analysis/quarters.ts";
import { listConferenceTopics } from "../followthrough/list-conference-topics.ts";
import { bodyReport, within } from "./report-scope.ts";

/** The calendar quarters a period covers: "2026-H2" → 2026-Q3, 2026-Q4. */
function quartersOf(period: { from: string; to: string }): string[] {
  const out: string[] = [];
  let year = Number(period.from.slice(0, 4));
  let q = Math.floor((Number(period.from.slice(5, 7)) - 1) / 3) + 1;
  const lastYear = Number(period.to.slice(0, 4));
  const lastQ = Math.floor((Number(period.to.slice(5, 7)) - 1) / 3) + 1;
  while (year < lastYear || (year === lastYear && q <= lastQ)) {
    out.push(`${year}-Q${q}`);
    if (++q > 4) [year, q] = [year + 1, 1];
  }
  return out;
}

export const buildTopicsReport = bodyReport(
  async ({ ctx, actor, bodyId, body, period, periodLabel, locale, today }) => {
    const quarters = quartersOf(period);
    const [topics, events, unbuilt] = await Promise.all([
      listConferenceTopics(ctx, actor, bodyId, quarters),
      listDialogueEvents(ctx.database.db, bodyId),
      unbuiltQuarterTopics(ctx, bodyId, quarters),
    ]);
    return buildTopicsModel({
      locale,
      generatedOn: today,
      body,
      period,
      periodLabel,
      topics: topics
        .map((t) => ({
          title: { kk: t.titleKk, ru: t.titleRu, en: t.titleEn },
          quarter: t.quarter,
          origin: t.origin,
          items: t.items,
          events: t.events.map((e) => ({ startsOn: e.startsOn, url: e.url })),
        }))
        .concat(unbuilt),
      events: events.filter((e) => within(e.startsOn, period)).reverse(),
    });
  },
);

/**
 * A quarter whose list the body has never built still shows §17's topics: the problems of that
 * quarter's appeals and social comments as the analysis ranks them (not stored, so nothing is
 * written by reading a document).
 */
async function unbuiltQuarterTopics(ctx: AppContext, bodyId: string, quarters: string[]) {
  const db = ctx.database.db;
  const out = [];
  for (const quarter of quarters) {
    if ((await listQuarterTopics(db, bodyId, quarter)).length > 0) continue;
    for (const c of rankTopicCandidates(await quarterTopics(db, bodyId, parseQuarter(quarter)!, "s14"))) {
      out.push({ title: c.label, quarter, origin: "analysis" as const, items: c.size, events: [] });
    }
  }
  return out;
}
