/** Scores for a labeller on held-out data: accuracy, per-label precision/recall/F1, macro-F1, confusion. */

interface LabelScore {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}
export interface Scores {
  accuracy: number;
  macroF1: number;
  perLabel: LabelScore[];
  /** confusion[i][j]: items of true label i predicted as label j (labels in `labels` order). */
  confusion: number[][];
  labels: string[];
  n: number;
}

export function score(labels: readonly string[], gold: readonly string[], predicted: readonly string[]): Scores {
  const index = new Map(labels.map((l, i) => [l, i]));
  const confusion = labels.map(() => labels.map(() => 0));
  let correct = 0;
  gold.forEach((g, k) => {
    const p = predicted[k]!;
    if (g === p) correct++;
    const gi = index.get(g);
    const pi = index.get(p);
    if (gi !== undefined && pi !== undefined) confusion[gi]![pi]!++;
  });
  const perLabel = labels.map((label, i) => {
    const tp = confusion[i]![i]!;
    const support = confusion[i]!.reduce((a, b) => a + b, 0);
    const predictedCount = confusion.reduce((a, row) => a + row[i]!, 0);
    const precision = predictedCount ? tp / predictedCount : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, precision, recall, f1, support };
  });
  // Macro-F1 over labels present in the gold data (a label with no test items has no F1 to average).
  const present = perLabel.filter((s) => s.support > 0);
  const macroF1 = present.length ? present.reduce((a, s) => a + s.f1, 0) / present.length : 0;
  return {
    accuracy: gold.length ? correct / gold.length : 0,
    macroF1,
    perLabel,
    confusion,
    labels: [...labels],
    n: gold.length,
  };
}

/** The most frequent label in the training data (ties: first in label order). */
export function majorityLabel(labels: readonly string[], training: readonly string[]): string {
  let best = labels[0]!;
  let bestCount = -1;
  for (const l of labels) {
    const c = training.filter((t) => t === l).length;
    if (c > bestCount) {
      best = l;
      bestCount = c;
    }
  }
  return best;
}
