/**
 * Confidence calibration on a held-out calibration split: a temperature T and a per-label shift b
 * such that softmax(z / T + b) minimises the negative log-likelihood of the gold labels. The
 * temperature fixes over- or under-confidence; the shift fixes the prior when the training set's
 * class balance differs from real feedback (KazSAnDRA's training part is balanced, real reviews are
 * 80 % positive). Both fold into a linear model's weights and bias, so inference is unchanged.
 * Also: expected calibration error and the reliability table the quality report shows.
 */
import type { LinearModelJson } from "../linear-model.ts";
import type { SoftmaxWeights } from "./train-sgd.ts";

export interface Calibration {
  temperature: number;
  shift: number[];
}

function softmaxInto(z: ArrayLike<number>, invT: number, shift: readonly number[], out: Float64Array): void {
  let max = -Infinity;
  for (let c = 0; c < out.length; c++) {
    out[c] = z[c]! * invT + shift[c]!;
    if (out[c]! > max) max = out[c]!;
  }
  let sum = 0;
  for (let c = 0; c < out.length; c++) {
    out[c] = Math.exp(out[c]! - max);
    sum += out[c]!;
  }
  for (let c = 0; c < out.length; c++) out[c]! /= sum;
}

/**
 * Fits T (and b unless `withShift` is false: small calibration sets can fit a temperature but not a
 * prior) by gradient descent on the mean NLL; deterministic, a few thousand cheap steps.
 */
export function fitCalibration(
  logits: readonly ArrayLike<number>[],
  gold: readonly number[],
  labels: number,
  withShift = true,
): Calibration {
  let logT = 0;
  const shift = new Array<number>(labels).fill(0);
  const p = new Float64Array(labels);
  const n = logits.length;
  if (n === 0) return { temperature: 1, shift };
  const rate = 0.1;
  for (let step = 0; step < 3000; step++) {
    const invT = Math.exp(-logT);
    let gLogT = 0;
    const gShift = new Array<number>(labels).fill(0);
    for (let k = 0; k < n; k++) {
      const z = logits[k]!;
      softmaxInto(z, invT, shift, p);
      // d NLL / d(z_c/T) = p_c - y_c; d(z_c/T)/d logT = -z_c/T
      for (let c = 0; c < labels; c++) {
        const g = p[c]! - (c === gold[k] ? 1 : 0);
        gShift[c]! += g / n;
        gLogT += (g * -z[c]! * invT) / n;
      }
    }
    logT -= rate * gLogT;
    if (withShift) {
      const mean = gShift.reduce((a, b) => a + b, 0) / labels;
      for (let c = 0; c < labels; c++) shift[c]! -= rate * 4 * (gShift[c]! - mean);
    }
  }
  return { temperature: Math.exp(logT), shift: shift.map((x) => Math.round(x * 1e4) / 1e4) };
}

export function applyCalibration(z: ArrayLike<number>, cal: Calibration): Float64Array {
  const p = new Float64Array(cal.shift.length);
  softmaxInto(z, 1 / cal.temperature, cal.shift, p);
  return p;
}

/** The model with the calibration folded into its weights: softmax(w·x / T + b / T + shift). */
export function calibratedModel(model: LinearModelJson, cal: Calibration): LinearModelJson {
  const invT = 1 / cal.temperature;
  const r = (x: number) => Math.round(x * 1e4) / 1e4;
  const weights: Record<string, number[]> = {};
  for (const [k, row] of Object.entries(model.weights)) weights[k] = row.map((x) => r(x * invT));
  return {
    ...model,
    bias: model.bias.map((b, c) => r(b * invT + cal.shift[c]!)),
    ...(model.defaultRow ? { defaultRow: model.defaultRow.map((x) => r(x * invT)) } : {}),
    weights,
  };
}

/** The same folding for trained weights before they are written (dense models). */
export function foldCalibration(model: SoftmaxWeights, cal: Calibration): SoftmaxWeights {
  const invT = 1 / cal.temperature;
  return { ...model, w: model.w.map((x) => x * invT), bias: model.bias.map((b, c) => b * invT + cal.shift[c]!) };
}

export interface ReliabilityBin {
  from: number;
  to: number;
  n: number;
  accuracy: number;
  confidence: number;
}

/** Equal-width confidence bins of the winning label's probability; ECE = Σ n_b/N · |acc_b − conf_b|. */
export function reliability(
  confidences: readonly number[],
  correct: readonly boolean[],
  bins = 10,
): { bins: ReliabilityBin[]; ece: number } {
  const out: ReliabilityBin[] = Array.from({ length: bins }, (_, b) => ({
    from: b / bins,
    to: (b + 1) / bins,
    n: 0,
    accuracy: 0,
    confidence: 0,
  }));
  confidences.forEach((c, k) => {
    const bin = out[Math.min(bins - 1, Math.floor(c * bins))]!;
    bin.n++;
    bin.confidence += c;
    bin.accuracy += correct[k] ? 1 : 0;
  });
  let ece = 0;
  for (const bin of out) {
    if (!bin.n) continue;
    bin.confidence /= bin.n;
    bin.accuracy /= bin.n;
    ece += (bin.n / confidences.length) * Math.abs(bin.accuracy - bin.confidence);
  }
  return { bins: out, ece };
}
