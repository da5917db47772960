/**
 * Topics from the body's own quarter (§14, §17; issue 16): the quarter's items are clustered by what
 * they say, not sorted into fixed city categories — appeals to a ministry of finance cluster around
 * taxes, a city's around stairwells and roads. Deterministic: TF-IDF over content stems (stop words
 * and redaction placeholders already removed by contentStems), L2-normalised, spherical k-means with
 * k-means++ seeding from a fixed seed, ties broken by index. Campaign duplicates are not clustered
 * (a campaign of 300 copies would pull a centroid onto itself) but follow their root into its topic
 * and count in its size. Labels are the cluster's top terms in Kazakh and Russian, surface words,
 * never a placeholder.
 */
import { createRng } from "../random.ts";
import type { WordLanguage } from "./detect-language.ts";
import { isRedactionPlaceholder } from "./prepare-text.ts";

export interface ClusterItem {
  id: string;
  terms: readonly { stem: string; word: string; lang: WordLanguage }[];
  duplicateOf: string | null;
}

export interface Cluster {
  /** The cluster's top stems, strongest first: what a stored topic is matched on next quarter. */
  stems: string[];
  /** Most frequent surface word of the top stems, per language (kk/ru; en kept for English texts). */
  words: Record<WordLanguage, string[]>;
  itemIds: string[];
}

export interface ClusterOptions {
  /** Number of clusters before small ones dissolve; default ⌈√items⌉ between 2 and maxClusters. */
  k?: number;
  maxClusters: number;
  /** A stem must occur in this many items to be a feature. */
  minDf: number;
  /** A stem in more than this share of items separates nothing. */
  maxDfShare: number;
  maxFeatures: number;
  /** Clusters smaller than this are dissolved into their nearest neighbour. */
  minClusterSize: number;
  iterations: number;
  seed: number;
  stemsKept: number;
  wordsPerLanguage: number;
}

const CLUSTER_DEFAULTS: ClusterOptions = {
  maxClusters: 24,
  minDf: 2,
  maxDfShare: 0.4,
  maxFeatures: 4000,
  minClusterSize: 2,
  iterations: 25,
  seed: 17,
  stemsKept: 8,
  wordsPerLanguage: 3,
};

interface SparseVec {
  idx: Int32Array;
  val: Float64Array;
}

/**
 * Clusters the items. Items with no feature stem (empty or one-off wording) form a last cluster with
 * no stems, so every item is in exactly one cluster and the sizes add up to the items given.
 */
export function clusterItems(items: readonly ClusterItem[], options: Partial<ClusterOptions> = {}): Cluster[] {
  const opts = { ...CLUSTER_DEFAULTS, ...options };
  const byId = new Map(items.map((it) => [it.id, it]));
  // A duplicate whose root is not in the set is clustered as an item of its own.
  const roots = items.filter((it) => it.duplicateOf === null || !byId.has(it.duplicateOf));
  // A root weighs 1 + its copies in the vocabulary and in "too small": a campaign of 20 letters is a
  // topic of 20 items even though its words are in one distinct text.
  const weightOf = new Map(roots.map((r) => [r.id, 1]));
  for (const it of items)
    if (it.duplicateOf !== null && weightOf.has(it.duplicateOf))
      weightOf.set(it.duplicateOf, weightOf.get(it.duplicateOf)! + 1);
  const weights = roots.map((r) => weightOf.get(r.id)!);
  const vocabulary = chooseVocabulary(roots, weights, opts);
  const vectors = roots.map((it) => vectorise(it, vocabulary.index, vocabulary.idf));
  const withFeatures: number[] = [];
  const without: number[] = [];
  for (let i = 0; i < vectors.length; i++) (vectors[i]!.idx.length ? withFeatures : without).push(i);

  const dims = vocabulary.stems.length;
  const k = Math.max(
    1,
    Math.min(
      opts.k ?? Math.max(2, Math.min(opts.maxClusters, Math.ceil(Math.sqrt(withFeatures.length)))),
      withFeatures.length,
    ),
  );
  const assignment = new Int32Array(roots.length).fill(-1);
  let centroids: Float64Array[] = [];
  if (withFeatures.length) {
    centroids = seedCentroids(
      withFeatures.map((i) => vectors[i]!),
      withFeatures.map((i) => weights[i]!),
      k,
      dims,
      opts.seed,
    );
    for (let round = 0; round < opts.iterations; round++) {
      let moved = 0;
      for (const i of withFeatures) {
        const best = nearest(vectors[i]!, centroids, -1);
        if (assignment[i] !== best) moved++;
        assignment[i] = best;
      }
      centroids = recompute(withFeatures, vectors, assignment, centroids.length, dims);
      if (moved === 0) break;
    }
    dissolveSmall(withFeatures, vectors, weights, assignment, centroids, opts.minClusterSize, dims);
    // An item sharing no feature with its cluster's centre was put there only because it had to go somewhere.
    for (let n = withFeatures.length - 1; n >= 0; n--) {
      const i = withFeatures[n]!;
      if (dot(vectors[i]!, centroids[assignment[i]!]!) <= 1e-9) {
        without.push(i);
        withFeatures.splice(n, 1);
      }
    }
    without.sort((a, b) => a - b);
  }

  const members: number[][] = centroids.map(() => []);
  for (const i of withFeatures) members[assignment[i]!]!.push(i);
  const clusters: Cluster[] = [];
  for (let c = 0; c < members.length; c++) {
    if (!members[c]!.length) continue;
    clusters.push(describe(members[c]!, centroids[c]!, roots, vocabulary.stems, opts));
  }
  if (without.length) clusters.push(describe(without, null, roots, vocabulary.stems, opts));

  // Duplicates join their root's cluster.
  const clusterOf = new Map<string, Cluster>();
  for (const cl of clusters) for (const id of cl.itemIds) clusterOf.set(id, cl);
  for (const it of items) {
    if (clusterOf.has(it.id)) continue;
    const home = clusterOf.get(it.duplicateOf!);
    if (home) home.itemIds.push(it.id);
  }
  return mergeSameLabel(clusters).sort(
    (a, b) => b.itemIds.length - a.itemIds.length || a.stems.join(" ").localeCompare(b.stems.join(" ")),
  );
}

/** Below this many distinct texts a word common to all of them still separates them from nothing else: no upper df cut. */
const MAX_DF_FROM = 20;

function chooseVocabulary(items: readonly ClusterItem[], weights: readonly number[], opts: ClusterOptions) {
  // Weighted (copies count) for "frequent enough", distinct texts for "too common to separate".
  const df = new Map<string, number>();
  const distinct = new Map<string, number>();
  let total = 0;
  items.forEach((it, i) => {
    total += weights[i]!;
    for (const s of new Set(it.terms.filter((t) => !isRedactionPlaceholder(t.word)).map((t) => t.stem))) {
      df.set(s, (df.get(s) ?? 0) + weights[i]!);
      distinct.set(s, (distinct.get(s) ?? 0) + 1);
    }
  });
  const maxDf =
    items.length < MAX_DF_FROM ? items.length : Math.max(opts.minDf, Math.floor(opts.maxDfShare * items.length));
  const stems = [...df]
    .filter(([s, n]) => n >= opts.minDf && distinct.get(s)! <= maxDf && s.length >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, opts.maxFeatures)
    .map(([s]) => s)
    .sort();
  const index = new Map(stems.map((s, i) => [s, i]));
  const idf = new Float64Array(stems.length);
  stems.forEach((s, i) => {
    idf[i] = Math.log((1 + total) / (1 + df.get(s)!)) + 1;
  });
  return { stems, index, idf };
}

function vectorise(it: ClusterItem, index: Map<string, number>, idf: Float64Array): SparseVec {
  const tf = new Map<number, number>();
  for (const t of it.terms) {
    const j = index.get(t.stem);
    if (j !== undefined && !isRedactionPlaceholder(t.word)) tf.set(j, (tf.get(j) ?? 0) + 1);
  }
  const idx = Int32Array.from([...tf.keys()].sort((a, b) => a - b));
  const val = new Float64Array(idx.length);
  let norm = 0;
  idx.forEach((j, n) => {
    val[n] = (1 + Math.log(tf.get(j)!)) * idf[j]!;
    norm += val[n]! * val[n]!;
  });
  norm = Math.sqrt(norm) || 1;
  for (let n = 0; n < val.length; n++) val[n]! /= norm;
  return { idx, val };
}

const dot = (v: SparseVec, c: Float64Array) => {
  let s = 0;
  for (let n = 0; n < v.idx.length; n++) s += v.val[n]! * c[v.idx[n]!]!;
  return s;
};

function nearest(v: SparseVec, centroids: readonly Float64Array[], skip: number): number {
  let best = -1;
  let bestSim = -Infinity;
  for (let c = 0; c < centroids.length; c++) {
    if (c === skip) continue;
    const sim = dot(v, centroids[c]!);
    if (sim > bestSim) {
      bestSim = sim;
      best = c;
    }
  }
  return best;
}

function dense(v: SparseVec, dims: number): Float64Array {
  const c = new Float64Array(dims);
  for (let n = 0; n < v.idx.length; n++) c[v.idx[n]!] = v.val[n]!;
  return c;
}

/**
 * k-means++ on cosine distance (1 − similarity), from a seeded generator: same input, same seeds.
 * A text weighs as many items as it stands for (its campaign's copies), so a large campaign seeds its own topic.
 */
function seedCentroids(
  vectors: readonly SparseVec[],
  weights: readonly number[],
  k: number,
  dims: number,
  seed: number,
): Float64Array[] {
  const rng = createRng(seed);
  const centroids = [dense(vectors[Math.floor(rng() * vectors.length)]!, dims)];
  const dist = vectors.map((v) => 1 - dot(v, centroids[0]!));
  while (centroids.length < k) {
    const total = dist.reduce((a, d, i) => a + Math.max(0, d) ** 2 * weights[i]!, 0);
    if (total <= 1e-12) break;
    let r = rng() * total;
    let pick = vectors.length - 1;
    for (let i = 0; i < vectors.length; i++) {
      r -= Math.max(0, dist[i]!) ** 2 * weights[i]!;
      if (r <= 0) {
        pick = i;
        break;
      }
    }
    const c = dense(vectors[pick]!, dims);
    centroids.push(c);
    for (let i = 0; i < vectors.length; i++) dist[i] = Math.min(dist[i]!, 1 - dot(vectors[i]!, c));
  }
  return centroids;
}

function recompute(
  rows: readonly number[],
  vectors: readonly SparseVec[],
  assignment: Int32Array,
  k: number,
  dims: number,
): Float64Array[] {
  const sums = Array.from({ length: k }, () => new Float64Array(dims));
  for (const i of rows) {
    const v = vectors[i]!;
    const s = sums[assignment[i]!]!;
    for (let n = 0; n < v.idx.length; n++) s[v.idx[n]!]! += v.val[n]!;
  }
  for (const s of sums) {
    let norm = 0;
    for (let j = 0; j < dims; j++) norm += s[j]! * s[j]!;
    norm = Math.sqrt(norm);
    if (norm > 0) for (let j = 0; j < dims; j++) s[j]! /= norm;
  }
  return sums;
}

/** Clusters too small to name join their members' next-nearest cluster, smallest first. */
function dissolveSmall(
  rows: readonly number[],
  vectors: readonly SparseVec[],
  weights: readonly number[],
  assignment: Int32Array,
  centroids: Float64Array[],
  minSize: number,
  dims: number,
) {
  const alive = new Set(centroids.map((_, c) => c));
  for (;;) {
    const sizes = new Map<number, number>([...alive].map((c) => [c, 0]));
    for (const i of rows) sizes.set(assignment[i]!, sizes.get(assignment[i]!)! + weights[i]!);
    const small = [...sizes].filter(([, n]) => n < minSize).sort((a, b) => a[1] - b[1] || a[0] - b[0])[0];
    if (!small || alive.size <= 1) return;
    alive.delete(small[0]);
    const live = [...alive];
    for (const i of rows) {
      if (assignment[i] !== small[0]) continue;
      let best = live[0]!;
      let bestSim = -Infinity;
      for (const c of live) {
        const sim = dot(vectors[i]!, centroids[c]!);
        if (sim > bestSim) {
          bestSim = sim;
          best = c;
        }
      }
      assignment[i] = best;
    }
    const fresh = recompute(rows, vectors, assignment, centroids.length, dims);
    for (const c of live) centroids[c] = fresh[c]!;
    centroids[small[0]] = new Float64Array(dims);
  }
}

function describe(
  rows: readonly number[],
  centroid: Float64Array | null,
  items: readonly ClusterItem[],
  stems: readonly string[],
  opts: ClusterOptions,
): Cluster {
  const top: string[] = [];
  if (centroid) {
    const order = [...centroid.keys()].filter((j) => centroid[j]! > 0);
    order.sort((a, b) => centroid[b]! - centroid[a]! || (stems[a]! < stems[b]! ? -1 : 1));
    for (const j of order.slice(0, opts.stemsKept)) top.push(stems[j]!);
  }
  const wanted = new Set(top);
  const forms = new Map<string, Map<string, number>>();
  const langOf = new Map<string, Map<WordLanguage, number>>();
  for (const i of rows) {
    for (const t of items[i]!.terms) {
      if (!wanted.has(t.stem) || isRedactionPlaceholder(t.word)) continue;
      const f = forms.get(t.stem) ?? forms.set(t.stem, new Map()).get(t.stem)!;
      f.set(t.word, (f.get(t.word) ?? 0) + 1);
      const l = langOf.get(t.stem) ?? langOf.set(t.stem, new Map()).get(t.stem)!;
      l.set(t.lang, (l.get(t.lang) ?? 0) + 1);
    }
  }
  const words: Record<WordLanguage, string[]> = { kk: [], ru: [], en: [] };
  for (const s of top) {
    const f = forms.get(s);
    const l = langOf.get(s);
    if (!f || !l) continue;
    const lang = [...l].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    const word = [...f].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    if (words[lang].length < opts.wordsPerLanguage && !words[lang].includes(word)) words[lang].push(word);
  }
  return { stems: top, words, itemIds: rows.map((i) => items[i]!.id) };
}

/** Two clusters whose labels read the same would be one topic shown twice: they become one. */
function mergeSameLabel(clusters: Cluster[]): Cluster[] {
  const byLabel = new Map<string, Cluster>();
  for (const cl of clusters) {
    const label = `${cl.words.kk.join(",")}|${cl.words.ru.join(",")}|${cl.words.en.join(",")}`;
    const same = byLabel.get(label);
    if (same) same.itemIds.push(...cl.itemIds);
    else byLabel.set(label, cl);
  }
  return [...byLabel.values()];
}
