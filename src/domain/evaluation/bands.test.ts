import { describe, expect, it } from "vitest";
import { BANDS, rateIndicator } from "./bands.ts";

describe("rateIndicator — §23 scale on a one-decimal F", () => {
  it.each([
    { F: 0, band: "ineffective" },
    { F: 49.9, band: "ineffective" },
    { F: 50, band: "low" },
    { F: 69.9, band: "low" },
    { F: 70, band: "medium" },
    { F: 89.9, band: "medium" },
    { F: 90, band: "high" },
    { F: 100, band: "high" },
  ])("§23: $F% → $band", ({ F, band }) => {
    expect(rateIndicator(F)).toBe(band);
  });

  it.each([-0.1, 100.1, Number.NaN, Number.POSITIVE_INFINITY])("refuses %s", (F) => {
    expect(() => rateIndicator(F)).toThrow(RangeError);
  });

  it("declares the bands once, lowest first", () => {
    expect(BANDS).toEqual(["ineffective", "low", "medium", "high"]);
  });
});
