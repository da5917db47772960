/**
 * What the public portal and the open data read: only PUBLISHED evaluation rounds, only the
 * official result of each body (the §20 submission's; without one, the recorded row marked
 * not_submitted, whose F and band are withheld — the rule of compute-round.ts and result-status.ts), only initiatives whose discussion was announced (not drafts), and never a
 * citizen's author reference.
 */
import { and, asc, desc, eq, gt, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import {
  decisions,
  evaluationResults,
  evaluationRounds,
  feedbackItems,
  initiatives,
  stateBodies,
} from "../db/index.ts";
import type { BodyKind, InitiativeStatus } from "../db/enums.ts";
import type { Executor } from "../context.ts";
import { conditions, containsPattern } from "./pagination.ts";

export type PortalBodyRow = typeof stateBodies.$inferSelect;
export type PortalInitiativeRow = typeof initiatives.$inferSelect;

/** A draft's discussion has not been announced (§5, §10): nothing of it is public yet. */
export const PUBLIC_INITIATIVE_STATUSES = [
  "in_discussion",
  "discussion_closed",
  "adopted",
  "implemented",
  "withdrawn",
] as const satisfies readonly InitiativeStatus[];

/** Registry pages list at most this many bodies (the registry holds about a hundred). */
const MAX_BODIES = 2_000;

const officialSource = sql`(${evaluationResults.source} = 'submission' or not exists (
  select 1 from evaluation_results s
  where s.round_id = ${evaluationResults.roundId} and s.body_id = ${evaluationResults.bodyId} and s.source = 'submission'))`;
const published = eq(evaluationRounds.status, "published");

const resultColumns = {
  roundId: evaluationRounds.id,
  roundTitle: evaluationRounds.title,
  periodFrom: evaluationRounds.periodFrom,
  periodTo: evaluationRounds.periodTo,
  publishedAt: evaluationRounds.publishedAt,
  /** Issue 10: the published results were corrected (a later version) on this day. */
  correctedAt: evaluationRounds.correctedAt,
  bodyId: evaluationResults.bodyId,
  source: evaluationResults.source,
  status: evaluationResults.status,
  // §20 (result-status.ts officialFigure): a body that sent no §20 information has no official F nor band.
  fValue: sql<
    string | null
  >`case when ${evaluationResults.status} = 'not_submitted' then null else ${evaluationResults.fValue} end`.as(
    "f_value",
  ),
  band: sql<
    string | null
  >`case when ${evaluationResults.status} = 'not_submitted' then null else ${evaluationResults.band} end`.as("band"),
  zeroed: evaluationResults.zeroed,
  b: evaluationResults.b,
  c: evaluationResults.c,
  e: evaluationResults.e,
  g: evaluationResults.g,
  rulesVersion: evaluationResults.rulesVersion,
};

export interface PublishedResult {
  roundId: string;
  roundTitle: string;
  periodFrom: string;
  periodTo: string;
  publishedAt: Date | null;
  correctedAt: Date | null;
  bodyId: string;
  source: "submission" | "recorded";
  status: "evaluated" | "nothing_received" | "not_submitted";
  /** Null for not_submitted. */
  fValue: string | null;
  band: string | null;
  zeroed: boolean;
  b: number;
  c: number;
  e: number;
  g: number;
  rulesVersion: string;
}

export interface PublishedResultWithBody extends PublishedResult {
  bodyCode: string;
  nameKk: string;
  nameRu: string;
  nameEn: string;
}

/** Every body's official result of every published round (open data), oldest round first. */
export async function listPublishedResults(db: Executor): Promise<PublishedResultWithBody[]> {
  return db
    .select({
      ...resultColumns,
      bodyCode: stateBodies.code,
      nameKk: stateBodies.nameKk,
      nameRu: stateBodies.nameRu,
      nameEn: stateBodies.nameEn,
    })
    .from(evaluationResults)
    .innerJoin(evaluationRounds, eq(evaluationRounds.id, evaluationResults.roundId))
    .innerJoin(stateBodies, eq(stateBodies.id, evaluationResults.bodyId))
    .where(and(published, officialSource))
    .orderBy(asc(evaluationRounds.periodTo), asc(evaluationRounds.id), asc(stateBodies.code));
}

/** One body's official published results with their explanations, oldest round first. */
export async function listBodyPublishedHistory(
  db: Executor,
  bodyId: string,
): Promise<(PublishedResult & { explanation: unknown })[]> {
  return db
    .select({ ...resultColumns, explanation: evaluationResults.explanation })
    .from(evaluationResults)
    .innerJoin(evaluationRounds, eq(evaluationRounds.id, evaluationResults.roundId))
    .where(and(eq(evaluationResults.bodyId, bodyId), published, officialSource))
    .orderBy(asc(evaluationRounds.periodTo), asc(evaluationRounds.publishedAt));
}

export interface PortalBodyFilter {
  kind?: BodyKind;
  regionCode?: string;
  q?: string;
}

export interface PortalBodyListRow {
  body: PortalBodyRow;
  latest: PublishedResult | null;
}

/** In-scope bodies (§1) with the official result of the latest published round each took part in. */
export async function listPortalBodies(db: Executor, filter: PortalBodyFilter): Promise<PortalBodyListRow[]> {
  const latest = db
    .selectDistinctOn([evaluationResults.bodyId], resultColumns)
    .from(evaluationResults)
    .innerJoin(evaluationRounds, eq(evaluationRounds.id, evaluationResults.roundId))
    .where(and(published, officialSource))
    .orderBy(evaluationResults.bodyId, desc(evaluationRounds.periodTo), desc(evaluationRounds.publishedAt))
    .as("latest");
  const where = and(
    eq(stateBodies.inScope, true),
    // The ranking lists the bodies the ministry evaluates, and any body with a published result
    // (one evaluated before the choice changed keeps its history); a district akimat the ministry
    // does not evaluate has no F to show (state_bodies.evaluated).
    or(eq(stateBodies.evaluated, true), isNotNull(latest.roundId)),
    ...conditions(
      filter.kind && eq(stateBodies.kind, filter.kind),
      filter.regionCode && eq(stateBodies.regionCode, filter.regionCode),
      filter.q &&
        or(
          ilike(stateBodies.nameKk, containsPattern(filter.q)),
          ilike(stateBodies.nameRu, containsPattern(filter.q)),
          ilike(stateBodies.nameEn, containsPattern(filter.q)),
          ilike(stateBodies.code, containsPattern(filter.q)),
        ),
    ),
  );
  const latestColumns = Object.fromEntries(
    Object.keys(resultColumns).map((k) => [k, latest[k as keyof typeof resultColumns]]),
  ) as {
    [K in keyof typeof resultColumns]: (typeof latest)[K];
  };
  const rows = await db
    .select({ body: stateBodies, latest: latestColumns })
    .from(stateBodies)
    .leftJoin(latest, eq(latest.bodyId, stateBodies.id))
    .where(where)
    .orderBy(asc(stateBodies.kind), asc(stateBodies.nameKk))
    .limit(MAX_BODIES);
  return rows.map((r) => ({ body: r.body, latest: r.latest?.roundId ? (r.latest as PublishedResult) : null }));
}

/** The whole registry with §1 exclusions (open data). */
export async function listRegistry(db: Executor): Promise<PortalBodyRow[]> {
  return db
    .select()
    .from(stateBodies)
    .orderBy(asc(stateBodies.code))
    .limit(MAX_BODIES * 5);
}

export async function findPortalBody(db: Executor, code: string): Promise<PortalBodyRow | undefined> {
  const [row] = await db.select().from(stateBodies).where(eq(stateBodies.code, code));
  return row;
}

/** A body's initiatives whose discussion was announced, newest discussion first. */
export async function listPublicInitiatives(db: Executor, bodyId: string, limit = 200): Promise<PortalInitiativeRow[]> {
  return db
    .select()
    .from(initiatives)
    .where(and(eq(initiatives.bodyId, bodyId), inArray(initiatives.status, PUBLIC_INITIATIVE_STATUSES)))
    .orderBy(sql`${initiatives.discussionStartsOn} desc nulls last`, asc(initiatives.id))
    .limit(limit);
}

/** Per initiative: remarks and proposals received, accepted, rejected (current decisions only). */
export async function countInitiativeDecisions(db: Executor, initiativeIds: string[]) {
  if (initiativeIds.length === 0) return new Map<string, { received: number; accepted: number; rejected: number }>();
  const current = alias(decisions, "current_decision");
  const rows = await db
    .select({
      initiativeId: feedbackItems.initiativeId,
      received: sql<number>`count(*)::int`,
      accepted: sql<number>`count(*) filter (where ${current.outcome} = 'accepted')::int`,
      rejected: sql<number>`count(*) filter (where ${current.outcome} = 'rejected')::int`,
    })
    .from(feedbackItems)
    .leftJoin(current, and(eq(current.itemId, feedbackItems.id), isNull(current.supersededAt)))
    .where(and(inArray(feedbackItems.initiativeId, initiativeIds), inArray(feedbackItems.kind, ["remark", "proposal"])))
    .groupBy(feedbackItems.initiativeId);
  return new Map(
    rows.map((r) => [
      r.initiativeId!,
      { received: Number(r.received), accepted: Number(r.accepted), rejected: Number(r.rejected) },
    ]),
  );
}

/** Sitemap: in-scope bodies' codes and public initiatives' ids (with their last change). */
export async function listSitemapEntries(db: Executor) {
  const [bodies, initiativeRows] = await Promise.all([
    db
      .select({ code: stateBodies.code })
      .from(stateBodies)
      .where(eq(stateBodies.inScope, true))
      .orderBy(asc(stateBodies.code)),
    db
      .select({ id: initiatives.id, updatedAt: initiatives.updatedAt })
      .from(initiatives)
      .innerJoin(stateBodies, eq(stateBodies.id, initiatives.bodyId))
      .where(and(eq(stateBodies.inScope, true), inArray(initiatives.status, PUBLIC_INITIATIVE_STATUSES)))
      .orderBy(asc(initiatives.id))
      .limit(45_000),
  ]);
  return { bodies: bodies.map((b) => b.code), initiatives: initiativeRows };
}

export interface DiscussionDecisionRow {
  itemId: number;
  initiativeId: string;
  initiativeTitleKk: string | null;
  initiativeTitleRu: string | null;
  initiativeTitleEn: string | null;
  bodyCode: string;
  kind: string;
  lang: string;
  text: string;
  clauseRef: string | null;
  receivedAt: Date;
  outcome: "accepted" | "rejected";
  reason: string | null;
  referenceKind: string | null;
  referenceText: string | null;
  referenceUrl: string | null;
  decidedAt: Date;
}

/**
 * Decided remarks and proposals of public initiatives, in pages by item id (keyset), so a download
 * of a million decisions never holds them all in memory. No author reference is selected.
 */
export async function listDiscussionDecisions(
  db: Executor,
  afterItemId: number,
  limit: number,
): Promise<DiscussionDecisionRow[]> {
  const where: SQL | undefined = and(
    gt(feedbackItems.id, afterItemId),
    inArray(feedbackItems.kind, ["remark", "proposal"]),
    inArray(initiatives.status, PUBLIC_INITIATIVE_STATUSES),
    isNull(decisions.supersededAt),
  );
  const rows = await db
    .select({
      itemId: feedbackItems.id,
      initiativeId: initiatives.id,
      initiativeTitleKk: initiatives.titleKk,
      initiativeTitleRu: initiatives.titleRu,
      initiativeTitleEn: initiatives.titleEn,
      bodyCode: stateBodies.code,
      kind: feedbackItems.kind,
      lang: feedbackItems.lang,
      text: feedbackItems.text,
      clauseRef: feedbackItems.clauseRef,
      receivedAt: feedbackItems.receivedAt,
      outcome: decisions.outcome,
      reason: decisions.reason,
      referenceKind: decisions.referenceKind,
      referenceText: decisions.referenceText,
      referenceUrl: decisions.referenceUrl,
      decidedAt: decisions.decidedAt,
    })
    .from(feedbackItems)
    .innerJoin(decisions, eq(decisions.itemId, feedbackItems.id))
    .innerJoin(
      initiatives,
      and(eq(initiatives.id, feedbackItems.initiativeId), eq(initiatives.bodyId, feedbackItems.bodyId)),
    )
    .innerJoin(stateBodies, eq(stateBodies.id, feedbackItems.bodyId))
    .where(where)
    .orderBy(asc(feedbackItems.id))
    .limit(limit);
  return rows;
}
