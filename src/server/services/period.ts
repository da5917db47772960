/**
 * Periods are calendar dates in Kazakhstan's time (UTC+5: domain/time/kazakhstan-time.ts says why
 * one fixed offset), so a period 2025-01-01..2025-12-31 covers [2025-01-01T00:00+05:00, 2026-01-01T00:00+05:00).
 */
import {
  kazakhstanDate,
  kazakhstanDays,
  kazakhstanHour as hourInKazakhstan,
} from "../../domain/time/kazakhstan-time.ts";

export interface PeriodBounds {
  from: Date;
  before: Date;
}

export function periodBounds(fromDate: string, toDate: string): PeriodBounds {
  return kazakhstanDays(fromDate, toDate);
}

/** "2025" → the year; "2025-Q2" → the quarter; "2025-H1" → the half-year. */
export function parsePeriod(text: string): { from: string; to: string } | null {
  const year = /^(\d{4})$/.exec(text);
  if (year) return { from: `${year[1]}-01-01`, to: `${year[1]}-12-31` };
  const quarter = /^(\d{4})-Q([1-4])$/i.exec(text);
  if (quarter) {
    const q = Number(quarter[2]);
    const endMonth = q * 3;
    const endDay = new Date(Date.UTC(Number(quarter[1]), endMonth, 0)).getUTCDate();
    return {
      from: `${quarter[1]}-${String(endMonth - 2).padStart(2, "0")}-01`,
      to: `${quarter[1]}-${String(endMonth).padStart(2, "0")}-${endDay}`,
    };
  }
  const half = /^(\d{4})-H([12])$/i.exec(text);
  if (half)
    return half[2] === "1"
      ? { from: `${half[1]}-01-01`, to: `${half[1]}-06-30` }
      : { from: `${half[1]}-07-01`, to: `${half[1]}-12-31` };
  return null;
}

/** Today's calendar date in Kazakhstan (UTC+5), as YYYY-MM-DD. */
export function kazakhstanToday(now = new Date()): string {
  return kazakhstanDate(now);
}

/** The hour of the day in Kazakhstan (UTC+5), 0–23. */
export function kazakhstanHour(now = new Date()): number {
  return hourInKazakhstan(now);
}
