/**
 * The topic map of a body's quarter (§14, §17; issue 16): the quarter's items clustered by what they
 * say (domain/analysis/cluster-topics.ts), each cluster named from the body's stored topics where the
 * officer named or merged one (topic-catalog.ts), else labelled by its top kk/ru words. Computed on
 * request from stored labels (a person's correction of sentiment first) and each item's stored content
 * terms, so a correction shows at once; the items endpoint uses the same function, so a topic's size
 * and the items listed behind it always agree.
 */
import { clusterItems } from "../../../domain/analysis/cluster-topics.ts";
import { nameTopics, type ItemFacts, type StoredTopic } from "../../../domain/analysis/topic-catalog.ts";
import type { Topic, TopicCategory, Sentiment } from "../../../domain/analysis/index.ts";
import type { Executor } from "../../context.ts";
import type { ItemKind } from "../../db/enums.ts";
import { listTopicInputs, SECTION_14_KINDS } from "../../repositories/analysis-report.repository.ts";
import { listStoredTopics } from "../../repositories/analysis-topics.repository.ts";
import { quarterBounds, type Quarter } from "./quarters.ts";

export const SCOPES = ["s14", "all"] as const;
export type Scope = (typeof SCOPES)[number];

/** §14 analyses appeals and social-media comments; "all" adds the portals' items. */
export function scopeKinds(scope: Scope): ItemKind[] | undefined {
  return scope === "s14" ? SECTION_14_KINDS : undefined;
}

export async function quarterTopics(
  db: Executor,
  bodyId: string,
  quarter: Quarter,
  scope: Scope,
  stored?: readonly StoredTopic[],
): Promise<Topic[]> {
  const [rows, catalog] = await Promise.all([
    listTopicInputs(db, { bodyId, ...quarterBounds(quarter), kinds: scopeKinds(scope) }),
    stored ? Promise.resolve(stored) : listStoredTopics(db, bodyId),
  ]);
  const facts = new Map<string, ItemFacts>();
  const items = rows.map((r) => {
    const id = String(r.id);
    const duplicateOf = r.duplicateOf === null ? null : String(r.duplicateOf);
    facts.set(id, { category: r.topic as TopicCategory, sentiment: r.sentiment as Sentiment, duplicateOf });
    return { id, duplicateOf, terms: r.terms.map(([stem, word, lang]) => ({ stem, word, lang })) };
  });
  return nameTopics(clusterItems(items), catalog, facts);
}
