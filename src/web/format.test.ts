/** Dates in Kazakhstan's time (UTC+5), whatever the time zone of the computer running the UI. */
import { describe, expect, it } from "vitest";
import { fmtDate, fmtDateTime, shortBodyName } from "./format.ts";

describe("dates in Kazakhstan time", () => {
  it.each([
    ["2025-03-31T19:30:00Z", "01.04.2025 00:30"], // past midnight in Astana, still 31 March in UTC
    ["2025-03-31T18:59:00Z", "31.03.2025 23:59"],
    ["2025-06-15T12:00:00+06:00", "15.06.2025 11:00"],
  ])("%s is %s", (instant, shown) => {
    expect(fmtDateTime(instant)).toBe(shown);
    expect(fmtDate(instant)).toBe(shown.slice(0, 10));
  });

  it("keeps a calendar date the same day, and shows a dash for nothing", () => {
    expect(fmtDate("2025-12-31")).toBe("31.12.2025");
    expect(fmtDate(null)).toBe("—");
  });
});

describe("a body's name in a chart's narrow label", () => {
  it.each([
    ["Қазақстан Республикасы Қаржы министрлігі", "Қаржы министрлігі"],
    ["Қазақстан Республикасының Ұлттық Банкі", "Ұлттық Банкі"],
    ["Министерство финансов Республики Казахстан", "Министерство финансов"],
    ["Алматы қаласының әкімдігі", "Алматы қаласының әкімдігі"],
    ["Ministry of Finance", "Ministry of Finance"],
  ])("%s → %s", (name, short) => {
    expect(shortBodyName(name)).toBe(short);
  });
});
