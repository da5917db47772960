/**
 * Periods are calendar dates in Kazakhstan's time: the whole country is on UTC+5 since 1 March
 * 2024, so a period 2025-01-01..2025-12-31 covers [2025-01-01T00:00+05:00, 2026-01-01T00:00+05:00).
 * A fixed offset (not a tz database name) keeps PGlite and the server in exact agreement.
 */
export const KZ_OFFSET = "+05:00";

export interface PeriodBounds {
  from: Date;
  before: Date;
}

export function periodBounds(fromDate: string, toDate: string): PeriodBounds {
  const from = new Date(`${fromDate}T00:00:00${KZ_OFFSET}`);
  const last = new Date(`${toDate}T00:00:00${KZ_OFFSET}`);
  if (Number.isNaN(from.getTime()) || Number.isNaN(last.getTime())) throw new RangeError(`bad period ${fromDate}..${toDate}`);
  return { from, before: new Date(last.getTime() + 24 * 3600 * 1000) };
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
    return { from: `${quarter[1]}-${String(endMonth - 2).padStart(2, "0")}-01`, to: `${quarter[1]}-${String(endMonth).padStart(2, "0")}-${endDay}` };
  }
  const half = /^(\d{4})-H([12])$/i.exec(text);
  if (half) return half[2] === "1" ? { from: `${half[1]}-01-01`, to: `${half[1]}-06-30` } : { from: `${half[1]}-07-01`, to: `${half[1]}-12-31` };
  return null;
}

const KZ_OFFSET_MS = 5 * 3600_000;

/** Today's calendar date in Kazakhstan (UTC+5), as YYYY-MM-DD. */
export function kazakhstanToday(now = new Date()): string {
  return new Date(now.getTime() + KZ_OFFSET_MS).toISOString().slice(0, 10);
}

/** The hour of the day in Kazakhstan (UTC+5), 0–23. */
export function kazakhstanHour(now = new Date()): number {
  return new Date(now.getTime() + KZ_OFFSET_MS).getUTCHours();
}
