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
 * Weight of a Russian item (CEDR, ru-go-emotions) in sentiment training: ~12,000 Russian items beside
 * ~60,000 Kazakh reviews. The languages share few features, so the weight mostly sets how much the
 * shared label bias follows Russian. Chosen on the calibration splits only: weight 1 / 2 / 3 gave
 * CEDR macro-F1 73.4 / 73.7 / 73.8, ru-go-emotions 59.8 / 61.1 / 61.8, KazSAnDRA polarity 74.9 / 74.5
 * / 74.4; 2 is the middle (Kazakh within 0.4 points).
 */
export const RU_WEIGHT_IN_SENTIMENT = 2;

/**
 * Sentiment: KazSAnDRA's training split, the training splits of the licensed Russian sets (CEDR,
 * ru-go-emotions) and the hand-written development set (the only English and the only appeal-like
 * sentiment examples there are).
 */
export function sentimentTrainingTexts(
  kazsandra: RealSet,
  russian: readonly RealSet[],
  handDev: readonly LabelledItem[],
): TrainingText[] {
  const labels: readonly string[] = TASKS.sentiment;
  return [
    ...kazsandra.train.map((it) => ({ text: it.text, label: labels.indexOf(it.label), source: "kazsandra" })),
    ...russian.flatMap((set) =>
      set.train.map((it) => ({
        text: it.text,
        label: labels.indexOf(it.label),
        source: set.name,
        weight: RU_WEIGHT_IN_SENTIMENT,
      })),
    ),
    ...handDev.map((it) => ({
      text: it.text,
      label: labels.indexOf(it.sentiment),
      source: "hand-written",
      weight: HAND_WEIGHT_IN_SENTIMENT,
    })),
  ];
}

/** The calibration splits the sentiment temperature is fitted on: Kazakh and Russian together. */
export function sentimentCalibrationItems(kazsandra: RealSet, russian: readonly RealSet[]): RealSet["calibration"] {
  return [...kazsandra.calibration, ...russian.flatMap((set) => set.calibration)];
}

/** The licensed Russian sentiment sets; training needs both (a model without them would silently regress). */
export function russianSentimentSets(cedr: RealSet | null, goEmotions: RealSet | null): RealSet[] {
  if (!cedr || !goEmotions)
    throw new Error(
      "Russian sentiment sets not found: fetch github:searayeah/russian-sentiment-emotion-datasets and github:searayeah/ru-goemotions (or set PIKIR_CEDR_GIT / PIKIR_RU_GOEMOTIONS_GIT); see src/domain/analysis/data/README.md",
    );
  return [cedr, goEmotions];
}

export function handTrainingTexts(task: TaskName, handDev: readonly LabelledItem[]): TrainingText[] {
  const labels: readonly string[] = TASKS[task];
  return handDev.map((it) => ({ text: it.text, label: labels.indexOf(it[task]), source: "hand-written" }));
}
