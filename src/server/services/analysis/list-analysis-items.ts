/**
 * The items behind every number of the quarterly analysis (same filters, same effective labels)
 * and the review queue (unreviewed items, least confident label first).
 */
import type { Actor, AppContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { findBody } from "../../repositories/body.repository.ts";
import {
  listAnalysisItems,
  type AnalysisItemFilter,
  type AnalysisItemRow,
} from "../../repositories/analysis-report.repository.ts";
import type { Page, Paged } from "../../repositories/pagination.ts";
import { quarterTopics, scopeKinds, type Scope } from "./quarter-topics.ts";
import { quarterBounds, type Quarter } from "./quarters.ts";

export type AnalysisItemsQuery = Omit<
  AnalysisItemFilter,
  "bodyId" | "from" | "before" | "kinds" | "ids" | "reviewQueue"
> & {
  topic?: string;
  scope?: Scope;
};

export async function listItemsBehind(
  ctx: AppContext,
  actor: Actor,
  bodyId: string,
  quarter: Quarter,
  query: AnalysisItemsQuery,
  page: Page,
): Promise<Paged<AnalysisItemRow>> {
  await authorizeBody(ctx, actor, bodyId);
  const { topic, scope = "s14", ...filter } = query;
  // Every number of the page follows the scope switch except campaigns (counted per body and quarter).
  const scoped = filter.campaign === undefined;
  let ids: number[] | undefined;
  if (topic !== undefined) {
    const found = (await quarterTopics(ctx.database.db, bodyId, quarter, scope)).find((t) => t.key === topic);
    ids = (found?.itemIds ?? []).map(Number);
  }
  return listAnalysisItems(
    ctx.database.db,
    {
      bodyId,
      ...quarterBounds(quarter),
      kinds: scoped ? scopeKinds(scope) : undefined,
      ids,
      ...filter,
    },
    page,
  );
}

export async function listReviewQueue(
  ctx: AppContext,
  actor: Actor,
  bodyId: string,
  quarter: Quarter | null,
  page: Page,
): Promise<Paged<AnalysisItemRow>> {
  await authorizeBody(ctx, actor, bodyId);
  const range = quarter
    ? quarterBounds(quarter)
    : { from: new Date("1970-01-01T00:00:00Z"), before: new Date("9999-01-01T00:00:00Z") };
  return listAnalysisItems(ctx.database.db, { bodyId, ...range, reviewQueue: true }, page);
}

async function authorizeBody(ctx: AppContext, actor: Actor, bodyId: string): Promise<void> {
  const body = await findBody(ctx.database.db, bodyId);
  if (!body) throw notFound("state body");
  authorize(actor, "analysis.read", bodyId);
}
