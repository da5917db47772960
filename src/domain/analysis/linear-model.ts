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
  /** bucket index → one weight per label (empty when `dense` holds the weights). */
  weights: Record<string, number[]>;
  /**
   * Every bucket's row at once, for models that use most buckets (sentiment trained on real
   * reviews): little-endian int16 in base64, bucket-major, label within bucket; weight = value ×
   * scale. A quarter of the size of the same rows as JSON numbers.
   */
  dense?: { scale: number; int16: string };
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
  /** The raw scores (logits) behind predict(), in label order — what calibration is fitted on. */
  logits(features: FeatureVector): Float64Array;
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const BASE64_VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < BASE64.length; i++) BASE64_VALUE[BASE64.charCodeAt(i)] = i;

/** Decodes base64 without Node's Buffer (the domain stays plain code). */
export function decodeBase64(s: string): Uint8Array {
  let len = s.length;
  while (len > 0 && s[len - 1] === "=") len--;
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < len; i++) {
    const v = BASE64_VALUE[s.charCodeAt(i)] ?? -1;
    if (v < 0) throw new Error(`invalid base64 at ${i}`);
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 255;
    }
  }
  return out;
}

export function encodeBase64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    s +=
      BASE64[(n >> 18) & 63]! +
      BASE64[(n >> 12) & 63]! +
      (i + 1 < bytes.length ? BASE64[(n >> 6) & 63]! : "=") +
      (i + 2 < bytes.length ? BASE64[n & 63]! : "=");
  }
  return s;
}

const denseCache = new WeakMap<LinearModelJson, Float32Array>();

/** A dense model's weights as float32, bucket-major (decoded once per model object). */
export function denseWeights(json: LinearModelJson): Float32Array | null {
  if (!json.dense) return null;
  let out = denseCache.get(json);
  if (!out) {
    const bytes = decodeBase64(json.dense.int16);
    const L = json.labels.length;
    if (bytes.length !== json.buckets * L * 2)
      throw new Error(`model ${json.name}: dense weights hold ${bytes.length} bytes, expected ${json.buckets * L * 2}`);
    out = new Float32Array(json.buckets * L);
    const scale = json.dense.scale;
    for (let i = 0; i < out.length; i++) {
      const v = bytes[2 * i]! | (bytes[2 * i + 1]! << 8);
      out[i] = (v >= 0x8000 ? v - 0x10000 : v) * scale;
    }
    denseCache.set(json, out);
  }
  return out;
}

export function compileLinearModel(json: LinearModelJson): CompiledLinearModel {
  if (json.buckets !== FEATURE_BUCKETS)
    throw new Error(`model ${json.name}: ${json.buckets} buckets, features use ${FEATURE_BUCKETS}`);
  const L = json.labels.length;
  const dense = denseWeights(json);
  if (dense) {
    const bias = Float64Array.from(json.bias);
    const scores = new Float64Array(L);
    const score = (features: FeatureVector) => {
      scores.set(bias);
      const { idx, val } = features;
      for (let i = 0; i < idx.length; i++) {
        const base = idx[i]! * L;
        const v = val[i]!;
        for (let c = 0; c < L; c++) scores[c]! += dense[base + c]! * v;
      }
      return scores;
    };
    return {
      json,
      predict: (f) => softmaxPrediction(json.labels, score(f)),
      logits: (f) => Float64Array.from(score(f)),
    };
  }
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
  const score = (features: FeatureVector) => {
    scores.set(bias);
    const { idx, val } = features;
    for (let i = 0; i < idx.length; i++) {
      const base = rowOf[idx[i]!]! * L;
      const v = val[i]!;
      for (let c = 0; c < L; c++) scores[c]! += rows[base + c]! * v;
    }
    return scores;
  };
  return {
    json,
    predict: (features) => softmaxPrediction(json.labels, score(features)),
    logits: (features) => Float64Array.from(score(features)),
  };
}

function softmaxPrediction(labels: readonly string[], scores: ArrayLike<number>): Prediction {
  let max = -Infinity;
  let best = 0;
  for (let c = 0; c < labels.length; c++)
    if (scores[c]! > max) {
      max = scores[c]!;
      best = c;
    }
  let sum = 0;
  const exp = new Array<number>(labels.length);
  for (let c = 0; c < labels.length; c++) {
    exp[c] = Math.exp(scores[c]! - max);
    sum += exp[c]!;
  }
  const probabilities: Record<string, number> = {};
  for (let c = 0; c < labels.length; c++) probabilities[labels[c]!] = exp[c]! / sum;
  return { label: labels[best]!, confidence: exp[best]! / sum, probabilities };
}
