import { describe, expect, it } from "vitest";
import { localizeExplanation, localizeZeroReason, slotName } from "./explanation.ts";

// §16: interim results every quarter, final results every year; §23 zeroes F when one is missing.
describe("§16 slots in readable form (every renderer of zero.resultsNotPublished)", () => {
  it.each([
    ["2025-Q3", "kk", "2025 III тоқсан"],
    ["2025-Q3", "ru", "2025, III квартал"],
    ["2025-Q3", "en", "2025, quarter III"],
    ["2025-final", "kk", "2025 (қорытынды)"],
    ["2025-final", "ru", "2025 (итоговые)"],
    ["2025-final", "en", "2025 (final)"],
    ["odd", "en", "odd"],
  ] as const)("%s in %s reads %s", (slot, locale, expected) => {
    expect(slotName(slot, locale)).toBe(expected);
  });

  it("fills {slots} in the explanation line and the zero reason, and never prints the placeholder", () => {
    const lines = [{ key: "zero.resultsNotPublished" as const, params: { slots: "2025-Q3, 2025-final" } }];
    const [line] = localizeExplanation(lines, "kk");
    expect(line).toContain("2025 III тоқсан, 2025 (қорытынды)");
    expect(localizeZeroReason("resultsNotPublished", lines, "ru")).toContain("2025, III квартал, 2025 (итоговые)");
    // A stored line without slots (or a reason without its line) still reads, with a dash.
    for (const text of [
      localizeZeroReason("resultsNotPublished", [], "en"),
      ...localizeExplanation([{ key: "zero.resultsNotPublished", params: {} }], "en"),
    ]) {
      expect(text).not.toContain("{slots}");
      expect(text).toContain(": — (§23)");
    }
  });
});
