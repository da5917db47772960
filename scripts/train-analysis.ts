/**
 * Trains the analysis labellers and writes their weights to src/domain/analysis/models/<task>.json.
 *   npm run train:analysis
 * - sentiment: KazSAnDRA's training split (real Kazakh reviews, CC BY 4.0, ../shared/data), the
 *   training splits of CEDR (Russian sentences, Apache-2.0) and ru-go-emotions (translated Reddit
 *   comments, MIT / Apache-2.0), read from fetched snapshots, plus the hand-written development set;
 *   temperature calibrated on the calibration splits of all three real sets. Pikir's test splits of
 *   these sets and data/test.jsonl are not read here.
 * - kind, appeal, topic: the hand-written development set (no licensed real set with these labels
 *   exists yet); hyperparameters by 5-fold cross-validation, temperature fitted on the out-of-fold
 *   scores.
 * Deterministic: fixed seeds, fixed order; the same data yields the same files.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { extractFeatures, FEATURE_BUCKETS } from "../src/domain/analysis/features.ts";
import { compileLinearModel, type LinearModelJson } from "../src/domain/analysis/linear-model.ts";
import { prepareText } from "../src/domain/analysis/prepare-text.ts";
import {
  calibratedModel,
  fitCalibration,
  foldCalibration,
  reliability,
} from "../src/domain/analysis/training/calibrate.ts";
import { parseLabelledSet, TASKS, type TaskName } from "../src/domain/analysis/training/dataset.ts";
import { score } from "../src/domain/analysis/training/metrics.ts";
import { loadCedr, loadKazsandra, loadRuGoEmotions, sharedDataDir } from "../src/domain/analysis/training/real-data.ts";
import {
  HAND_WEIGHT_IN_SENTIMENT,
  handTrainingTexts,
  RU_WEIGHT_IN_SENTIMENT,
  russianSentimentSets,
  sentimentCalibrationItems,
  SENTIMENT_PRIOR_SHIFT,
  SENTIMENT_SGD,
  sentimentTrainingTexts,
  SMALL_SGD_GRID,
  type TrainingText,
} from "../src/domain/analysis/training/recipes.ts";
import {
  logitsOf,
  toLinearModelJson,
  trainSoftmaxSgd,
  type SgdOptions,
  type SparseExample,
} from "../src/domain/analysis/training/train-sgd.ts";

const HAND_DEV = "src/domain/analysis/data/dev.jsonl";
const handDev = parseLabelledSet(readFileSync(HAND_DEV, "utf8"));
const dir = sharedDataDir();
if (!dir)
  throw new Error("../shared/data (KazSAnDRA) not found; set PIKIR_SHARED_DATA to the folder holding kazsandra/");

const examplesOf = (texts: readonly TrainingText[]): SparseExample[] =>
  texts.map((t) => {
    const f = extractFeatures(prepareText(t.text), t.text);
    return { idx: f.idx, val: f.val, label: t.label, weight: t.weight ?? 1 };
  });

function train(name: string, task: TaskName, examples: readonly SparseExample[], opts: SgdOptions): LinearModelJson {
  return toLinearModelJson(
    name,
    task,
    TASKS[task],
    trainSoftmaxSgd(examples, TASKS[task].length, FEATURE_BUCKETS, opts),
  );
}

function write(task: TaskName, model: LinearModelJson): void {
  const file = `src/domain/analysis/models/${task}.json`;
  writeFileSync(file, JSON.stringify(model) + "\n");
  console.log(`→ ${file} (${Object.keys(model.weights).length} weighted buckets)`);
}

// Sentiment on real reviews.
{
  const kazsandra = loadKazsandra(dir);
  const russian = russianSentimentSets(loadCedr(), loadRuGoEmotions());
  const texts = sentimentTrainingTexts(kazsandra, russian, handDev);
  const started = Date.now();
  const labels: readonly string[] = TASKS.sentiment;
  const raw = trainSoftmaxSgd(examplesOf(texts), labels.length, FEATURE_BUCKETS, SENTIMENT_SGD);
  const calibrationSet = examplesOf(
    sentimentCalibrationItems(kazsandra, russian).map((it) => ({
      text: it.text,
      label: labels.indexOf(it.label),
      source: it.source,
    })),
  );
  const cal = fitCalibration(
    calibrationSet.map((e) => logitsOf(raw, e.idx, e.val)),
    calibrationSet.map((e) => e.label),
    labels.length,
    SENTIMENT_PRIOR_SHIFT,
  );
  // Every bucket carries weight after training on 60,000 texts: stored dense (int16), not as a map.
  const model = toLinearModelJson("sentiment-logreg", "sentiment", labels, foldCalibration(raw, cal), { dense: true });
  const check = compileLinearModel(model);
  const predictions = calibrationSet.map((e) => check.predict(e));
  const s = score(
    labels,
    calibrationSet.map((e) => labels[e.label]!),
    predictions.map((p) => p.label),
  );
  const { ece } = reliability(
    predictions.map((p) => p.confidence),
    predictions.map((p, k) => p.label === labels[calibrationSet[k]!.label]),
  );
  console.log(
    `sentiment: ${texts.length} training texts, ${((Date.now() - started) / 1000).toFixed(1)} s; calibration split (${calibrationSet.length}): accuracy ${s.accuracy.toFixed(3)} macro-F1 ${s.macroF1.toFixed(3)} ECE ${ece.toFixed(3)}; T=${cal.temperature.toFixed(3)} shift=${cal.shift.join(",")}`,
  );
  model.trainedOn = {
    examples: texts.length,
    dataset: `KazSAnDRA train + 50 % of its validation part (${kazsandra.train.length}, CC BY 4.0) + ${russian.map((r) => `${r.name} 70 % (${r.train.length}, ${r.note}, weight ${RU_WEIGHT_IN_SENTIMENT})`).join(" + ")} + ${HAND_DEV} (${handDev.length}, CC0, weight ${HAND_WEIGHT_IN_SENTIMENT}); calibrated on the calibration splits of KazSAnDRA (${kazsandra.calibration.length}) and ${russian.map((r) => `${r.name} (${r.calibration.length})`).join(", ")}`,
    hyperparameters: { ...SENTIMENT_SGD, temperature: Math.round(cal.temperature * 1e4) / 1e4 },
  };
  write("sentiment", model);
}

// Kind, appeal type and topic on the hand-written set.
for (const task of ["kind", "appeal", "topic"] as const) {
  const labels: readonly string[] = TASKS[task];
  const examples = examplesOf(handTrainingTexts(task, handDev));
  const K = 5;
  let best = SMALL_SGD_GRID[0]!;
  let bestF1 = -1;
  let bestOof: { logits: Float64Array; label: number }[] = [];
  for (const opts of SMALL_SGD_GRID) {
    const oof: { logits: Float64Array; label: number }[] = [];
    for (let fold = 0; fold < K; fold++) {
      const m = compileLinearModel(
        train(
          "cv",
          task,
          examples.filter((_, i) => i % K !== fold),
          opts,
        ),
      );
      examples.forEach((e, i) => {
        if (i % K === fold) oof.push({ logits: m.logits(e), label: e.label });
      });
    }
    const s = score(
      labels,
      oof.map((o) => labels[o.label]!),
      oof.map((o) => labels[o.logits.indexOf(Math.max(...o.logits))]!),
    );
    console.log(
      `${task} epochs=${opts.epochs} lr=${opts.learningRate} balanced=${opts.balanced}: cv accuracy ${s.accuracy.toFixed(3)} macro-F1 ${s.macroF1.toFixed(3)}`,
    );
    if (s.macroF1 > bestF1) {
      bestF1 = s.macroF1;
      best = opts;
      bestOof = oof;
    }
  }
  // 294 items can fit a temperature, not a label prior.
  const cal = fitCalibration(
    bestOof.map((o) => o.logits),
    bestOof.map((o) => o.label),
    labels.length,
    false,
  );
  const model = calibratedModel(train(`${task}-logreg`, task, examples, best), cal);
  model.trainedOn = {
    examples: examples.length,
    dataset: `${HAND_DEV} (CC0); temperature from 5-fold out-of-fold scores`,
    hyperparameters: {
      epochs: best.epochs,
      learningRate: best.learningRate,
      l2: best.l2,
      seed: best.seed,
      balanced: best.balanced ? 1 : 0,
      temperature: Math.round(cal.temperature * 1e4) / 1e4,
    },
  };
  console.log(`${task}: T=${cal.temperature.toFixed(3)}`);
  write(task, model);
}
