/**
 * Hashed sparse features shared by every trained labeller: word stems, stem bigrams, character
 * 3- and 4-grams of each word (with word boundaries — they carry Kazakh suffixes such as the
 * negation -ма-/-ме- of «ұнамады» and Russian endings the stemmers remove), the text's language,
 * "?" / "!" / digits and a length bucket. On KazSAnDRA, 2–5-grams (175 features a review) scored
 * no better than 3–4-grams (101) — within 0.2 points — at almost twice the inference cost. Hashing into a fixed space keeps models small and inference allocation-light;
 * values are counts scaled by 1/sqrt(total) so long and short texts weigh alike.
 */
import type { PreparedText } from "./prepare-text.ts";

// 2^18 buckets: trained on ~60,000 real reviews the n-grams fill most of them (2^16 collided
// heavily); the dense sentiment table (3 float32 a bucket, 3 MiB) stays within a core's L2/L3.
const FEATURE_BITS = 18;
/** Character n-gram orders taken from each word (with its boundaries). */
const CHAR_NGRAM_MIN = 3;
const CHAR_NGRAM_MAX = 4;
export const FEATURE_BUCKETS = 1 << FEATURE_BITS;
const MASK = FEATURE_BUCKETS - 1;

export interface FeatureVector {
  idx: Int32Array;
  val: Float32Array;
}

function hashString(seed: number, s: string): number {
  return finish(fnv((2166136261 ^ seed) >>> 0, s));
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
export interface FeatureBuffer {
  idx: Int32Array;
  val: Float32Array;
  n: number;
}

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

// Two-pass radix sort (9 bits a pass) of the 18-bit bucket numbers: for a text's ~100–800 features
// it is several times faster than TypedArray.prototype.sort, and the order (ascending) is the same.
const RADIX_BITS = 9;
const RADIX = 1 << RADIX_BITS;
if (FEATURE_BITS > 2 * RADIX_BITS || FEATURE_BITS <= RADIX_BITS)
  throw new Error("sortBuckets sorts in exactly two passes: RADIX_BITS < FEATURE_BITS <= 2 * RADIX_BITS");
let sortBuffer = new Int32Array(4096);
const counts = new Int32Array(RADIX);

function sortBuckets(keys: Int32Array, count: number): Int32Array {
  if (sortBuffer.length < keys.length) sortBuffer = new Int32Array(keys.length);
  let from = keys;
  let to: Int32Array = sortBuffer;
  for (let shift = 0; shift < FEATURE_BITS; shift += RADIX_BITS) {
    counts.fill(0);
    for (let i = 0; i < count; i++) counts[(from[i]! >>> shift) & (RADIX - 1)]!++;
    let sum = 0;
    for (let b = 0; b < RADIX; b++) {
      const c = counts[b]!;
      counts[b] = sum;
      sum += c;
    }
    for (let i = 0; i < count; i++) {
      const v = from[i]!;
      to[counts[(v >>> shift) & (RADIX - 1)]!++] = v;
    }
    const t = from;
    from = to;
    to = t;
  }
  return from; // after an even number of passes: keys again
}

/** Like extractFeatures, into a reused buffer (grown when needed): no allocation per text. */
export function extractFeaturesInto(p: PreparedText, rawText: string, out: FeatureBuffer): FeatureBuffer {
  const { stems, words } = p;
  // Room for every feature up front (per word: stem, bigram and, for each of the word's padded
  // positions, one n-gram per order; 5 meta), so the loops below write without checks.
  const ORDERS = CHAR_NGRAM_MAX - CHAR_NGRAM_MIN + 1;
  let bound = 5;
  for (let i = 0; i < words.length; i++) bound += (words[i]!.length + 2) * ORDERS + 2;
  if (scratch.length < bound) scratch = new Int32Array(bound * 2);
  const buf = scratch;
  let n = 0;
  let prevHash = 0;
  for (let i = 0; i < stems.length; i++) {
    const stem = stems[i]!;
    buf[n++] = hashString(SEED_STEM, stem) & MASK;
    if (i > 0 && stems[i - 1] !== "") buf[n++] = finish(fnv(Math.imul(prevHash ^ SPACE, 16777619), stem)) & MASK;
    prevHash = fnv((2166136261 ^ SEED_BIGRAM) >>> 0, stem);
    const w = words[i]!;
    // char n-grams of " word " (the spaces mark the word's edges): from each start, one hash
    // extended a character at a time, emitted at every order from CHAR_NGRAM_MIN to CHAR_NGRAM_MAX.
    // A lone space is no n-gram, so the last start is the final letter.
    const padded = w.length + 2;
    for (let s = 0; s < padded - 1; s++) {
      let h = (2166136261 ^ SEED_CHAR) >>> 0;
      const end = Math.min(padded, s + CHAR_NGRAM_MAX);
      for (let e = s; e < end; e++) {
        const c = e === 0 || e === padded - 1 ? SPACE : w.charCodeAt(e - 1);
        h = Math.imul(h ^ c, 16777619);
        if (e - s + 1 >= CHAR_NGRAM_MIN) buf[n++] = finish(h) & MASK;
      }
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
  [
    "lang:kk",
    "lang:ru",
    "lang:en",
    "lang:mixed",
    "lang:und",
    "?",
    "!",
    "digit",
    "len:0",
    "len:1",
    "len:2",
    "len:3",
  ].map((k) => [k, hashString(SEED_META, k)]),
);
// Looked up without building "lang:…" / "len:…" strings for every text.
const LANG_META = new Map(["kk", "ru", "en", "mixed", "und"].map((l) => [l, META[`lang:${l}`]!]));
const LEN_META = [0, 1, 2, 3].map((b) => META[`len:${b}`]!);
