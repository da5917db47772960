/**
 * Multinomial logistic regression by stochastic gradient descent with per-coordinate AdaGrad steps,
 * for training sets of tens of thousands of texts (full-batch training, the first trainer, needed
 * hundreds of passes; a few shuffled passes of SGD reach the same loss). Deterministic: the order of
 * examples in each pass comes from a seeded generator, so the same data always yields the same
 * weights. Works on any sparse feature space (hashed buckets or a TF-IDF vocabulary).
 */
import { FEATURE_BUCKETS } from "../features.ts";
import { encodeBase64, type LinearModelJson } from "../linear-model.ts";
import { createRng } from "../../random.ts";

export interface SparseExample {
  idx: Int32Array;
  val: Float32Array;
  label: number;
  weight?: number;
}

export interface SgdOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty, applied to the coordinates an example touches (the usual sparse approximation). */
  l2: number;
  seed: number;
  /** Weight each class inversely to its frequency (for sets where a class is rare). */
  balanced?: boolean;
}

export interface SoftmaxWeights {
  labels: number;
  dims: number;
  w: Float32Array;
  bias: Float64Array;
}

/** The shuffles' deterministic generator: the project's one mulberry32 (src/domain/random.ts). */
export { createRng as seededRandom } from "../../random.ts";

export function trainSoftmaxSgd(
  examples: readonly SparseExample[],
  labels: number,
  dims: number,
  opts: SgdOptions,
): SoftmaxWeights {
  const L = labels;
  const w = new Float32Array(dims * L);
  const g2 = new Float32Array(dims * L);
  const bias = new Float64Array(L);
  const b2 = new Float64Array(L).fill(1e-8);
  const scores = new Float64Array(L);
  const classCount = new Float64Array(L);
  for (const ex of examples) classCount[ex.label]!++;
  const classWeight = Array.from(classCount, (c) => (opts.balanced && c > 0 ? examples.length / (L * c) : 1));
  const order = Int32Array.from(examples.keys());
  const random = createRng(opts.seed);
  const { learningRate: lr, l2 } = opts;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    for (let k = 0; k < order.length; k++) {
      const ex = examples[order[k]!]!;
      const { idx, val } = ex;
      scores.set(bias);
      for (let i = 0; i < idx.length; i++) {
        const base = idx[i]! * L;
        const v = val[i]!;
        for (let c = 0; c < L; c++) scores[c]! += w[base + c]! * v;
      }
      let max = -Infinity;
      for (let c = 0; c < L; c++) if (scores[c]! > max) max = scores[c]!;
      let sum = 0;
      for (let c = 0; c < L; c++) {
        scores[c] = Math.exp(scores[c]! - max);
        sum += scores[c]!;
      }
      const weight = classWeight[ex.label]! * (ex.weight ?? 1);
      for (let c = 0; c < L; c++) {
        const g = weight * (scores[c]! / sum - (c === ex.label ? 1 : 0));
        b2[c]! += g * g;
        bias[c]! -= (lr * g) / Math.sqrt(b2[c]!);
        for (let i = 0; i < idx.length; i++) {
          const j = idx[i]! * L + c;
          const grad = g * val[i]! + l2 * w[j]!;
          if (grad === 0) continue;
          g2[j]! += grad * grad;
          w[j]! -= (lr * grad) / Math.sqrt(g2[j]!);
        }
      }
    }
  }
  return { labels: L, dims, w, bias };
}

/** Raw scores (logits) of one example. */
export function logitsOf(model: SoftmaxWeights, idx: Int32Array, val: Float32Array): Float64Array {
  const L = model.labels;
  const s = Float64Array.from(model.bias);
  for (let i = 0; i < idx.length; i++) {
    const base = idx[i]! * L;
    for (let c = 0; c < L; c++) s[c]! += model.w[base + c]! * val[i]!;
  }
  return s;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * The JSON form of hashed-feature weights. `dense` (for models that use most buckets) stores every
 * row as int16 (scale = largest |weight| / 32767: rounding moves a weight by at most 1/65534 of the
 * largest); otherwise buckets whose every weight rounds below `prune` are left out: they change no
 * decision measurably and would only grow the file the repository carries.
 */
export function toLinearModelJson(
  name: string,
  task: string,
  labels: readonly string[],
  model: SoftmaxWeights,
  options: { dense?: boolean; prune?: number } = {},
): LinearModelJson {
  if (model.dims !== FEATURE_BUCKETS)
    throw new Error(`${name}: ${model.dims} dimensions, hashed features use ${FEATURE_BUCKETS}`);
  const L = model.labels;
  const base = {
    name,
    task,
    algorithm: "logistic-regression" as const,
    labels: [...labels],
    buckets: FEATURE_BUCKETS,
    bias: Array.from(model.bias, (x) => round(x, 4)),
  };
  if (options.dense) {
    let max = 0;
    for (const x of model.w) max = Math.max(max, Math.abs(x));
    const scale = max > 0 ? max / 32767 : 1;
    const bytes = new Uint8Array(model.w.length * 2);
    model.w.forEach((x, i) => {
      const q = Math.round(x / scale) & 0xffff;
      bytes[2 * i] = q & 255;
      bytes[2 * i + 1] = q >> 8;
    });
    return { ...base, weights: {}, dense: { scale, int16: encodeBase64(bytes) } };
  }
  const prune = options.prune ?? 5e-3;
  const weights: Record<string, number[]> = {};
  for (let b = 0; b < model.dims; b++) {
    const row = Array.from(model.w.subarray(b * L, b * L + L), (x) => round(x, 3));
    if (row.some((x) => Math.abs(x) >= prune)) weights[String(b)] = row;
  }
  return { ...base, weights };
}
