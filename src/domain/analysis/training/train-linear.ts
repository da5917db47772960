/**
 * Training for the linear labellers, deterministic (no random numbers, fixed example order) so the
 * same data always yields the same weights file.
 * - Multinomial logistic regression: softmax, L2, full-batch AdaGrad.
 * - Multinomial naive Bayes: Laplace-smoothed log-probabilities over the same features.
 */
import { FEATURE_BUCKETS, type FeatureVector } from "../features.ts";
import type { LinearModelJson } from "../linear-model.ts";

export interface TrainingExample {
  features: FeatureVector;
  label: number;
}

export interface LogisticOptions {
  l2: number;
  epochs: number;
  learningRate: number;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

export function trainLogisticRegression(
  name: string,
  task: string,
  labels: readonly string[],
  examples: readonly TrainingExample[],
  opts: LogisticOptions,
): LinearModelJson {
  const L = labels.length;
  const used = [...new Set(examples.flatMap((e) => [...e.features.idx]))].sort((a, b) => a - b);
  const local = new Map(used.map((b, i) => [b, i]));
  const F = used.length;
  const w = new Float64Array(F * L);
  const bias = new Float64Array(L);
  const gw = new Float64Array(F * L);
  const gb = new Float64Array(L);
  const hw = new Float64Array(F * L).fill(1e-8);
  const hb = new Float64Array(L).fill(1e-8);
  const localIdx = examples.map((e) => Int32Array.from(e.features.idx, (b) => local.get(b)!));
  const scores = new Float64Array(L);
  const n = examples.length;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    gw.fill(0);
    gb.fill(0);
    examples.forEach((ex, k) => {
      const idx = localIdx[k]!;
      const val = ex.features.val;
      scores.set(bias);
      for (let i = 0; i < idx.length; i++) for (let c = 0; c < L; c++) scores[c]! += w[idx[i]! * L + c]! * val[i]!;
      let max = -Infinity;
      for (let c = 0; c < L; c++) max = Math.max(max, scores[c]!);
      let sum = 0;
      for (let c = 0; c < L; c++) {
        scores[c] = Math.exp(scores[c]! - max);
        sum += scores[c]!;
      }
      for (let c = 0; c < L; c++) {
        const g = scores[c]! / sum - (c === ex.label ? 1 : 0);
        gb[c]! += g / n;
        for (let i = 0; i < idx.length; i++) gw[idx[i]! * L + c]! += (g * val[i]!) / n;
      }
    });
    for (let j = 0; j < F * L; j++) {
      const g = gw[j]! + opts.l2 * w[j]!;
      hw[j]! += g * g;
      w[j]! -= (opts.learningRate * g) / Math.sqrt(hw[j]!);
    }
    for (let c = 0; c < L; c++) {
      hb[c]! += gb[c]! * gb[c]!;
      bias[c]! -= (opts.learningRate * gb[c]!) / Math.sqrt(hb[c]!);
    }
  }
  const weights: Record<string, number[]> = {};
  used.forEach((b, j) => {
    const row = Array.from(w.subarray(j * L, j * L + L), (x) => round(x, 4));
    if (row.some((x) => x !== 0)) weights[String(b)] = row;
  });
  return {
    name,
    task,
    algorithm: "logistic-regression",
    labels: [...labels],
    buckets: FEATURE_BUCKETS,
    bias: Array.from(bias, (x) => round(x, 4)),
    weights,
    trainedOn: { examples: n, dataset: "", hyperparameters: { ...opts } },
  };
}
