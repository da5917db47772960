import { describe, expect, it } from "vitest";
import {
  compare,
  multiply,
  rational,
  roundHalfUpToTenths,
  tenthsToNumber,
  tenthsToString,
  toFractionString,
} from "./rational.ts";

describe("BigInt rationals used by §22", () => {
  it.each([
    { n: 27, d: 40, s: "27/40" },
    { n: 20, d: 20, s: "1/1" },
    { n: 0, d: 7, s: "0/1" },
    { n: 6, d: -8, s: "-3/4" },
  ])("reduces $n/$d to $s", ({ n, d, s }) => {
    expect(toFractionString(rational(n, d))).toBe(s);
  });

  it("multiplies and compares exactly", () => {
    expect(toFractionString(multiply(rational(2, 3), rational(3, 4)))).toBe("1/2");
    expect(compare(rational(1, 3), rational(333, 1000))).toBe(1);
    expect(compare(rational(2, 4), rational(1, 2))).toBe(0);
    expect(compare(rational(1, 7), rational(1, 6))).toBe(-1);
  });

  it.each([
    // half-up at exactly .x5, truncation below it
    { n: 1399, d: 20, tenths: 700n, text: "70.0" },
    { n: 13989, d: 200, tenths: 699n, text: "69.9" },
    { n: 200, d: 3, tenths: 667n, text: "66.7" },
    { n: 100, d: 1, tenths: 1000n, text: "100.0" },
    { n: 0, d: 1, tenths: 0n, text: "0.0" },
    { n: 1, d: 20, tenths: 1n, text: "0.1" },
  ])("rounds $n/$d to $text", ({ n, d, tenths, text }) => {
    const t = roundHalfUpToTenths(rational(n, d));
    expect(t).toBe(tenths);
    expect(tenthsToString(t)).toBe(text);
    expect(tenthsToNumber(t)).toBe(Number(text));
  });

  it("refuses a zero denominator and negative rounding", () => {
    expect(() => rational(1, 0)).toThrow(RangeError);
    expect(() => roundHalfUpToTenths(rational(-1, 2))).toThrow(RangeError);
  });
});
