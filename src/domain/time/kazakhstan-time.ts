/**
 * Kazakhstan's calendar time, in one place. Every date the order (No. 17-НҚ) counts — a period's
 * bounds (§20, §22), a quarter (§14, §15), a due date (§12, §16, §18), the day an item was received —
 * is a calendar date in Kazakhstan, and Pikir computes it with ONE fixed offset, UTC+5, for every
 * instant, past and present.
 *
 * The choice: since 00:00 on 1 March 2024 the whole country keeps one time zone, UTC+5. Before that, Astana, Almaty and the eastern and central regions
 * were on UTC+6 (the western regions already on UTC+5). Pikir keeps UTC+5 for earlier instants too,
 * because:
 *  - the order and its methodology apply from 2024 and periods are evaluated after that; a pre-2024
 *    instant only matters for imported history, where it can move an item received between 00:00
 *    and 01:00 Astana time into the previous day — never across a period of the methodology;
 *  - the database computes the same days in SQL (indicator_daily, migration 0006; quarterly and
 *    weekly groupings), and one offset keeps PGlite (PG 18) and the server (PG 15) in exact
 *    agreement without a tz database, which a region-dependent, historical rule would need.
 * Cron schedules are the exception: pg-boss runs them by the tz database (Asia/Almaty), which is
 * UTC+5 for every future instant as well.
 */
const KZ_OFFSET = "+05:00";
const KZ_OFFSET_MS = 5 * 3_600_000;
const DAY_MS = 24 * 3_600_000;

/** The instant as Kazakhstan's wall clock, "YYYY-MM-DDTHH:mm:ss" (no offset). */
export function kazakhstanWallClock(instant: Date): string {
  return new Date(instant.getTime() + KZ_OFFSET_MS).toISOString().slice(0, 19);
}

/** The instant's calendar date in Kazakhstan, YYYY-MM-DD (today's, without an argument). */
export function kazakhstanDate(instant = new Date()): string {
  return kazakhstanWallClock(instant).slice(0, 10);
}

/** The hour of the day in Kazakhstan, 0–23. */
export function kazakhstanHour(instant = new Date()): number {
  return Number(kazakhstanWallClock(instant).slice(11, 13));
}

/** The calendar parts of the instant's date in Kazakhstan (month 1–12). */
export function kazakhstanParts(instant: Date): { year: number; month: number; day: number } {
  const [year, month, day] = kazakhstanDate(instant).split("-").map(Number) as [number, number, number];
  return { year, month, day };
}

/** The instant a Kazakhstan wall-clock time (date, optionally "THH:mm[:ss]") names; NaN-dated if malformed. */
export function kazakhstanInstant(wallClock: string): Date {
  return new Date(`${wallClock.length === 10 ? `${wallClock}T00:00:00` : wallClock}${KZ_OFFSET}`);
}

/** [first instant of `from`, first instant after `to`): the calendar days from..to in Kazakhstan. */
export function kazakhstanDays(from: string, to: string): { from: Date; before: Date } {
  const first = kazakhstanInstant(from);
  const last = kazakhstanInstant(to);
  if (Number.isNaN(first.getTime()) || Number.isNaN(last.getTime())) throw new RangeError(`bad period ${from}..${to}`);
  return { from: first, before: new Date(last.getTime() + DAY_MS) };
}
