import { describe, expect, it } from "vitest";
import {
  kazakhstanDate,
  kazakhstanDays,
  kazakhstanHour,
  kazakhstanInstant,
  kazakhstanParts,
  kazakhstanWallClock,
} from "./kazakhstan-time.ts";

describe("Kazakhstan calendar time (one offset, UTC+5; see the module for the pre-2024 choice)", () => {
  it.each([
    // instant (UTC)               wall clock              date          hour  why
    ["2025-03-31T18:59:59Z", "2025-03-31T23:59:59", "2025-03-31", 23], // §14: the last second of Q1
    ["2025-03-31T19:00:00Z", "2025-04-01T00:00:00", "2025-04-01", 0], //  §14: the first of Q2
    ["2025-12-31T19:00:00Z", "2026-01-01T00:00:00", "2026-01-01", 0], //  §20: a year's period ends
    ["2024-03-01T00:00:00Z", "2024-03-01T05:00:00", "2024-03-01", 5], //  the day UTC+5 became the only zone
    // Before 1 March 2024 Astana was on UTC+6 (it would read 2024-01-01 00:30): Pikir keeps UTC+5.
    ["2023-12-31T18:30:00Z", "2023-12-31T23:30:00", "2023-12-31", 23],
  ])("%s is %s in Kazakhstan", (instant, wall, date, hour) => {
    const at = new Date(instant);
    expect(kazakhstanWallClock(at)).toBe(wall);
    expect(kazakhstanDate(at)).toBe(date);
    expect(kazakhstanHour(at)).toBe(hour);
    expect(kazakhstanInstant(wall).getTime()).toBe(at.getTime());
  });

  it.each([
    // §20, §22: a period of calendar dates covers whole Kazakhstan days, end inclusive.
    ["2025-01-01", "2025-12-31", "2024-12-31T19:00:00.000Z", "2025-12-31T19:00:00.000Z"],
    ["2025-04-01", "2025-06-30", "2025-03-31T19:00:00.000Z", "2025-06-30T19:00:00.000Z"],
    ["2024-02-29", "2024-02-29", "2024-02-28T19:00:00.000Z", "2024-02-29T19:00:00.000Z"],
  ])("the period %s..%s is [%s, %s)", (from, to, first, before) => {
    const days = kazakhstanDays(from, to);
    expect([days.from.toISOString(), days.before.toISOString()]).toEqual([first, before]);
  });

  it("refuses a malformed date instead of producing an Invalid Date period", () => {
    expect(() => kazakhstanDays("2025-13-01", "2025-12-31")).toThrow(RangeError);
    expect(kazakhstanParts(new Date("2025-03-31T19:00:00Z"))).toEqual({ year: 2025, month: 4, day: 1 });
  });
});
