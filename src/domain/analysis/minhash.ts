/**
 * Exact and near-duplicate grouping for form-letter campaigns: MinHash signatures over character
 * 5-gram shingles, banded LSH to find candidates, and a check of the estimated Jaccard similarity.
 * Duplicates are never dropped: each item is either a group's first item (root) or points at it
 * (duplicateOf), and every group keeps its count.
 *
 * Streaming and one pass: items are compared with the roots seen before them, so the first item of
 * a campaign is its root and the result does not depend on anything after it. Memory per root is
 * its signature (16-bit values) and its band keys in an open-addressing table of typed arrays,
 * which keeps a million items in a few hundred megabytes at most.
 */

export interface MinHashOptions {
  /** Hash functions per signature; must equal bands × rows. */
  permutations: number;
  bands: number;
  /** Estimated Jaccard similarity at or above which an item joins a group. */
  threshold: number;
  /** Texts shorter than this (characters) only group when identical: "Спасибо!" is not a campaign. */
  minNearLength: number;
}

const DEFAULT_MINHASH: MinHashOptions = { permutations: 32, bands: 8, threshold: 0.6, minNearLength: 30 };

export interface DuplicateMatch {
  /** Id of the group's first item, or null when this item starts a group (or is unique). */
  duplicateOf: string | null;
  /** Estimated Jaccard similarity to that item (1 when exact). */
  similarity: number;
  exact: boolean;
}

const SHINGLE = 5;

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function textHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return fmix(h ^ s.length);
}

let shingles = new Uint32Array(1024);

/** MinHash signature of a canonical text (see canonicalForDuplicates), written into `out`. */
function minhashSignature(text: string, out: Uint32Array, seeds: Uint32Array): void {
  const n = Math.max(1, text.length - SHINGLE + 1);
  if (shingles.length < n) shingles = new Uint32Array(n * 2);
  const hashes = shingles;
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5;
    const end = Math.min(text.length, i + SHINGLE);
    for (let j = i; j < end; j++) h = Math.imul(h ^ text.charCodeAt(j), 16777619);
    hashes[i] = fmix(h);
  }
  // One multiply-xorshift per permutation (a cheap universal-style hash of the mixed shingle hash):
  // this loop is the whole cost of MinHash. Permutation-major order keeps each minimum in a
  // register instead of a load and store per shingle; the minima are the same in any order. The
  // unsigned values are compared as signed ones with the top bit flipped (same order), which keeps
  // the loop in 32-bit integer arithmetic.
  // Eight permutations per sweep: each shingle hash is loaded once for eight independent minima.
  let k = 0;
  const M = 0x9e3779b1;
  const F = 0x80000000;
  for (; k + 8 <= out.length; k += 8) {
    const s0 = seeds[k]!,
      s1 = seeds[k + 1]!,
      s2 = seeds[k + 2]!,
      s3 = seeds[k + 3]!;
    const s4 = seeds[k + 4]!,
      s5 = seeds[k + 5]!,
      s6 = seeds[k + 6]!,
      s7 = seeds[k + 7]!;
    let m0 = 0x7fffffff,
      m1 = m0,
      m2 = m0,
      m3 = m0,
      m4 = m0,
      m5 = m0,
      m6 = m0,
      m7 = m0;
    for (let i = 0; i < n; i++) {
      const h = hashes[i]!;
      const v0 = Math.imul(h ^ s0, M),
        v1 = Math.imul(h ^ s1, M),
        v2 = Math.imul(h ^ s2, M),
        v3 = Math.imul(h ^ s3, M);
      const v4 = Math.imul(h ^ s4, M),
        v5 = Math.imul(h ^ s5, M),
        v6 = Math.imul(h ^ s6, M),
        v7 = Math.imul(h ^ s7, M);
      const f0 = v0 ^ (v0 >>> 15) ^ F,
        f1 = v1 ^ (v1 >>> 15) ^ F,
        f2 = v2 ^ (v2 >>> 15) ^ F,
        f3 = v3 ^ (v3 >>> 15) ^ F;
      const f4 = v4 ^ (v4 >>> 15) ^ F,
        f5 = v5 ^ (v5 >>> 15) ^ F,
        f6 = v6 ^ (v6 >>> 15) ^ F,
        f7 = v7 ^ (v7 >>> 15) ^ F;
      if (f0 < m0) m0 = f0;
      if (f1 < m1) m1 = f1;
      if (f2 < m2) m2 = f2;
      if (f3 < m3) m3 = f3;
      if (f4 < m4) m4 = f4;
      if (f5 < m5) m5 = f5;
      if (f6 < m6) m6 = f6;
      if (f7 < m7) m7 = f7;
    }
    out[k] = (m0 ^ F) >>> 0;
    out[k + 1] = (m1 ^ F) >>> 0;
    out[k + 2] = (m2 ^ F) >>> 0;
    out[k + 3] = (m3 ^ F) >>> 0;
    out[k + 4] = (m4 ^ F) >>> 0;
    out[k + 5] = (m5 ^ F) >>> 0;
    out[k + 6] = (m6 ^ F) >>> 0;
    out[k + 7] = (m7 ^ F) >>> 0;
  }
  for (; k < out.length; k++) {
    const seed = seeds[k]!;
    let min = 0x7fffffff;
    for (let i = 0; i < n; i++) {
      const v = Math.imul(hashes[i]! ^ seed, 0x9e3779b1);
      const flipped = v ^ (v >>> 15) ^ 0x80000000;
      if (flipped < min) min = flipped;
    }
    out[k] = (min ^ 0x80000000) >>> 0;
  }
}

function makeSeeds(count: number): Uint32Array {
  const seeds = new Uint32Array(count);
  let x = 0x9e3779b9;
  for (let k = 0; k < count; k++) {
    x = fmix(x + 0x6d2b79f5);
    seeds[k] = x;
  }
  return seeds;
}

export interface CampaignGroup {
  rootId: string;
  size: number;
}

export class CampaignGrouper {
  private readonly opts: MinHashOptions;
  private readonly rows: number;
  private readonly seeds: Uint32Array;
  private readonly sig: Uint32Array;
  private rootIds: string[] = [];
  private rootSig = new Uint16Array(1024 * 32);
  private rootHash = new Uint32Array(1024);
  private rootLen = new Int32Array(1024);
  private rootSize = new Int32Array(1024);
  private tableKeys = new Uint32Array(1 << 16);
  private tableVals = new Int32Array(1 << 16); // root index + 1; 0 = empty
  private tableUsed = 0;
  private readonly bandKeys: Uint32Array;

  constructor(options: Partial<MinHashOptions> = {}) {
    this.opts = { ...DEFAULT_MINHASH, ...options };
    if (this.opts.permutations % this.opts.bands !== 0) throw new Error("permutations must be a multiple of bands");
    this.rows = this.opts.permutations / this.opts.bands;
    this.seeds = makeSeeds(this.opts.permutations);
    this.sig = new Uint32Array(this.opts.permutations);
    this.bandKeys = new Uint32Array(this.opts.bands);
    this.rootSig = new Uint16Array(1024 * this.opts.permutations);
  }

  /** Adds one item (its canonical text) and says which earlier group it joins, if any. */
  add(id: string, canonical: string): DuplicateMatch {
    const { permutations: P, bands: B } = this.opts;
    minhashSignature(canonical, this.sig, this.seeds);
    const hash = textHash(canonical);
    const near = canonical.length >= this.opts.minNearLength;
    for (let b = 0; b < B; b++) {
      let h = fmix(0x1234567 + b);
      for (let r = 0; r < this.rows; r++) h = fmix(h ^ this.sig[b * this.rows + r]!);
      this.bandKeys[b] = h;
    }
    let best = -1;
    let bestAgree = -1;
    for (let b = 0; b < B; b++) {
      const root = this.lookup(this.bandKeys[b]!);
      if (root < 0 || root === best) continue;
      let agree = 0;
      const base = root * P;
      for (let k = 0; k < P; k++) if (this.rootSig[base + k] === (this.sig[k]! & 0xffff)) agree++;
      if (agree > bestAgree) {
        bestAgree = agree;
        best = root;
      }
    }
    if (best >= 0) {
      const exact = this.rootHash[best] === hash && this.rootLen[best] === canonical.length && bestAgree === P;
      const similarity = bestAgree / P;
      if (exact || (near && this.rootLen[best]! >= this.opts.minNearLength && similarity >= this.opts.threshold)) {
        this.rootSize[best]!++;
        return { duplicateOf: this.rootIds[best]!, similarity: exact ? 1 : similarity, exact };
      }
    }
    this.addRoot(id, hash, canonical.length);
    return { duplicateOf: null, similarity: 0, exact: false };
  }

  /** Groups with two or more items, in the order their first items arrived. */
  groups(): CampaignGroup[] {
    const out: CampaignGroup[] = [];
    for (let r = 0; r < this.rootIds.length; r++)
      if (this.rootSize[r]! > 1) out.push({ rootId: this.rootIds[r]!, size: this.rootSize[r]! });
    return out;
  }

  private addRoot(id: string, hash: number, length: number): void {
    const r = this.rootIds.length;
    const P = this.opts.permutations;
    if (r >= this.rootHash.length) {
      const cap = this.rootHash.length * 2;
      this.rootHash = grow(this.rootHash, new Uint32Array(cap));
      this.rootLen = grow(this.rootLen, new Int32Array(cap));
      this.rootSize = grow(this.rootSize, new Int32Array(cap));
      this.rootSig = grow(this.rootSig, new Uint16Array(cap * P));
    }
    this.rootIds.push(id);
    this.rootHash[r] = hash;
    this.rootLen[r] = length;
    this.rootSize[r] = 1;
    for (let k = 0; k < P; k++) this.rootSig[r * P + k] = this.sig[k]! & 0xffff;
    for (let b = 0; b < this.opts.bands; b++) this.insert(this.bandKeys[b]!, r);
  }

  private lookup(key: number): number {
    const mask = this.tableKeys.length - 1;
    for (let i = key & mask; ; i = (i + 1) & mask) {
      const v = this.tableVals[i]!;
      if (v === 0) return -1;
      if (this.tableKeys[i] === key) return v - 1;
    }
  }

  /** First root wins a band bucket: later roots stay reachable through their other bands. */
  private insert(key: number, root: number): void {
    if ((this.tableUsed + 1) * 2 > this.tableKeys.length) this.rehash();
    const mask = this.tableKeys.length - 1;
    for (let i = key & mask; ; i = (i + 1) & mask) {
      if (this.tableVals[i] === 0) {
        this.tableKeys[i] = key;
        this.tableVals[i] = root + 1;
        this.tableUsed++;
        return;
      }
      if (this.tableKeys[i] === key) return;
    }
  }

  private rehash(): void {
    const keys = this.tableKeys;
    const vals = this.tableVals;
    this.tableKeys = new Uint32Array(keys.length * 2);
    this.tableVals = new Int32Array(vals.length * 2);
    this.tableUsed = 0;
    for (let i = 0; i < keys.length; i++) if (vals[i] !== 0) this.insert(keys[i]!, vals[i]! - 1);
  }
}

function grow<T extends Uint32Array | Int32Array | Uint16Array>(old: T, next: T): T {
  next.set(old);
  return next;
}
