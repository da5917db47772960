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
  return finish(fnv(((2166136261 ^ seed) >>> 0), s));
}

// FNV-1a in two steps, so a bigram hashes as prev + " " + stem without building that string.
function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h;
}

function finish(h: number): number {
  return (h ^ (h >>> 15)) >>> 0;
}

const SEED_STEM = 0x51;
const SEED_BIGRAM = 0x7b;
const SEED_CHAR = 0x2c9;
const SEED_META = 0x3f1;
const SPACE = 32;

/** Reusable output of extractFeaturesInto: the first `n` entries of idx/val are the features. */
export interface FeatureBuffer { idx: Int32Array; val: Float32Array; n: number }

export function createFeatureBuffer(): FeatureBuffer {
  return { idx: new Int32Array(512), val: new Float32Array(512), n: 0 };
}

// Reused scratch buffer: features are collected as hashes, sorted, and run-length counted, which is
// several times faster than a Map for the ~100–300 features of a text.
let scratch = new Int32Array(4096);

const shared = createFeatureBuffer();

/** The features of a prepared text as a fresh vector (what trained labellers receive). */
export function extractFeatures(p: PreparedText, rawText: string): FeatureVector {
  const out = extractFeaturesInto(p, rawText, shared);
  return { idx: out.idx.slice(0, out.n), val: out.val.slice(0, out.n) };
}

// Two-pass radix sort of the 16-bit bucket numbers: for a text's ~100–300 features it is several
// times faster than TypedArray.prototype.sort, and the order (ascending) is the same.
let sortBuffer = new Int32Array(4096);
const counts = new Int32Array(256);

function sortBuckets(keys: Int32Array, count: number): Int32Array {
  if (sortBuffer.length < keys.length) sortBuffer = new Int32Array(keys.length);
  let from = keys;
  let to: Int32Array = sortBuffer;
  for (let shift = 0; shift < FEATURE_BITS; shift += 8) {
    counts.fill(0);
    for (let i = 0; i < count; i++) counts[(from[i]! >>> shift) & 255]!++;
    let sum = 0;
    for (let b = 0; b < 256; b++) { const c = counts[b]!; counts[b] = sum; sum += c; }
    for (let i = 0; i < count; i++) { const v = from[i]!; to[counts[(v >>> shift) & 255]!++] = v; }
    const t = from;
    from = to;
    to = t;
  }
  return from; // after an even number of passes: keys again
}

/** Like extractFeatures, into a reused buffer (grown when needed): no allocation per text. */
export function extractFeaturesInto(p: PreparedText, rawText: string, out: FeatureBuffer): FeatureBuffer {
  const { stems, words } = p;
  // Room for every feature up front (per word: stem, bigram, length + 1 char 3-grams; 5 meta), so
  // the loops below write without checks.
  let bound = 5;
  for (let i = 0; i < words.length; i++) bound += words[i]!.length + 3;
  if (scratch.length < bound) scratch = new Int32Array(bound * 2);
  const buf = scratch;
  let n = 0;
  let prevHash = 0;
  for (let i = 0; i < stems.length; i++) {
    const stem = stems[i]!;
    buf[n++] = hashString(SEED_STEM, stem) & MASK;
    if (i > 0 && stems[i - 1] !== "") buf[n++] = finish(fnv(Math.imul(prevHash ^ SPACE, 16777619), stem)) & MASK;
    prevHash = fnv(((2166136261 ^ SEED_BIGRAM) >>> 0), stem);
    const w = words[i]!;
    // char 3-grams of " word " (the spaces mark the word's edges), sliding one character at a time
    let a = SPACE;
    let b = w.charCodeAt(0);
    for (let j = 1; j <= w.length; j++) {
      const c = j < w.length ? w.charCodeAt(j) : SPACE;
      let h = (2166136261 ^ SEED_CHAR) >>> 0;
      h = Math.imul(h ^ a, 16777619);
      h = Math.imul(h ^ b, 16777619);
      h = Math.imul(h ^ c, 16777619);
      buf[n++] = finish(h) & MASK;
      a = b;
      b = c;
    }
  }
  buf[n++] = (LANG_META.get(p.language.lang) ?? hashString(SEED_META, "lang:" + p.language.lang)) & MASK;
  if (rawText.includes("?")) buf[n++] = META["?"]! & MASK;
  if (rawText.includes("!")) buf[n++] = META["!"]! & MASK;
  if (/\d|№/u.test(rawText)) buf[n++] = META.digit! & MASK;
  const wordCount = words.length;
  buf[n++] = LEN_META[wordCount <= 3 ? 0 : wordCount <= 8 ? 1 : wordCount <= 15 ? 2 : 3]! & MASK;
  const sorted = sortBuckets(scratch, n);
  if (out.idx.length < n) {
    out.idx = new Int32Array(n * 2);
    out.val = new Float32Array(n * 2);
  }
  const { idx, val } = out;
  // float32 accumulation, as into a fresh Float32Array: the values are part of the model contract
  const scale = n ? 1 / Math.sqrt(n) : 0;
  let k = -1;
  for (let i = 0; i < n; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) {
      idx[++k] = sorted[i]!;
      val[k] = 0;
    }
    val[k]! += scale;
  }
  out.n = k + 1;
  return out;
}

const META: Record<string, number> = Object.fromEntries(
  ["lang:kk", "lang:ru", "lang:en", "lang:mixed", "lang:und", "?", "!", "digit", "len:0", "len:1", "len:2", "len:3"].map((k) => [k, hashString(SEED_META, k)]),
);
// Looked up without building "lang:…" / "len:…" strings for every text.
const LANG_META = new Map(["kk", "ru", "en", "mixed", "und"].map((l) => [l, META[`lang:${l}`]!]));
const LEN_META = [0, 1, 2, 3].map((b) => META[`len:${b}`]!);
