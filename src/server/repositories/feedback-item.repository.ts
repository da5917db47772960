import { and, asc, desc, eq, gte, inArray, isNull, lt, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { answers, decisions, feedbackItems, feedbackKeys } from "../db/index.ts";
import type { Channel, ItemKind, ItemLang, ItemStatus } from "../db/enums.ts";
import type { Executor } from "../context.ts";
import { SEARCH_COUNT_CAP, wordSearchCondition } from "./word-search.ts";
import { COUNT_CAP, conditions, type Page, type Paged } from "./pagination.ts";

export type FeedbackItemRow = typeof feedbackItems.$inferSelect;
/** An item to record: its id comes from the feedback_keys registry. */
export type NewFeedbackItem = Omit<typeof feedbackItems.$inferInsert, "id">;
export type DecisionRow = typeof decisions.$inferSelect;
export type AnswerRow = typeof answers.$inferSelect;

export type { ItemStatus } from "../db/enums.ts";

export interface FeedbackFilter {
  bodyId?: string;
  bodyIds?: string[];
  initiativeId?: string;
  channel?: Channel;
  kind?: ItemKind;
  lang?: ItemLang;
  status?: ItemStatus;
  /** §20.1: current decision accepted without a reference (counts-in-b.ts acceptedWithoutReference). */
  referenceMissing?: boolean;
  receivedFrom?: Date;
  receivedBefore?: Date;
  q?: string;
}

export interface FeedbackItemView extends FeedbackItemRow {
  decision: DecisionRow | null;
  answer: AnswerRow | null;
  /** §5: set by services/feedback/mark-discussion-window.ts (not read here). */
  outsideDiscussionWindow?: "before" | "after" | null;
}

const currentDecision = alias(decisions, "current_decision");
const currentAnswer = alias(answers, "current_answer");

/**
 * Status as (NOT) EXISTS on the current decision or answer rather than a test on the outer-joined
 * row: the planner estimates semi/anti joins well, so a million-item inbox still walks its
 * (body, kind, received_at) index newest-first and stops at the page.
 */
function statusCondition(status: ItemStatus): SQL {
  const decided = (outcome?: "accepted" | "rejected") => sql`exists (select 1 from ${decisions} d
    where d.item_id = ${feedbackItems.id} and d.superseded_at is null ${outcome ? sql`and d.outcome = ${outcome}` : sql``})`;
  const answered = sql`exists (select 1 from ${answers} a where a.item_id = ${feedbackItems.id} and a.superseded_at is null)`;
  switch (status) {
    case "undecided":
      return and(inArray(feedbackItems.kind, ["remark", "proposal"]), sql`not ${decided()}`)!;
    case "accepted":
    case "rejected":
      return decided(status);
    case "answered":
      return and(eq(feedbackItems.kind, "comment"), answered)!;
    case "unanswered":
      return and(eq(feedbackItems.kind, "comment"), sql`not ${answered}`)!;
  }
}

/** The same test as the indicator_daily triggers' accepted_without_reference (migration 0013). */
function referenceMissingCondition(missing: boolean): SQL {
  const cond = sql`exists (select 1 from ${decisions} d where d.item_id = ${feedbackItems.id} and d.superseded_at is null
    and d.outcome = 'accepted' and coalesce(btrim(d.reference_text), '') = '')`;
  return missing ? cond : sql`not ${cond}`;
}

function filterWhere(filter: FeedbackFilter): SQL | undefined {
  return and(
    ...conditions(
      filter.bodyId && eq(feedbackItems.bodyId, filter.bodyId),
      filter.bodyIds && inArray(feedbackItems.bodyId, filter.bodyIds),
      filter.initiativeId && eq(feedbackItems.initiativeId, filter.initiativeId),
      filter.channel && eq(feedbackItems.channel, filter.channel),
      filter.kind && eq(feedbackItems.kind, filter.kind),
      filter.lang && eq(feedbackItems.lang, filter.lang),
      filter.status && statusCondition(filter.status),
      filter.referenceMissing !== undefined && referenceMissingCondition(filter.referenceMissing),
      filter.receivedFrom && gte(feedbackItems.receivedAt, filter.receivedFrom),
      filter.receivedBefore && lt(feedbackItems.receivedAt, filter.receivedBefore),
      filter.q && wordSearchCondition(feedbackItems.text, filter.q),
    ),
  );
}

function joinedQuery(db: Executor) {
  return db
    .select({ item: feedbackItems, decision: currentDecision, answer: currentAnswer })
    .from(feedbackItems)
    .leftJoin(currentDecision, and(eq(currentDecision.itemId, feedbackItems.id), isNull(currentDecision.supersededAt)))
    .leftJoin(currentAnswer, and(eq(currentAnswer.itemId, feedbackItems.id), isNull(currentAnswer.supersededAt)));
}

export async function listFeedbackItems(
  db: Executor,
  filter: FeedbackFilter,
  page: Page,
): Promise<Paged<FeedbackItemView>> {
  const where = filterWhere(filter);
  // A text search counts to a lower cap (word-search.ts): its count filters every row it walks.
  const cap = filter.q ? SEARCH_COUNT_CAP : COUNT_CAP;
  // Counted up to one past the cap: the first page of a million-item inbox costs one page, not a scan.
  // No joins (an item has at most one current decision and answer; status filters are EXISTS), and
  // in the inbox's order, so the planner walks a (body, [kind,] received_at) index and stops at the
  // cap instead of bitmap-scanning every match of a year's partition first.
  const matches = db
    .select({ one: sql`1` })
    .from(feedbackItems)
    .where(where)
    .orderBy(desc(feedbackItems.receivedAt))
    .limit(cap + 1)
    .as("matches");
  const [rows, [counted]] = await Promise.all([
    joinedQuery(db)
      .where(where)
      .orderBy(desc(feedbackItems.receivedAt), desc(feedbackItems.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(matches),
  ]);
  const n = Number(counted?.n ?? 0);
  return {
    items: rows.map((r) => ({ ...r.item, decision: r.decision, answer: r.answer })),
    total: Math.min(n, cap),
    totalExact: n <= cap,
    ...page,
  };
}

export async function findFeedbackItem(db: Executor, id: number): Promise<FeedbackItemView | undefined> {
  const [row] = await joinedQuery(db).where(eq(feedbackItems.id, id));
  return row && { ...row.item, decision: row.decision, answer: row.answer };
}

/**
 * Idempotent by (source, source_ref): re-inserting the same items adds nothing. The keys are
 * registered first (the registry's unique index decides what is new), then the new items written
 * with the ids the registry gave them; one transaction, so a key never exists without its item.
 */
export async function insertFeedbackItems(db: Executor, items: NewFeedbackItem[]): Promise<FeedbackItemRow[]> {
  if (items.length === 0) return [];
  return db.transaction(async (tx) => {
    const keys = await tx
      .insert(feedbackKeys)
      .values(items.map((i) => ({ source: i.source, sourceRef: i.sourceRef, receivedAt: i.receivedAt })))
      .onConflictDoNothing({ target: [feedbackKeys.source, feedbackKeys.sourceRef] })
      .returning({ id: feedbackKeys.id, source: feedbackKeys.source, sourceRef: feedbackKeys.sourceRef });
    if (keys.length === 0) return [];
    const bySourceKey = new Map(items.map((i) => [`${i.source}\n${i.sourceRef}`, i]));
    return tx
      .insert(feedbackItems)
      .values(keys.map((k) => ({ ...bySourceKey.get(`${k.source}\n${k.sourceRef}`)!, id: k.id })))
      .returning();
  });
}

export async function findItemIdsBySourceRefs(
  db: Executor,
  source: string,
  refs: string[],
): Promise<Map<string, number>> {
  if (refs.length === 0) return new Map();
  const rows = await db
    .select({ id: feedbackKeys.id, ref: feedbackKeys.sourceRef })
    .from(feedbackKeys)
    .where(and(eq(feedbackKeys.source, source), inArray(feedbackKeys.sourceRef, refs)));
  return new Map(rows.map((r) => [r.ref, r.id]));
}

export async function updateFeedbackKind(db: Executor, id: number, kind: ItemKind, origin: string): Promise<void> {
  await db
    .update(feedbackItems)
    .set({ kind, kindOrigin: origin, updatedAt: new Date() })
    .where(eq(feedbackItems.id, id));
}

export async function listItemIds(db: Executor, filter: FeedbackFilter, limit: number): Promise<number[]> {
  const rows = await joinedQuery(db).where(filterWhere(filter)).orderBy(asc(feedbackItems.id)).limit(limit);
  return rows.map((r) => r.item.id);
}
