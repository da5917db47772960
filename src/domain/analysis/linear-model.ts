/**
 * Inference for linear models over hashed features (logistic regression and multinomial naive
 * Bayes are both linear in the feature values). The JSON form is what training scripts write to
 * src/domain/analysis/models/; compiling it into one dense table makes inference a few hundred
 * multiply-adds per text, deterministic and offline.
 */
import { FEATURE_BUCKETS, type FeatureVector } from "./features.ts";

export interface LinearModelJson {
  name: string;
  algorithm: "logistic-regression" | "naive-bayes";
  task: string;
  labels: string[];
  buckets: number;
  bias: number[];
  /** Weight row for buckets absent from `weights` (naive Bayes' unseen-feature log-probability). */
  defaultRow?: number[];
  /** bucket index → one weight per label. */
  weights: Record<string, number[]>;
  trainedOn?: { examples: number; dataset: string; hyperparameters: Record<string, number> };
}

export interface Prediction<L extends string = string> {
  label: L;
  confidence: number;
  /** Probability of every label, in the model's label order. */
  probabilities: Record<L, number>;
}

export interface CompiledLinearModel {
  json: LinearModelJson;
  predict(features: FeatureVector): Prediction;
}

export function compileLinearModel(json: LinearModelJson): CompiledLinearModel {
  if (json.buckets !== FEATURE_BUCKETS) throw new Error(`model ${json.name}: ${json.buckets} buckets, features use ${FEATURE_BUCKETS}`);
  const L = json.labels.length;
  // Compact form: bucket → row number (row 0 is the default row), rows packed together, so a text's
  // few hundred lookups touch a small, cache-resident table.
  const entries = Object.entries(json.weights);
  const rowOf = new Int32Array(json.buckets);
  const rows = new Float32Array((entries.length + 1) * L);
  if (json.defaultRow) rows.set(json.defaultRow, 0);
  entries.forEach(([k, row], i) => {
    rowOf[Number(k)] = i + 1;
    rows.set(row, (i + 1) * L);
  });
  const bias = Float64Array.from(json.bias);
  const scores = new Float64Array(L);
  return {
    json,
    predict(features: FeatureVector): Prediction {
      scores.set(bias);
      const { idx, val } = features;
      for (let i = 0; i < idx.length; i++) {
        const base = rowOf[idx[i]!]! * L;
        const v = val[i]!;
        for (let c = 0; c < L; c++) scores[c]! += rows[base + c]! * v;
      }
      return softmaxPrediction(json.labels, scores);
    },
  };
}

export function softmaxPrediction(labels: readonly string[], scores: ArrayLike<number>): Prediction {
  let max = -Infinity;
  let best = 0;
  for (let c = 0; c < labels.length; c++) if (scores[c]! > max) { max = scores[c]!; best = c; }
  let sum = 0;
  const exp = new Array<number>(labels.length);
  for (let c = 0; c < labels.length; c++) { exp[c] = Math.exp(scores[c]! - max); sum += exp[c]!; }
  const probabilities: Record<string, number> = {};
  for (let c = 0; c < labels.length; c++) probabilities[labels[c]!] = exp[c]! / sum;
  return { label: labels[best]!, confidence: exp[best]! / sum, probabilities };
}
