/**
 * Several linear models over the same hashed features, fused into one table: a bucket maps to one
 * row holding every model's weights side by side, so a feature costs one row lookup and one
 * contiguous read instead of one per model (inference is bound by memory access; four separate
 * 256 KiB bucket indexes did not fit the cache together).
 *
 * Models stored dense (every bucket has a row: sentiment trained on real reviews) keep their own
 * bucket-major table instead — fusing 2^18 of their rows with the others' would multiply the table
 * the small models read, and their own table needs no row lookup at all.
 *
 * Results are bit-for-bit those of compileLinearModel: the same float32 weights, summed in float64
 * in the same feature order, and the same softmax arithmetic for the winning label's confidence
 * (skipping an all-zero row only leaves out additions of zero).
 */
import { FEATURE_BUCKETS } from "./features.ts";
import { denseWeights, type LinearModelJson } from "./linear-model.ts";

export interface ModelSet {
  readonly models: readonly LinearModelJson[];
  /** Winning label index per model after predict(). */
  readonly best: Int32Array;
  /** Softmax probability of the winning label per model after predict(). */
  readonly confidence: Float64Array;
  /** Scores every model for the first n features of idx/val; results land in best and confidence. */
  predict(idx: Int32Array, val: Float32Array, n: number): void;
  /** Every label's probability for model m after predict() (for checks; allocates). */
  probabilities(m: number): number[];
}

/**
 * A set with a dense model and few labels in all (kind + sentiment: 6) becomes one dense table,
 * every bucket's weights of every model side by side: one memory access per feature instead of
 * three (the sparse index, the sparse rows, the dense table) — 6 MiB that the aim-scope pass reads.
 */
const DENSE_FUSE_MAX_LABELS = 8;

function compileDenseSet(
  models: readonly LinearModelJson[],
  offsets: Int32Array,
  dense: (Float32Array | null)[],
): ModelSet {
  const W = offsets[models.length]!;
  const table = new Float32Array(FEATURE_BUCKETS * W);
  models.forEach((m, i) => {
    const from = offsets[i]!;
    const L = m.labels.length;
    const d = dense[i];
    if (d) {
      for (let b = 0; b < FEATURE_BUCKETS; b++) for (let c = 0; c < L; c++) table[b * W + from + c] = d[b * L + c]!;
      return;
    }
    if (m.defaultRow) for (let b = 0; b < FEATURE_BUCKETS; b++) table.set(m.defaultRow, b * W + from);
    for (const [k, row] of Object.entries(m.weights)) table.set(row, Number(k) * W + from);
  });
  const bias = new Float64Array(W);
  models.forEach((m, i) => bias.set(m.bias, offsets[i]!));
  const scores = new Float64Array(W);
  const best = new Int32Array(models.length);
  const confidence = new Float64Array(models.length);
  return {
    models,
    best,
    confidence,
    predict(idx, val, n) {
      scores.set(bias);
      for (let i = 0; i < n; i++) {
        const base = idx[i]! * W;
        const v = val[i]!;
        for (let c = 0; c < W; c++) scores[c]! += table[base + c]! * v;
      }
      softmaxWinners(models.length, offsets, scores, best, confidence);
    },
    probabilities: (m) => softmaxOf(offsets, scores, m),
  };
}

function softmaxWinners(
  count: number,
  offsets: Int32Array,
  scores: Float64Array,
  best: Int32Array,
  confidence: Float64Array,
): void {
  for (let m = 0; m < count; m++) {
    const from = offsets[m]!;
    const to = offsets[m + 1]!;
    let max = -Infinity;
    let top = 0;
    for (let c = from; c < to; c++)
      if (scores[c]! > max) {
        max = scores[c]!;
        top = c - from;
      }
    let sum = 0;
    for (let c = from; c < to; c++) sum += Math.exp(scores[c]! - max);
    best[m] = top;
    confidence[m] = Math.exp(scores[from + top]! - max) / sum;
  }
}

function softmaxOf(offsets: Int32Array, scores: Float64Array, m: number): number[] {
  const from = offsets[m]!;
  const to = offsets[m + 1]!;
  let max = -Infinity;
  for (let c = from; c < to; c++) if (scores[c]! > max) max = scores[c]!;
  let sum = 0;
  for (let c = from; c < to; c++) sum += Math.exp(scores[c]! - max);
  const out: number[] = [];
  for (let c = from; c < to; c++) out.push(Math.exp(scores[c]! - max) / sum);
  return out;
}

export function compileModelSet(models: readonly LinearModelJson[]): ModelSet {
  for (const m of models) {
    if (m.buckets !== FEATURE_BUCKETS)
      throw new Error(`model ${m.name}: ${m.buckets} buckets, features use ${FEATURE_BUCKETS}`);
  }
  const offsets = new Int32Array(models.length + 1);
  models.forEach((m, i) => {
    offsets[i + 1] = offsets[i]! + m.labels.length;
  });
  const dense = models.map((m) => denseWeights(m));
  const totalLabels = offsets[models.length]!;
  if (dense.some(Boolean) && totalLabels <= DENSE_FUSE_MAX_LABELS) return compileDenseSet(models, offsets, dense);
  // The fused table holds the sparse models only, side by side: fusedAt[i] is model i's first
  // column there (-1 for a dense model).
  const fusedAt = new Int32Array(models.length).fill(-1);
  let W = 0;
  models.forEach((m, i) => {
    if (!dense[i]) {
      fusedAt[i] = W;
      W += m.labels.length;
    }
  });
  // Row 0 holds each model's default row (zeros for logistic regression): a bucket known to one
  // model but not another reads the other's default there, exactly as its own table would.
  let rowCount = 1;
  const known = new Set<number>();
  models.forEach((m, i) => {
    if (!dense[i]) for (const k of Object.keys(m.weights)) known.add(Number(k));
  });
  // 16-bit row numbers when they fit (the small models: ~20,000 rows) halve the index to 512 KiB.
  const rowOf = known.size < 0xffff ? new Uint16Array(FEATURE_BUCKETS) : new Int32Array(FEATURE_BUCKETS);
  for (const k of [...known].sort((a, b) => a - b)) rowOf[k] = rowCount++;
  // Without default rows, row 0 is all zeros and a bucket no model knows adds nothing: skipped.
  const skipUnknown = models.every((m) => !m.defaultRow);
  const rows = new Float32Array(rowCount * W);
  for (let r = 0; r < rowCount; r++) {
    models.forEach((m, i) => {
      if (m.defaultRow && !dense[i]) rows.set(m.defaultRow, r * W + fusedAt[i]!);
    });
  }
  models.forEach((m, i) => {
    if (dense[i]) return;
    for (const [k, row] of Object.entries(m.weights)) rows.set(row, rowOf[Number(k)]! * W + fusedAt[i]!);
  });
  const fusedBias = new Float64Array(W);
  models.forEach((m, i) => {
    if (!dense[i]) fusedBias.set(m.bias, fusedAt[i]!);
  });
  const fused = new Float64Array(W);
  const denseList = dense.flatMap((d, i) =>
    d
      ? [
          {
            table: d,
            model: i,
            labels: models[i]!.labels.length,
            bias: Float64Array.from(models[i]!.bias),
            scores: new Float64Array(models[i]!.labels.length),
          },
        ]
      : [],
  );
  const scores = new Float64Array(offsets[models.length]!);
  const best = new Int32Array(models.length);
  const confidence = new Float64Array(models.length);

  function predictFused(idx: Int32Array, val: Float32Array, n: number): void {
    fused.set(fusedBias);
    for (let i = 0; i < n; i++) {
      const row = rowOf[idx[i]!]!;
      if (row === 0 && skipUnknown) continue;
      const base = row * W;
      const v = val[i]!;
      for (let c = 0; c < W; c++) fused[c]! += rows[base + c]! * v;
    }
  }

  function predictDense(
    table: Float32Array,
    L: number,
    bias: Float64Array,
    out: Float64Array,
    idx: Int32Array,
    val: Float32Array,
    n: number,
  ): void {
    out.set(bias);
    for (let i = 0; i < n; i++) {
      const base = idx[i]! * L;
      const v = val[i]!;
      for (let c = 0; c < L; c++) out[c]! += table[base + c]! * v;
    }
  }

  return {
    models,
    best,
    confidence,
    predict(idx, val, n) {
      if (W > 0) predictFused(idx, val, n);
      for (let d = 0; d < denseList.length; d++) {
        const e = denseList[d]!;
        predictDense(e.table, e.labels, e.bias, e.scores, idx, val, n);
      }
      for (let m = 0; m < models.length; m++) {
        const from = offsets[m]!;
        const to = offsets[m + 1]!;
        if (fusedAt[m]! >= 0) for (let c = from; c < to; c++) scores[c] = fused[fusedAt[m]! + c - from]!;
      }
      for (let d = 0; d < denseList.length; d++) scores.set(denseList[d]!.scores, offsets[denseList[d]!.model]!);
      softmaxWinners(models.length, offsets, scores, best, confidence);
    },
    probabilities: (m) => softmaxOf(offsets, scores, m),
  };
}
