/**
 * The reference the shipped models are measured against: TF-IDF over an exact vocabulary of word
 * 1–2-grams and character 2–5-grams of each word with its boundaries (scikit-learn's `char_wb`),
 * sublinear tf, smoothed idf, L2-normalised rows, and a multinomial logistic regression trained
 * by the same SGD as the shipped models. Evaluation-only: it is trained afresh in each run of
 * `npm run eval:analysis` on the same training split as the shipped model and is never shipped
 * (its vocabulary holds millions of strings).
 */
import { normaliseText, tokenize } from "../normalise.ts";
import { trainSoftmaxSgd, logitsOf, type SgdOptions, type SoftmaxWeights } from "./train-sgd.ts";

/** min_df 2: n-grams seen in a single training text cannot generalise and would only fill memory. */
const MIN_DF = 2;

function terms(text: string): string[] {
  const words = tokenize(normaliseText(text));
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    out.push("w:" + words[i]);
    if (i > 0) out.push("b:" + words[i - 1] + " " + words[i]);
    const padded = " " + words[i] + " ";
    for (let n = 2; n <= 5; n++) for (let s = 0; s + n <= padded.length; s++) out.push(padded.slice(s, s + n));
  }
  return out;
}

export interface TfidfModel {
  vocabulary: Map<string, number>;
  idf: Float32Array;
  weights: SoftmaxWeights;
  vectorise(text: string): { idx: Int32Array; val: Float32Array };
  logits(text: string): Float64Array;
}

export function trainTfidfBaseline(
  texts: readonly string[],
  gold: readonly number[],
  labels: number,
  opts: SgdOptions,
  weights?: readonly number[],
): TfidfModel {
  const df = new Map<string, number>();
  const docs = texts.map((t) => terms(t));
  for (const d of docs) for (const term of new Set(d)) df.set(term, (df.get(term) ?? 0) + 1);
  const vocabulary = new Map<string, number>();
  for (const [term, count] of df) if (count >= MIN_DF) vocabulary.set(term, vocabulary.size);
  const idf = new Float32Array(vocabulary.size);
  const N = texts.length;
  for (const [term, j] of vocabulary) idf[j] = Math.log((1 + N) / (1 + df.get(term)!)) + 1;
  df.clear();
  const vectorise = (text: string, ts = terms(text)) => {
    const tf = new Map<number, number>();
    for (const term of ts) {
      const j = vocabulary.get(term);
      if (j !== undefined) tf.set(j, (tf.get(j) ?? 0) + 1);
    }
    const idx = Int32Array.from([...tf.keys()].sort((a, b) => a - b));
    const val = Float32Array.from(idx, (j) => (1 + Math.log(tf.get(j)!)) * idf[j]!);
    let norm = 0;
    for (const v of val) norm += v * v;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < val.length; i++) val[i]! /= norm;
    return { idx, val };
  };
  const examples = docs.map((d, k) => ({ ...vectorise("", d), label: gold[k]!, weight: weights?.[k] ?? 1 }));
  const model = trainSoftmaxSgd(examples, labels, vocabulary.size, opts);
  return {
    vocabulary,
    idf,
    weights: model,
    vectorise: (t) => vectorise(t),
    logits: (t) => {
      const v = vectorise(t);
      return logitsOf(model, v.idx, v.val);
    },
  };
}
