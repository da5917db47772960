/**
 * Quarters in Kazakhstan's time (UTC+5, see ../period.ts): §14's analysis, campaign groups and
 * topic trends all work per calendar quarter.
 */
import { kazakhstanParts } from "../../../domain/time/kazakhstan-time.ts";
import { parsePeriod, periodBounds, type PeriodBounds } from "../period.ts";

const QUARTER = /^(\d{4})-Q([1-4])$/i;

export interface Quarter {
  year: number;
  q: number;
}

export function parseQuarter(text: string): Quarter | null {
  const m = QUARTER.exec(text);
  return m ? { year: Number(m[1]), q: Number(m[2]) } : null;
}

export function formatQuarter({ year, q }: Quarter): string {
  return `${year}-Q${q}`;
}

export function quarterOf(instant: Date): Quarter {
  const { year, month } = kazakhstanParts(instant);
  return { year, q: Math.floor((month - 1) / 3) + 1 };
}

export function previousQuarter({ year, q }: Quarter): Quarter {
  return q === 1 ? { year: year - 1, q: 4 } : { year, q: q - 1 };
}

export function nextQuarter({ year, q }: Quarter): Quarter {
  return q === 4 ? { year: year + 1, q: 1 } : { year, q: q + 1 };
}

export function quarterDates(quarter: Quarter): { from: string; to: string } {
  return parsePeriod(formatQuarter(quarter))!;
}

export function quarterBounds(quarter: Quarter): PeriodBounds {
  const { from, to } = quarterDates(quarter);
  return periodBounds(from, to);
}

/** Every quarter that overlaps the dates from..to (inclusive, YYYY-MM-DD). */
export function quartersBetween(from: string, to: string): Quarter[] {
  const bounds = periodBounds(from, to);
  const last = quarterOf(new Date(bounds.before.getTime() - 1));
  const out: Quarter[] = [];
  for (let q = quarterOf(bounds.from); ; q = nextQuarter(q)) {
    out.push(q);
    if (q.year === last.year && q.q === last.q) return out;
    if (out.length > 400) throw new RangeError(`period ${from}..${to} is too long`);
  }
}
