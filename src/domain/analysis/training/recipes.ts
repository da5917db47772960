/**
 * What each shipped model is trained on and how — shared by scripts/train-analysis.ts (which writes
 * the weights) and scripts/eval-analysis.ts (which trains the TF-IDF baseline on exactly the same
 * texts, so the comparison is like for like).
 */
import type { LabelledItem, TaskName } from "./dataset.ts";
import { TASKS } from "./dataset.ts";
import type { RealSet } from "./real-data.ts";
import type { SgdOptions } from "./train-sgd.ts";

/** Sentiment on ~60,000 real reviews: a few passes suffice (more did not lower calibration loss). */
export const SENTIMENT_SGD: SgdOptions = { epochs: 5, learningRate: 0.1, l2: 1e-5, seed: 17 };
/**
 * The hand-written sets (294 items): more passes; chosen by 5-fold cross-validation from this grid
 * (with and without class weights: some topics have a dozen items).
 */
export const SMALL_SGD_GRID: SgdOptions[] = [false, true].flatMap((balanced) =>
  [0.1, 0.3].flatMap((learningRate) =>
    [20, 40].map((epochs) => ({ epochs, learningRate, l2: 1e-5, seed: 17, balanced })),
  ),
);

export interface TrainingText {
  text: string;
  label: number;
  source: string;
  weight?: number;
}

/**
 * Weight of a hand-written item in sentiment training: 294 items beside 60,000 reviews would say
 * nothing; at 5 they hold ~2 % of the mass and lift held-out hand-written sentiment from 64 % to
 * 72 % while KazSAnDRA moves by 0.1 point (20 gave 76 % but fits the authors' own style).
 */
export const HAND_WEIGHT_IN_SENTIMENT = 5;
/**
 * Calibrate sentiment with a temperature only, no label prior: KazSAnDRA's natural prior (80 %
 * positive app reviews) raised its own accuracy from 79 % to 85 % at the same macro-F1, but pushed
 * citizens' complaints to positive (hand-written held-out 72 % → 46 %). Feedback is not app reviews.
 */
export const SENTIMENT_PRIOR_SHIFT = false;

/**
 * Sentiment: KazSAnDRA's training split plus the hand-written development set (the only licensed
 * Russian and English sentiment examples there are; kept so Russian does not learn from Kazakh alone).
 */
export function sentimentTrainingTexts(kazsandra: RealSet, handDev: readonly LabelledItem[]): TrainingText[] {
  const labels: readonly string[] = TASKS.sentiment;
  return [
    ...kazsandra.train.map((it) => ({ text: it.text, label: labels.indexOf(it.label), source: "kazsandra" })),
    ...handDev.map((it) => ({
      text: it.text,
      label: labels.indexOf(it.sentiment),
      source: "hand-written",
      weight: HAND_WEIGHT_IN_SENTIMENT,
    })),
  ];
}

export function handTrainingTexts(task: TaskName, handDev: readonly LabelledItem[]): TrainingText[] {
  const labels: readonly string[] = TASKS[task];
  return handDev.map((it) => ({ text: it.text, label: labels.indexOf(it[task]), source: "hand-written" }));
}
