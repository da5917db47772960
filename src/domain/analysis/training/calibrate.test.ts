import { describe, expect, it } from "vitest";
import { applyCalibration, fitCalibration, reliability } from "./calibrate.ts";
import { seededRandom, toLinearModelJson, trainSoftmaxSgd } from "./train-sgd.ts";
import { compileLinearModel, decodeBase64, encodeBase64 } from "../linear-model.ts";
import { FEATURE_BUCKETS } from "../features.ts";

/** Two-class scores whose true probability is softmax(z / T): a model over-confident by T. */
function overconfident(T: number, n: number) {
  const random = seededRandom(5);
  const logits: number[][] = [];
  const gold: number[] = [];
  for (let k = 0; k < n; k++) {
    const z = (random() * 2 - 1) * 6;
    const p1 = 1 / (1 + Math.exp(-z / T));
    logits.push([0, z]);
    gold.push(random() < p1 ? 1 : 0);
  }
  return { logits, gold };
}

describe("confidence calibration (temperature on a held-out split)", () => {
  it.each([1, 2, 3])("recovers a temperature of %s from over-confident scores", (T) => {
    const { logits, gold } = overconfident(T, 5_000);
    const cal = fitCalibration(logits, gold, 2, false);
    expect(cal.temperature).toBeGreaterThan(T * 0.9);
    expect(cal.temperature).toBeLessThan(T * 1.1);
  });

  it("lowers the expected calibration error of over-confident scores below 0.02", () => {
    const { logits, gold } = overconfident(3, 5_000);
    const raw = logits.map((z) => applyCalibration(z, { temperature: 1, shift: [0, 0] }));
    const cal = fitCalibration(logits, gold, 2, false);
    const fixed = logits.map((z) => applyCalibration(z, cal));
    const ece = (ps: Float64Array[]) =>
      reliability(
        ps.map((p) => Math.max(p[0]!, p[1]!)),
        ps.map((p, k) => (p[1]! > p[0]! ? 1 : 0) === gold[k]),
      ).ece;
    expect(ece(raw)).toBeGreaterThan(0.1);
    expect(ece(fixed)).toBeLessThan(0.02);
  });

  it("fits a label prior when asked (a set that is 90 % one class)", () => {
    const logits = Array.from({ length: 1000 }, () => [0, 0]);
    const gold = logits.map((_, k) => (k % 10 === 0 ? 0 : 1));
    const cal = fitCalibration(logits, gold, 2, true);
    expect(applyCalibration([0, 0], cal)[1]).toBeCloseTo(0.9, 2);
  });

  it("bins by confidence: ECE is the weighted gap between confidence and accuracy", () => {
    const { bins, ece } = reliability([0.95, 0.95, 0.55, 0.55], [true, false, true, true]);
    expect(bins[9]).toMatchObject({ n: 2, accuracy: 0.5 });
    expect(bins[5]).toMatchObject({ n: 2, accuracy: 1 });
    expect(ece).toBeCloseTo(0.5 * 0.45 + 0.5 * 0.45, 10);
  });
});

describe("SGD training and dense weights", () => {
  const examples = Array.from({ length: 200 }, (_, k) => ({
    idx: Int32Array.of(k % 2, 10 + (k % 7)),
    val: Float32Array.of(1, 0.5),
    label: k % 2,
  }));

  it("is deterministic: the same data and seed give the same weights", () => {
    const a = trainSoftmaxSgd(examples, 2, FEATURE_BUCKETS, { epochs: 3, learningRate: 0.1, l2: 1e-5, seed: 17 });
    const b = trainSoftmaxSgd(examples, 2, FEATURE_BUCKETS, { epochs: 3, learningRate: 0.1, l2: 1e-5, seed: 17 });
    expect(Buffer.from(a.w.buffer).equals(Buffer.from(b.w.buffer))).toBe(true);
    expect(
      compileLinearModel(toLinearModelJson("t", "t", ["a", "b"], a)).predict({
        idx: Int32Array.of(1),
        val: Float32Array.of(1),
      }).label,
    ).toBe("b");
  });

  it("stores dense weights as int16 that predict like the sparse form", () => {
    const m = trainSoftmaxSgd(examples, 2, FEATURE_BUCKETS, { epochs: 3, learningRate: 0.1, l2: 1e-5, seed: 17 });
    const dense = compileLinearModel(toLinearModelJson("d", "t", ["a", "b"], m, { dense: true }));
    const sparse = compileLinearModel(toLinearModelJson("s", "t", ["a", "b"], m, { prune: 0 }));
    for (const ex of examples.slice(0, 20)) {
      expect(dense.predict(ex).label).toBe(sparse.predict(ex).label);
      expect(dense.predict(ex).confidence).toBeCloseTo(sparse.predict(ex).confidence, 3);
    }
  });

  it.each([[[]], [[1]], [[1, 2]], [[0, 255, 128, 7, 9]]])("base64 round-trips %j", (bytes) => {
    const u = Uint8Array.from(bytes as number[]);
    expect(Array.from(decodeBase64(encodeBase64(u)))).toEqual(Array.from(u));
    expect(encodeBase64(u)).toBe(Buffer.from(u).toString("base64"));
  });
});
