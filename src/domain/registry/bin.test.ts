import { describe, expect, it } from "vitest";
import { binCheckDigit, isValidBin } from "./bin.ts";

describe("BIN check digit (12 digits, IIN-style mod 11)", () => {
  it.each([
    // first weights: 1·0+2·2+3·0+4·5+5·4+6·0+7·0+8·0+9·0+10·0+11·1 = 4+20+20+11 = 55 → 0
    ["020540000010", true],
    ["020540000011", false], // wrong check digit
    ["02054000001", false], // 11 digits
    ["0205400000100", false], // 13 digits
    ["02054000001a", false],
  ])("%s → %s", (bin, ok) => expect(isValidBin(bin)).toBe(ok));

  it("falls back to the second weights when the first give 10", () => {
    const prefix = "00000000010"; // first weights: 10·1 = 10; second weights: 1·1 = 1
    expect(binCheckDigit(prefix)).toBe(1);
    expect(isValidBin(`${prefix}1`)).toBe(true);
  });

  it("has no check digit when both weightings give 10", () => {
    // Such prefixes exist (about one in 121); find the first rather than hard-code it.
    let found: string | null = null;
    for (let n = 0; n < 100000 && !found; n++) {
      const p = n.toString().padStart(11, "0");
      if (binCheckDigit(p) === null) found = p;
    }
    expect(found).not.toBeNull();
    for (let d = 0; d <= 9; d++) expect(isValidBin(`${found}${d}`)).toBe(false);
  });
});
