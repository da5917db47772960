/** Turns labelled items into feature vectors once, so tuning and training reuse them. */
import { extractFeatures, type FeatureVector } from "../features.ts";
import { prepareText } from "../prepare-text.ts";
import { score, type Scores } from "./metrics.ts";
import { TASKS, type LabelledItem, type TaskName } from "./dataset.ts";
import { trainLogisticRegression, type LogisticOptions, type TrainingExample } from "./train-linear.ts";
import { compileLinearModel } from "../linear-model.ts";

export function featuresOf(items: readonly LabelledItem[]): FeatureVector[] {
  return items.map((it) => extractFeatures(prepareText(it.text), it.text));
}

export function examplesFor(
  task: TaskName,
  items: readonly LabelledItem[],
  features: readonly FeatureVector[],
): TrainingExample[] {
  const labels: readonly string[] = TASKS[task];
  return items.map((it, k) => ({ features: features[k]!, label: labels.indexOf(it[task]) }));
}

/**
 * k-fold cross-validation on the development set only (folds by position modulo k, deterministic).
 * Used to choose hyperparameters, so the held-out test set never influences the model.
 */
export function crossValidate(
  task: TaskName,
  examples: readonly TrainingExample[],
  opts: LogisticOptions,
  k = 5,
): Scores {
  const labels: readonly string[] = TASKS[task];
  const gold: string[] = [];
  const predicted: string[] = [];
  for (let fold = 0; fold < k; fold++) {
    const train = examples.filter((_, i) => i % k !== fold);
    const test = examples.filter((_, i) => i % k === fold);
    const model = compileLinearModel(trainLogisticRegression("cv", task, labels, train, opts));
    for (const ex of test) {
      gold.push(labels[ex.label]!);
      predicted.push(model.predict(ex.features).label);
    }
  }
  return score(labels, gold, predicted);
}
