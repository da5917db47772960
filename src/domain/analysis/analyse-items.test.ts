/**
 * The analyser's fast path (one fused table for the shipped models, features in reused buffers,
 * only the requested labels) must give exactly what the per-model labellers give: same labels,
 * same confidences, same duplicate groups.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createAnalyser } from "./analyse-items.ts";
import { DEFAULT_MODELS } from "./default-models.ts";
import { extractFeatures } from "./features.ts";
import { registerLabellerFactory } from "./labeller.ts";
import { compileLinearModel } from "./linear-model.ts";
import { compileModelSet } from "./model-set.ts";
import { prepareText } from "./prepare-text.ts";
import { parseLabelledSet, TASKS, type TaskName } from "./training/dataset.ts";

const read = (name: string) =>
  parseLabelledSet(readFileSync(fileURLToPath(new URL(`./data/${name}`, import.meta.url)), "utf8"));
const texts = [...read("dev.jsonl"), ...read("test.jsonl")].map((it) => it.text);
// Every text twice, once with a small edit, so duplicate grouping has work to do.
const items = texts.flatMap((text, i) => [
  { id: `a${i}`, text },
  { id: `b${i}`, text: text.replace(/\.$/u, "") + " 12" },
]);
const ALL = Object.keys(TASKS) as TaskName[];

describe("fused model table", () => {
  it("gives every shipped model's probabilities for every text", () => {
    const set = compileModelSet(ALL.map((t) => DEFAULT_MODELS[t]));
    const single = ALL.map((t) => compileLinearModel(DEFAULT_MODELS[t]));
    let worst = 0;
    for (const text of texts) {
      const f = extractFeatures(prepareText(text), text);
      set.predict(f.idx, f.val, f.idx.length);
      single.forEach((model, m) => {
        const p = model.predict(f);
        expect(DEFAULT_MODELS[ALL[m]!].labels[set.best[m]!]).toBe(p.label);
        expect(set.confidence[m]).toBe(p.confidence);
        set.probabilities(m).forEach((x, c) => {
          worst = Math.max(worst, Math.abs(x - Object.values(p.probabilities)[c]!));
        });
      });
    }
    expect(worst).toBe(0);
  });
});

describe("createAnalyser", () => {
  it("labels as the per-task labellers do (the shipped models through the labeller seam)", () => {
    const fast = createAnalyser();
    const seam = createAnalyser({
      labellers: Object.fromEntries(ALL.map((t) => [t, { type: "linear", model: DEFAULT_MODELS[t] }])),
    });
    for (const { id, text } of items) expect(fast.analyse(id, text)).toEqual(seam.analyse(id, text));
    expect(fast.campaigns()).toEqual(seam.campaigns());
    expect(fast.campaigns().length).toBeGreaterThan(0);
  });

  it("keeps the field order of its JSON output", () => {
    const a = createAnalyser().analyse("1", "Прошу отремонтировать дорогу на улице Абая");
    expect(Object.keys(a)).toEqual([
      "id",
      "lang",
      "script",
      "kind",
      "appealType",
      "sentiment",
      "topic",
      "duplicateOf",
      "duplicateSimilarity",
      "confidence",
      "labellers",
    ]);
    expect(Object.keys(a.confidence)).toEqual(["lang", "kind", "appealType", "sentiment", "topic"]);
  });

  it("computes only the labels asked for, identical to the full analysis", () => {
    const full = createAnalyser();
    const some = createAnalyser({ tasks: ["sentiment", "kind"] });
    for (const { id, text } of items) {
      const a = full.analyse(id, text);
      const b = some.analyse(id, text);
      expect(b).toEqual({
        id,
        lang: a.lang,
        script: a.script,
        kind: a.kind,
        sentiment: a.sentiment,
        duplicateOf: a.duplicateOf,
        duplicateSimilarity: a.duplicateSimilarity,
        confidence: { lang: a.confidence.lang, kind: a.confidence.kind, sentiment: a.confidence.sentiment },
        labellers: { kind: a.labellers.kind, sentiment: a.labellers.sentiment },
      });
    }
    expect(some.campaigns()).toEqual(full.campaigns());
  });

  it("still runs a registered labeller beside the shipped models", () => {
    registerLabellerFactory("test-constant", (_config, task) => ({
      name: "constant",
      task,
      labels: TASKS[task],
      label: () => ({ label: "positive", confidence: 0.5, probabilities: {} }),
    }));
    const a = createAnalyser({ labellers: { sentiment: { type: "test-constant" } }, groupDuplicates: false });
    const b = createAnalyser({ groupDuplicates: false });
    const x = a.analyse("1", texts[0]!);
    const y = b.analyse("1", texts[0]!);
    expect(x).toEqual({
      ...y,
      sentiment: "positive",
      confidence: { ...y.confidence, sentiment: 0.5 },
      labellers: { ...y.labellers, sentiment: "constant" },
    });
  });
});
