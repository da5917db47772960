/**
 * Classifier quality on the held-out test set (data/test.jsonl, never used in training or tuning).
 * Thresholds sit a few points under the figures measured when the models were trained
 * (docs/analysis-quality.md): kind 84.0%, appeal 80.4%, sentiment 82.8%, topic 67.5%, language 97.5%.
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

const read = (name: string) => parseLabelledSet(readFileSync(fileURLToPath(new URL(`./data/${name}`, import.meta.url)), "utf8"));
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
    { task: "kind", minAccuracy: 0.8, minMacroF1: 0.8 },
    { task: "appeal", minAccuracy: 0.76, minMacroF1: 0.68 },
    { task: "sentiment", minAccuracy: 0.78, minMacroF1: 0.72 },
    { task: "topic", minAccuracy: 0.62, minMacroF1: 0.56 },
  ] as { task: TaskName; minAccuracy: number; minMacroF1: number }[])("$task: accuracy ≥ $minAccuracy and well above the majority baseline", ({ task, minAccuracy, minMacroF1 }) => {
    const labels: readonly string[] = TASKS[task];
    const gold = test.map((it) => it[task]);
    const model = compileLinearModel(DEFAULT_MODELS[task]);
    const s = score(labels, gold, features.map((f) => model.predict(f).label));
    const majority = majorityLabel(labels, dev.map((it) => it[task]));
    const base = score(labels, gold, gold.map(() => majority));
    expect(s.accuracy).toBeGreaterThanOrEqual(minAccuracy);
    expect(s.macroF1).toBeGreaterThanOrEqual(minMacroF1);
    expect(s.accuracy - base.accuracy).toBeGreaterThan(0.2);
  });

  it("language: accuracy ≥ 0.95 over kk, ru, en and mixed", () => {
    const s = score(LABELLED_LANGUAGES, test.map((it) => it.lang), test.map((it) => detectLanguage(tokenize(normaliseText(it.text))).lang));
    expect(s.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(s.macroF1).toBeGreaterThanOrEqual(0.88);
  });
});
