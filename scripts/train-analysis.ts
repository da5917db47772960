/**
 * Trains the analysis labellers on the development set and writes their weights to
 * src/domain/analysis/models/<task>.json. Hyperparameters are chosen by 5-fold cross-validation on
 * the development set; the held-out test set is not read here.
 *   node bin/run-ts.js scripts/train-analysis.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseLabelledSet, TASKS, type TaskName } from "../src/domain/analysis/training/dataset.ts";
import { crossValidate, examplesFor, featuresOf } from "../src/domain/analysis/training/build-examples.ts";
import { trainLogisticRegression, type LogisticOptions } from "../src/domain/analysis/training/train-linear.ts";

const DATA = "src/domain/analysis/data/dev.jsonl";
const items = parseLabelledSet(readFileSync(DATA, "utf8"));
const features = featuresOf(items);
const GRID: LogisticOptions[] = [1e-5, 1e-4].flatMap((l2) => [0.5, 1].map((learningRate) => ({ l2, epochs: 300, learningRate })));

for (const task of Object.keys(TASKS) as TaskName[]) {
  const examples = examplesFor(task, items, features);
  let best = GRID[0]!;
  let bestF1 = -1;
  for (const opts of GRID) {
    const cv = crossValidate(task, examples, opts);
    console.log(`${task} l2=${opts.l2} lr=${opts.learningRate}: cv accuracy ${cv.accuracy.toFixed(3)} macro-F1 ${cv.macroF1.toFixed(3)}`);
    if (cv.macroF1 > bestF1) { bestF1 = cv.macroF1; best = opts; }
  }
  const model = trainLogisticRegression(`${task}-logreg`, task, TASKS[task], examples, best);
  model.trainedOn = { examples: items.length, dataset: DATA, hyperparameters: { ...best } };
  const file = `src/domain/analysis/models/${task}.json`;
  writeFileSync(file, JSON.stringify(model) + "\n");
  console.log(`→ ${file} (l2=${best.l2}, ${Object.keys(model.weights).length} weighted buckets)`);
}
