/**
 * Reads behind the quarterly analysis (§14): aggregates over a body's items and their effective
 * labels (a person's correction, else the automatic label), and the items behind each number.
 * Nothing here selects an author reference or metadata: analysis outputs carry no personal data.
 */
import { and, asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { analysisCampaigns, analysisLabels, feedbackItems, type StoredTerm } from "../db/index.ts";
import type { Channel, ItemKind } from "../db/enums.ts";
import type { Executor } from "../context.ts";
import { conditions, type Page, type Paged } from "./pagination.ts";

const L = analysisLabels;
const F = feedbackItems;
const effective = {
  lang: sql<string>`coalesce(${L.langReviewed}, ${L.lang})`,
  kind: sql<string>`coalesce(${L.kindReviewed}, ${L.kind})`,
  appealType: sql<string>`coalesce(${L.appealTypeReviewed}, ${L.appealType})`,
  sentiment: sql<string>`coalesce(${L.sentimentReviewed}, ${L.sentiment})`,
  topic: sql<string>`coalesce(${L.topicReviewed}, ${L.topic})`,
};

/** Items §14 analyses: appeals and comments on the body's social-media accounts. */
export const SECTION_14_KINDS: ItemKind[] = ["appeal", "social_comment"];

export interface Range {
  bodyId: string;
  from: Date;
  before: Date;
  kinds?: ItemKind[];
}

function inRange(r: Range): SQL {
  return and(
    eq(F.bodyId, r.bodyId),
    sql`${F.receivedAt} >= ${r.from.toISOString()}::timestamptz`,
    sql`${F.receivedAt} < ${r.before.toISOString()}::timestamptz`,
    r.kinds ? inArray(F.kind, r.kinds) : undefined,
  )!;
}

export async function countByChannelAndKind(
  db: Executor,
  r: Range,
): Promise<{ channel: Channel; kind: ItemKind; items: number; labelled: number }[]> {
  return db
    .select({
      channel: F.channel,
      kind: F.kind,
      items: sql<number>`count(*)::int`,
      labelled: sql<number>`count(${L.itemId})::int`,
    })
    .from(F)
    .leftJoin(L, eq(L.itemId, F.id))
    .where(inRange(r))
    .groupBy(F.channel, F.kind)
    .orderBy(F.channel, F.kind);
}

/** Counts of labelled items by one effective label. */
export async function countByLabel(
  db: Executor,
  r: Range,
  label: "lang" | "sentiment" | "appealType",
): Promise<{ value: string; items: number }[]> {
  return db
    .select({ value: effective[label], items: sql<number>`count(*)::int` })
    .from(F)
    .innerJoin(L, eq(L.itemId, F.id))
    .where(inRange(r))
    .groupBy(effective[label])
    .orderBy(effective[label]);
}

/** Monday of the item's week in Kazakhstan's time, as YYYY-MM-DD. */
const weekOf = sql<string>`to_char(date_trunc('week', (${F.receivedAt} at time zone 'UTC') + interval '5 hours'), 'YYYY-MM-DD')`;

export async function countSentimentByWeek(
  db: Executor,
  r: Range,
): Promise<{ week: string; sentiment: string; items: number }[]> {
  return db
    .select({ week: weekOf, sentiment: effective.sentiment, items: sql<number>`count(*)::int` })
    .from(F)
    .innerJoin(L, eq(L.itemId, F.id))
    .where(inRange(r))
    .groupBy(weekOf, effective.sentiment)
    .orderBy(weekOf, effective.sentiment);
}

export interface TopicInputRow {
  id: number;
  topic: string;
  sentiment: string;
  terms: StoredTerm[];
  duplicateOf: number | null;
}

/** What topic grouping needs of every labelled item in the range, in the order labelling saw them. */
export async function listTopicInputs(db: Executor, r: Range): Promise<TopicInputRow[]> {
  return db
    .select({
      id: F.id,
      topic: effective.topic,
      sentiment: effective.sentiment,
      terms: L.terms,
      duplicateOf: L.duplicateOf,
    })
    .from(F)
    .innerJoin(L, eq(L.itemId, F.id))
    .where(inRange(r))
    .orderBy(F.receivedAt, F.id);
}

/**
 * A cheap fingerprint of everything listTopicInputs returns for the range: the number of labelled
 * items and a sum of hashes over each one's id, date, effective topic and sentiment, duplicate root
 * and labelling time (its terms change only when it is labelled again). Equal fingerprints mean the
 * same topic inputs, so a computed topic map can be reused (services/analysis/quarter-topics.ts).
 */
export async function topicInputsFingerprint(db: Executor, r: Range): Promise<string> {
  const [row] = await db
    .select({
      items: sql<number>`count(*)::int`,
      hash: sql<string>`coalesce(sum(hashtextextended(concat_ws('|', ${F.id}, ${F.receivedAt}, ${effective.topic}, ${effective.sentiment}, ${L.duplicateOf}, ${L.labelledAt}), 0)), 0)::text`,
    })
    .from(F)
    .innerJoin(L, eq(L.itemId, F.id))
    .where(inRange(r));
  return `${row?.items ?? 0}:${row?.hash ?? "0"}`;
}

export interface CampaignRow {
  rootItemId: number;
  size: number;
  sampleText: string;
  lang: string;
  firstReceivedAt: Date;
}

export async function listCampaigns(
  db: Executor,
  bodyId: string,
  quarter: string,
  limit: number,
): Promise<{ groups: CampaignRow[]; total: number; items: number }> {
  const where = and(eq(analysisCampaigns.bodyId, bodyId), eq(analysisCampaigns.quarter, quarter));
  const [groups, [totals]] = await Promise.all([
    db
      .select({
        rootItemId: analysisCampaigns.rootItemId,
        size: analysisCampaigns.size,
        sampleText: F.text,
        lang: sql<string>`coalesce(${effective.lang}, 'unknown')`,
        firstReceivedAt: F.receivedAt,
      })
      .from(analysisCampaigns)
      .innerJoin(F, eq(F.id, analysisCampaigns.rootItemId))
      .leftJoin(L, eq(L.itemId, F.id))
      .where(where)
      .orderBy(sql`${analysisCampaigns.size} desc`, asc(analysisCampaigns.rootItemId))
      .limit(limit),
    db
      .select({
        total: sql<number>`count(*)::int`,
        items: sql<number>`coalesce(sum(${analysisCampaigns.size}), 0)::int`,
      })
      .from(analysisCampaigns)
      .where(where),
  ]);
  return { groups, total: totals?.total ?? 0, items: totals?.items ?? 0 };
}

export interface AnalysisItemFilter extends Range {
  channel?: Channel;
  kind?: ItemKind;
  lang?: string;
  sentiment?: string;
  appealType?: string;
  /** Root item id of a campaign group: the root and every member. */
  campaign?: number;
  /** Monday (YYYY-MM-DD, Kazakhstan time) of a week. */
  week?: string;
  /** Exactly these items (a topic's members, computed by the caller). */
  ids?: number[];
  /** Only items not yet reviewed, least confident first. */
  reviewQueue?: boolean;
}

export interface AnalysisItemRow {
  id: number;
  channel: Channel;
  kind: ItemKind;
  text: string;
  receivedAt: Date;
  label: typeof analysisLabels.$inferSelect | null;
}

export async function listAnalysisItems(
  db: Executor,
  f: AnalysisItemFilter,
  page: Page,
): Promise<Paged<AnalysisItemRow>> {
  const where = and(
    ...conditions(
      inRange(f),
      f.channel && eq(F.channel, f.channel),
      f.kind && eq(F.kind, f.kind),
      f.lang && sql`${effective.lang} = ${f.lang}`,
      f.sentiment && sql`${effective.sentiment} = ${f.sentiment}`,
      f.appealType && sql`${effective.appealType} = ${f.appealType}`,
      f.campaign !== undefined && sql`(${L.itemId} = ${f.campaign} or ${L.duplicateOf} = ${f.campaign})`,
      f.week && sql`${weekOf} = ${f.week}`,
      // A JSON array parameter: the same SQL on both engines, however many ids a topic has.
      f.ids && sql`${F.id} in (select jsonb_array_elements_text(${JSON.stringify(f.ids)}::jsonb)::bigint)`,
      f.reviewQueue && sql`${L.itemId} is not null and ${L.reviewedAt} is null`,
    ),
  );
  const order = f.reviewQueue ? [asc(L.minConfidence), asc(F.id)] : [asc(F.receivedAt), asc(F.id)];
  const [rows, [total]] = await Promise.all([
    db
      .select({ id: F.id, channel: F.channel, kind: F.kind, text: F.text, receivedAt: F.receivedAt, label: L })
      .from(F)
      .leftJoin(L, eq(L.itemId, F.id))
      .where(where)
      .orderBy(...order)
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(F).leftJoin(L, eq(L.itemId, F.id)).where(where),
  ]);
  return { items: rows, total: total?.n ?? 0, ...page };
}
