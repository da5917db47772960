/**
 * Hashed sparse features shared by every trained labeller: word stems, stem bigrams, character
 * 3-grams of each word (with word boundaries — they carry Kazakh suffixes and Russian endings the
 * stemmers remove), the text's language, "?" / "!" / digits and a length bucket. Hashing into a
 * fixed space keeps models small and inference allocation-light; values are counts scaled by
 * 1/sqrt(total) so long and short texts weigh alike.
 */
import type { PreparedText } from "./prepare-text.ts";

// 2^16 buckets: the training sets use ~7,000 features, so collisions are rare, and the index stays
// small enough for the CPU cache (inference speed is bound by memory access, not arithmetic).
export const FEATURE_BITS = 16;
export const FEATURE_BUCKETS = 1 << FEATURE_BITS;
const MASK = FEATURE_BUCKETS - 1;

export interface FeatureVector { idx: Int32Array; val: Float32Array }

function hashString(seed: number, s: string): number {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h ^ (h >>> 15)) >>> 0;
}

const SEED_STEM = 0x51;
const SEED_BIGRAM = 0x7b;
const SEED_CHAR = 0x2c9;
const SEED_META = 0x3f1;

// Reused scratch buffer: features are collected as hashes, sorted, and run-length counted, which is
// several times faster than a Map for the ~100–300 features of a text.
let scratch = new Int32Array(4096);

export function extractFeatures(p: PreparedText, rawText: string): FeatureVector {
  let n = 0;
  const add = (h: number) => {
    if (n === scratch.length) {
      const bigger = new Int32Array(scratch.length * 2);
      bigger.set(scratch);
      scratch = bigger;
    }
    scratch[n++] = h & MASK;
  };
  let prev = "";
  for (let i = 0; i < p.stems.length; i++) {
    const stem = p.stems[i]!;
    add(hashString(SEED_STEM, stem));
    if (prev) add(hashString(SEED_BIGRAM, prev + " " + stem));
    prev = stem;
    const w = p.words[i]!;
    // char 3-grams of " word " (the spaces mark the word's edges)
    for (let j = -1; j + 2 <= w.length; j++) {
      const a = j < 0 ? 32 : w.charCodeAt(j);
      const b = j + 1 < w.length ? w.charCodeAt(j + 1) : 32;
      const c = j + 2 < w.length ? w.charCodeAt(j + 2) : 32;
      let h = (2166136261 ^ SEED_CHAR) >>> 0;
      h = Math.imul(h ^ a, 16777619);
      h = Math.imul(h ^ b, 16777619);
      h = Math.imul(h ^ c, 16777619);
      add((h ^ (h >>> 15)) >>> 0);
    }
  }
  add(META[`lang:${p.language.lang}`] ?? hashString(SEED_META, "lang:" + p.language.lang));
  if (rawText.includes("?")) add(META["?"]!);
  if (rawText.includes("!")) add(META["!"]!);
  if (/\d|№/u.test(rawText)) add(META.digit!);
  const words = p.words.length;
  add(META[`len:${words <= 3 ? 0 : words <= 8 ? 1 : words <= 15 ? 2 : 3}`]!);
  const sorted = scratch.subarray(0, n).sort();
  let distinct = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  const idx = new Int32Array(distinct);
  const val = new Float32Array(distinct);
  const scale = n ? 1 / Math.sqrt(n) : 0;
  let k = -1;
  for (let i = 0; i < n; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) idx[++k] = sorted[i]!;
    val[k]! += scale;
  }
  return { idx, val };
}

const META: Record<string, number> = Object.fromEntries(
  ["lang:kk", "lang:ru", "lang:en", "lang:mixed", "lang:und", "?", "!", "digit", "len:0", "len:1", "len:2", "len:3"].map((k) => [k, hashString(SEED_META, k)]),
);
