/**
 * The body's own topics kept from quarter to quarter (§14, §17; issue 16). A quarter's clusters
 * (cluster-topics.ts) are matched to the topics the officer named or merged before, by their top
 * stems: a cluster that reads like a named topic takes its key and name, a topic merged into another
 * shows as that other, and clusters that land on the same topic are one topic (each topic appears
 * once). A cluster nobody named is labelled by its top words in Kazakh and Russian.
 */
import type { Cluster } from "./cluster-topics.ts";
import { stemSimilarity } from "./cluster-measures.ts";
import type { Topic } from "./topics.ts";
import type { Sentiment, TopicCategory } from "./training/dataset.ts";

/** Two stem lists this alike are the same topic (rank-weighted cosine, cluster-topics.ts). */
export const KEEP_SIMILARITY = 0.5;

interface Trilingual {
  kk: string;
  ru: string;
  en: string;
}

/** A topic the officer named (name) or merged into another (mergedInto), with the stems it was saved with. */
export interface StoredTopic {
  key: string;
  name: Trilingual | null;
  stems: readonly string[];
  mergedInto: string | null;
}

export interface ItemFacts {
  category: TopicCategory;
  sentiment: Sentiment;
  duplicateOf: string | null;
}

/** The cluster with no common word (one-off wordings, empty texts): never matched, never merged. */
export const UNCLUSTERED_KEY = "unclustered";
const UNCLUSTERED_LABEL: Trilingual = {
  kk: "Ортақ сөзі жоқ өтініштер",
  ru: "Обращения без общих слов",
  en: "Items with no words in common",
};

/** The key of a topic nobody stored: its three top stems (stable while the topic reads the same). */
export function clusterKey(stems: readonly string[]): string {
  return stems.length ? `t:${stems.slice(0, 3).join("+")}` : UNCLUSTERED_KEY;
}

/** Follows mergedInto to the topic that is shown (a cycle stops where it would repeat). */
export function resolveKey(key: string, byKey: ReadonlyMap<string, StoredTopic>): string {
  const seen = new Set<string>();
  let k = key;
  for (;;) {
    const next = byKey.get(k)?.mergedInto;
    if (!next || seen.has(next)) return k;
    seen.add(k);
    k = next;
  }
}

/** The stored topic a cluster reads like, if any: the most similar at or above KEEP_SIMILARITY. */
function matchStored(stems: readonly string[], stored: readonly StoredTopic[]): StoredTopic | null {
  let best: StoredTopic | null = null;
  let bestSim = KEEP_SIMILARITY - 1e-9;
  for (const s of stored) {
    if (!s.stems.length) continue;
    const sim = stemSimilarity(stems, s.stems);
    if (sim > bestSim || (sim === bestSim && best !== null && s.key < best.key)) {
      bestSim = sim;
      best = s;
    }
  }
  return best;
}

/** A label in the reader's language where the cluster has two words of it, topped up with the other language's. */
function wordsLabel(c: Cluster): Trilingual {
  const pick = (own: string[], ...others: string[][]) =>
    own.length >= 2 ? own : [...own, ...others.flat().filter((w) => !own.includes(w))].slice(0, 3);
  const kk = pick(c.words.kk, c.words.ru, c.words.en);
  const ru = pick(c.words.ru, c.words.kk, c.words.en);
  const en = pick(c.words.en, c.words.ru, c.words.kk);
  const join = (w: string[]) => w.join(", ") || UNCLUSTERED_LABEL.en;
  return { kk: join(kk), ru: join(ru), en: join(en) };
}

/**
 * The quarter's topics: clusters named from the stored catalog, merged where the officer merged
 * them, sized by their items (duplicates included; `distinct` without them).
 */
export function nameTopics(
  clusters: readonly Cluster[],
  stored: readonly StoredTopic[],
  facts: ReadonlyMap<string, ItemFacts>,
): Topic[] {
  const byKey = new Map(stored.map((s) => [s.key, s]));
  const groups = new Map<string, { stems: string[]; label: Trilingual; itemIds: string[]; named: boolean }>();
  for (const c of clusters) {
    let key = clusterKey(c.stems);
    let label = c.stems.length ? wordsLabel(c) : UNCLUSTERED_LABEL;
    let named = false;
    if (c.stems.length) {
      const hit = byKey.get(key) ?? matchStored(c.stems, stored);
      if (hit) key = resolveKey(hit.key, byKey);
      const shown = byKey.get(key);
      if (shown?.name) {
        label = shown.name;
        named = true;
      }
    }
    const g = groups.get(key);
    if (g) g.itemIds.push(...c.itemIds);
    else groups.set(key, { stems: [...c.stems], label, itemIds: [...c.itemIds], named });
  }
  const topics: Topic[] = [];
  for (const [key, g] of groups) {
    const counts = new Map<TopicCategory, number>();
    let negative = 0;
    let distinct = 0;
    for (const id of g.itemIds) {
      const f = facts.get(id);
      if (!f) continue;
      counts.set(f.category, (counts.get(f.category) ?? 0) + 1);
      if (f.sentiment === "negative") negative++;
      if (f.duplicateOf === null) distinct++;
    }
    const category =
      key === UNCLUSTERED_KEY
        ? "other"
        : ([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? "other");
    topics.push({
      key,
      category,
      label: g.label,
      terms: { kk: [], ru: [], en: [] },
      stems: g.stems,
      named: g.named,
      size: g.itemIds.length,
      distinct,
      negativeShare: g.itemIds.length ? negative / g.itemIds.length : 0,
      itemIds: g.itemIds,
    });
  }
  return topics.sort((a, b) => b.size - a.size || a.key.localeCompare(b.key));
}

/**
 * The previous quarter's topics re-keyed onto this quarter's where they read alike, so a topic that
 * nobody named still shows its trend rather than «new» and «gone» at once.
 */
export function alignPrevious(previous: readonly Topic[], current: readonly Topic[]): Topic[] {
  const currentKeys = new Set(current.map((t) => t.key));
  const merged = new Map<string, Topic>();
  for (const p of previous) {
    let key = p.key;
    if (!currentKeys.has(key) && p.stems?.length && key !== UNCLUSTERED_KEY) {
      let bestSim = KEEP_SIMILARITY - 1e-9;
      for (const c of current) {
        if (!c.stems?.length) continue;
        const sim = stemSimilarity(p.stems, c.stems);
        if (sim > bestSim) {
          bestSim = sim;
          key = c.key;
        }
      }
    }
    const m = merged.get(key);
    if (m) {
      const size = m.size + p.size;
      merged.set(key, {
        ...m,
        size,
        distinct: m.distinct + p.distinct,
        negativeShare: size ? (m.negativeShare * m.size + p.negativeShare * p.size) / size : 0,
        itemIds: [...m.itemIds, ...p.itemIds],
      });
    } else merged.set(key, { ...p, key });
  }
  return [...merged.values()];
}
