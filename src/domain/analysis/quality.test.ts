/**
 * Classifier quality on held-out data never used in training or tuning: the hand-written test set
 * (data/test.jsonl) and, when ../shared/data is at hand, Pikir's held-out splits of the real sets
 * (KazSAnDRA, ud-langid). Thresholds sit a few points under the figures of docs/analysis-quality.md:
 * hand-written kind 81.0 %, appeal 84.7 %, sentiment 69.3 % (trained on real kk + ru text since issue
 * 16: 72.4 % on Kazakh reviews alone, 82.8 % when it learnt from the authors' own 294 items alone), topic 63.2 %, language 97.5 %;
 * KazSAnDRA sentiment 79.4 % / macro-F1 50.5 % / ECE 0.020 (polarity 75.0 %); CEDR and ru-go-emotions
 * (Russian, since issue 16) below; ud-langid 98.8 %.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseLabelledSet, TASKS, LABELLED_LANGUAGES, type TaskName } from "./training/dataset.ts";
import { featuresOf } from "./training/build-examples.ts";
import { majorityLabel, score } from "./training/metrics.ts";
import { compileLinearModel } from "./linear-model.ts";
import { DEFAULT_MODELS } from "./default-models.ts";
import { detectLanguage } from "./detect-language.ts";
import { normaliseText, tokenize } from "./normalise.ts";
import { createAnalyser } from "./analyse-items.ts";
import { reliability } from "./training/calibrate.ts";
import { loadCedr, loadKazsandra, loadRuGoEmotions, loadUdLangid, sharedDataDir } from "./training/real-data.ts";
import { extractFeatures } from "./features.ts";
import { prepareText } from "./prepare-text.ts";

const read = (name: string) =>
  parseLabelledSet(readFileSync(fileURLToPath(new URL(`./data/${name}`, import.meta.url)), "utf8"));
const dev = read("dev.jsonl");
const test = read("test.jsonl");
const features = featuresOf(test);

describe("held-out quality of the shipped labellers", () => {
  it("keeps the test set apart from the development set (no shared text)", () => {
    const devTexts = new Set(dev.map((it) => normaliseText(it.text)));
    expect(test.filter((it) => devTexts.has(normaliseText(it.text)))).toEqual([]);
    expect(test.length).toBeGreaterThanOrEqual(150);
    expect(dev.length + test.length).toBeGreaterThanOrEqual(400);
  });

  // Definition 8: a comment holds no concrete remark or proposal — the kind model separates the three.
  it.each([
    { task: "kind", minAccuracy: 0.8, minMacroF1: 0.8, minGain: 0.2 },
    { task: "appeal", minAccuracy: 0.76, minMacroF1: 0.68, minGain: 0.2 },
    // Sentiment learns from ~73,000 real kk + ru texts and only 294 of the authors' own: on the
    // authors' held-out style it sits 17.8 points above the majority class (the real sets are the measure).
    { task: "sentiment", minAccuracy: 0.66, minMacroF1: 0.64, minGain: 0.15 },
    { task: "topic", minAccuracy: 0.6, minMacroF1: 0.54, minGain: 0.2 },
  ] as { task: TaskName; minAccuracy: number; minMacroF1: number; minGain: number }[])(
    "$task: accuracy ≥ $minAccuracy and well above the majority baseline",
    ({ task, minAccuracy, minMacroF1, minGain }) => {
      const labels: readonly string[] = TASKS[task];
      const gold = test.map((it) => it[task]);
      const model = compileLinearModel(DEFAULT_MODELS[task]);
      const s = score(
        labels,
        gold,
        features.map((f) => model.predict(f).label),
      );
      const majority = majorityLabel(
        labels,
        dev.map((it) => it[task]),
      );
      const base = score(
        labels,
        gold,
        gold.map(() => majority),
      );
      expect(s.accuracy).toBeGreaterThanOrEqual(minAccuracy);
      expect(s.macroF1).toBeGreaterThanOrEqual(minMacroF1);
      expect(s.accuracy - base.accuracy).toBeGreaterThan(minGain);
    },
  );

  it("language: accuracy ≥ 0.95 over kk, ru, en and mixed", () => {
    const s = score(
      LABELLED_LANGUAGES,
      test.map((it) => it.lang),
      test.map((it) => detectLanguage(tokenize(normaliseText(it.text))).lang),
    );
    expect(s.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(s.macroF1).toBeGreaterThanOrEqual(0.88);
  });
});

const shared = sharedDataDir();

describe.skipIf(!shared)("held-out quality on real data (../shared/data)", () => {
  it("sentiment on KazSAnDRA's held-out split: above the majority class, at least 0.72 macro-F1 on polarity, calibrated (ECE ≤ 0.05)", () => {
    const set = loadKazsandra(shared!);
    const model = compileLinearModel(DEFAULT_MODELS.sentiment);
    const labels: readonly string[] = TASKS.sentiment;
    const predictions = set.test.map((it) => model.predict(extractFeatures(prepareText(it.text), it.text)));
    const gold = set.test.map((it) => it.label);
    const s = score(
      labels,
      gold,
      predictions.map((p) => p.label),
    );
    const polarity = set.test.flatMap((it, k) => (it.label === "neutral" ? [] : [k]));
    const sp = score(
      labels,
      polarity.map((k) => gold[k]!),
      polarity.map((k) => predictions[k]!.label),
    );
    const majority = score(
      labels,
      gold,
      gold.map(() => "positive"),
    );
    expect(s.macroF1).toBeGreaterThan(majority.macroF1 + 0.15);
    expect(sp.macroF1).toBeGreaterThanOrEqual(0.72);
    expect(s.accuracy).toBeGreaterThanOrEqual(0.76);
    const { ece } = reliability(
      predictions.map((p) => p.confidence),
      predictions.map((p, k) => p.label === gold[k]),
    );
    expect(ece).toBeLessThanOrEqual(0.05);
  });

  it("language on ud-langid's held-out split: at least 98 %", () => {
    const set = loadUdLangid(shared!);
    const s = score(
      ["kk", "ru", "en", "mixed", "und"],
      set.test.map((it) => it.label),
      set.test.map((it) => detectLanguage(tokenize(normaliseText(it.text))).lang),
    );
    expect(s.accuracy).toBeGreaterThanOrEqual(0.98);
  });
});

/** A few points under docs/analysis-quality.md: CEDR macro-F1 74.1 %, ru-go-emotions 59.1 %. */
const MIN_RU_F1_CEDR = 0.7;
const MIN_RU_F1_GOEMO = 0.55;

// Russian sentiment on the held-out 20 % of the licensed Russian sets (fetched snapshots; skipped without them).
const russian = [loadCedr(), loadRuGoEmotions()];
describe.skipIf(russian.some((r) => !r))("held-out Russian sentiment (CEDR, ru-go-emotions)", () => {
  it.each([
    ["CEDR", 0, MIN_RU_F1_CEDR],
    ["ru-go-emotions", 1, MIN_RU_F1_GOEMO],
  ] as const)("%s: macro-F1 above the majority class and the floor, calibrated (ECE ≤ 0.05)", (_, k, floor) => {
    const set = russian[k]!;
    const model = compileLinearModel(DEFAULT_MODELS.sentiment);
    const labels: readonly string[] = TASKS.sentiment;
    const predictions = set.test.map((it) => model.predict(extractFeatures(prepareText(it.text), it.text)));
    const gold = set.test.map((it) => it.label);
    const s = score(
      labels,
      gold,
      predictions.map((p) => p.label),
    );
    const majority = majorityLabel(
      labels,
      set.train.map((it) => it.label),
    );
    const m = score(
      labels,
      gold,
      gold.map(() => majority),
    );
    expect(s.macroF1).toBeGreaterThan(m.macroF1 + 0.25);
    expect(s.macroF1).toBeGreaterThanOrEqual(floor);
    const { ece } = reliability(
      predictions.map((p) => p.confidence),
      predictions.map((p, j) => p.label === gold[j]),
    );
    expect(ece).toBeLessThanOrEqual(0.05);
  });
});

// The review's probes (../shared/reviews/2026-12-analysis-on-real-data.md): liking is not disliking.
describe("sentiment probes from real reviews", () => {
  const analyser = createAnalyser({ tasks: ["sentiment"], groupDuplicates: false });
  it.each([
    ["Маған ұнады", "positive"],
    ["Маған ұнамады", "negative"],
    ["Керемет", "positive"],
    ["Өте сапалы техника.", "positive"],
    ["Керемет, әдемі тұрады, ақшасыда қол жетімді. Маған өте ұнады. Доставкасы да уақытылы.", "positive"],
    ["Отлично", "positive"],
    ["Ужасное обслуживание, никому не советую", "negative"],
  ])("%s → %s", (text, sentiment) => {
    expect(analyser.analyse("p", text).sentiment).toBe(sentiment);
  });
});
