/**
 * Several linear models over the same hashed features, fused into one table: a bucket maps to one
 * row holding every model's weights side by side, so a feature costs one row lookup and one
 * contiguous read instead of one per model (inference is bound by memory access; four separate
 * 256 KiB bucket indexes did not fit the cache together).
 *
 * Results are bit-for-bit those of compileLinearModel: the same float32 weights, summed in float64
 * in the same feature order, and the same softmax arithmetic for the winning label's confidence
 * (skipping an all-zero row only leaves out additions of zero).
 */
import { FEATURE_BUCKETS } from "./features.ts";
import type { LinearModelJson } from "./linear-model.ts";

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

export function compileModelSet(models: readonly LinearModelJson[]): ModelSet {
  for (const m of models) {
    if (m.buckets !== FEATURE_BUCKETS) throw new Error(`model ${m.name}: ${m.buckets} buckets, features use ${FEATURE_BUCKETS}`);
  }
  const offsets = new Int32Array(models.length + 1);
  models.forEach((m, i) => { offsets[i + 1] = offsets[i]! + m.labels.length; });
  const W = offsets[models.length]!;
  // Row 0 holds each model's default row (zeros for logistic regression): a bucket known to one
  // model but not another reads the other's default there, exactly as its own table would.
  let rowCount = 1;
  const known = new Set<number>();
  for (const m of models) for (const k of Object.keys(m.weights)) known.add(Number(k));
  // 16-bit row numbers when they fit (the shipped models: ~7,000 rows) halve the index to 128 KiB.
  const rowOf = known.size < 0xffff ? new Uint16Array(FEATURE_BUCKETS) : new Int32Array(FEATURE_BUCKETS);
  for (const k of [...known].sort((a, b) => a - b)) rowOf[k] = rowCount++;
  // Without default rows, row 0 is all zeros and a bucket no model knows adds nothing: skipped.
  const skipUnknown = models.every((m) => !m.defaultRow);
  const rows = new Float32Array(rowCount * W);
  for (let r = 0; r < rowCount; r++) {
    models.forEach((m, i) => { if (m.defaultRow) rows.set(m.defaultRow, r * W + offsets[i]!); });
  }
  models.forEach((m, i) => {
    for (const [k, row] of Object.entries(m.weights)) rows.set(row, rowOf[Number(k)]! * W + offsets[i]!);
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
        const row = rowOf[idx[i]!]!;
        if (row === 0 && skipUnknown) continue;
        const base = row * W;
        const v = val[i]!;
        for (let c = 0; c < W; c++) scores[c]! += rows[base + c]! * v;
      }
      for (let m = 0; m < models.length; m++) {
        const from = offsets[m]!;
        const to = offsets[m + 1]!;
        let max = -Infinity;
        let top = 0;
        for (let c = from; c < to; c++) if (scores[c]! > max) { max = scores[c]!; top = c - from; }
        let sum = 0;
        for (let c = from; c < to; c++) sum += Math.exp(scores[c]! - max);
        best[m] = top;
        confidence[m] = Math.exp(scores[from + top]! - max) / sum;
      }
    },
    probabilities(m) {
      const from = offsets[m]!;
      const to = offsets[m + 1]!;
      let max = -Infinity;
      for (let c = from; c < to; c++) if (scores[c]! > max) max = scores[c]!;
      let sum = 0;
      for (let c = from; c < to; c++) sum += Math.exp(scores[c]! - max);
      const out: number[] = [];
      for (let c = from; c < to; c++) out.push(Math.exp(scores[c]! - max) / sum);
      return out;
    },
  };
}
