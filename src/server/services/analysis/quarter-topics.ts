/**
 * The topic map of a body's quarter (§14, §17; issue 16): the quarter's items clustered by what they
 * say (domain/analysis/cluster-topics.ts), each cluster named from the body's stored topics where the
 * officer named or merged one (topic-catalog.ts), else labelled by its top kk/ru words. Computed on
 * request from stored labels (a person's correction of sentiment first) and each item's stored content
 * terms, so a correction shows at once; the items endpoint uses the same function, so a topic's size
 * and the items listed behind it always agree.
 *
 * Clustering costs about 42 ms of CPU per 1,000 items (4.2 s for a quarter of 100,000), on the web
 * process's only thread, and the analysis page asks for two quarters. So the clusters are kept per
 * body, quarter and scope with a fingerprint of their inputs (a count and a hash sum over the
 * labels, one indexed aggregate): the next read with the same fingerprint skips both the reading of
 * every item's terms and the clustering; any new label, correction, relabel or moved item changes
 * the fingerprint. Names and merges (the stored catalogue) are applied on every read. A large
 * quarter is clustered on the analysis thread (clusterOffThread), never on the request's thread.
 */
import type { Cluster } from "../../../domain/analysis/cluster-topics.ts";
import { nameTopics, type ItemFacts, type StoredTopic } from "../../../domain/analysis/topic-catalog.ts";
import type { Topic, TopicCategory, Sentiment } from "../../../domain/analysis/index.ts";
import type { Executor } from "../../context.ts";
import type { ItemKind } from "../../db/enums.ts";
import {
  listTopicInputs,
  SECTION_14_KINDS,
  topicInputsFingerprint,
  type Range,
} from "../../repositories/analysis-report.repository.ts";
import { listStoredTopics } from "../../repositories/analysis-topics.repository.ts";
import { formatQuarter, quarterBounds, type Quarter } from "./quarters.ts";
import { clusterOffThread } from "./analysis-client.ts";

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
  const range: Range = { bodyId, ...quarterBounds(quarter), kinds: scopeKinds(scope) };
  const [clustered, catalog] = await Promise.all([
    clustersOf(db, `${bodyId}|${formatQuarter(quarter)}|${scope}`, range),
    stored ? Promise.resolve(stored) : listStoredTopics(db, bodyId),
  ]);
  return nameTopics(clustered.clusters, catalog, clustered.facts);
}

interface Clustered {
  clusters: Cluster[];
  facts: Map<string, ItemFacts>;
}

/** Kept topic maps, least recently used first; a Promise while one is computed, so readers share it. */
const kept = new Map<string, { fingerprint: string; clustered: Promise<Clustered> }>();
const KEPT_AT_MOST = 64;
let computed = 0;

/** How many topic maps this process has clustered (not reused): for tests and diagnostics. */
export function topicMapsComputed(): number {
  return computed;
}

async function clustersOf(db: Executor, key: string, range: Range): Promise<Clustered> {
  const fingerprint = await topicInputsFingerprint(db, range);
  const found = kept.get(key);
  kept.delete(key);
  if (found?.fingerprint === fingerprint) {
    kept.set(key, found);
    return found.clustered;
  }
  const clustered = computeClusters(db, range);
  kept.set(key, { fingerprint, clustered });
  clustered.catch(() => kept.delete(key));
  while (kept.size > KEPT_AT_MOST) kept.delete(kept.keys().next().value as string);
  return clustered;
}

async function computeClusters(db: Executor, range: Range): Promise<Clustered> {
  computed++;
  const rows = await listTopicInputs(db, range);
  const facts = new Map<string, ItemFacts>();
  const items = rows.map((r) => {
    const id = String(r.id);
    const duplicateOf = r.duplicateOf === null ? null : String(r.duplicateOf);
    facts.set(id, { category: r.topic as TopicCategory, sentiment: r.sentiment as Sentiment, duplicateOf });
    return { id, duplicateOf, terms: r.terms.map(([stem, word, lang]) => ({ stem, word, lang })) };
  });
  return { clusters: await clusterOffThread(items), facts };
}
