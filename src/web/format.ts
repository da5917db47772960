/** Dates as dd.mm.yyyy and names in the UI's language (falling back through kk, ru, en). */
import dayjs from "dayjs";
import type { Lang, Localized } from "./types.ts";

export const DATE_FORMAT = "DD.MM.YYYY";

/** Kazakhstan keeps one time zone, UTC+5, since 1 March 2024, and no daylight saving time. */
const KAZAKHSTAN_OFFSET_MS = 5 * 3_600_000;

/**
 * A moment as Kazakhstan's wall clock shows it, whatever the computer's time zone (an official
 * abroad, a misconfigured PC). A calendar date (YYYY-MM-DD) is no moment and stays the same day.
 */
export function inKazakhstan(value: string): dayjs.Dayjs {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return dayjs(value);
  const wall = new Date(Date.parse(value) + KAZAKHSTAN_OFFSET_MS);
  return dayjs(
    new Date(
      wall.getUTCFullYear(),
      wall.getUTCMonth(),
      wall.getUTCDate(),
      wall.getUTCHours(),
      wall.getUTCMinutes(),
      wall.getUTCSeconds(),
    ),
  );
}

export function fmtDate(value: string | null | undefined): string {
  return value ? inKazakhstan(value).format(DATE_FORMAT) : "—";
}

export function fmtDateTime(value: string | null | undefined): string {
  return value ? inKazakhstan(value).format(`${DATE_FORMAT} HH:mm`) : "—";
}

export function pickName(name: Localized | null | undefined, lang: Lang): string {
  if (!name) return "—";
  return name[lang] ?? name.kk ?? name.ru ?? name.en ?? "—";
}

/** Whole days from today to a date (negative when past), by the calendar, not by hours. */
export function daysUntil(date: string): number {
  return dayjs(date).startOf("day").diff(dayjs().startOf("day"), "day");
}

/** Period options for the indicator: years, halves and quarters of the last few years. */
export function periodOptions(years: number[]): string[] {
  return years.flatMap((y) => [`${y}`, `${y}-H1`, `${y}-H2`, `${y}-Q1`, `${y}-Q2`, `${y}-Q3`, `${y}-Q4`]);
}

/** "2025-Q2" → first and last day. */
export function periodRange(period: string): { from: string; to: string } {
  const [yearText, part] = period.split("-");
  const year = Number(yearText);
  const pad = (n: number) => String(n).padStart(2, "0");
  const last = (m: number) =>
    dayjs(`${year}-${pad(m)}-01`)
      .endOf("month")
      .format("YYYY-MM-DD");
  if (!part) return { from: `${year}-01-01`, to: `${year}-12-31` };
  if (part.startsWith("H")) {
    const h = Number(part.slice(1));
    return { from: `${year}-${pad(h === 1 ? 1 : 7)}-01`, to: last(h === 1 ? 6 : 12) };
  }
  const q = Number(part.slice(1));
  return { from: `${year}-${pad(q * 3 - 2)}-01`, to: last(q * 3) };
}

/** The quarter that ended last (the §14 analysis is due 15 days after it): "2025-Q3". */
export function lastFinishedQuarter(today = dayjs()): string {
  const q = Math.floor(today.month() / 3); // 0..3: the current quarter's index
  return q === 0 ? `${today.year() - 1}-Q4` : `${today.year()}-Q${q}`;
}

/** Quarters of the given years, newest first. */
export function quarterList(years: number[]): string[] {
  return [...years].sort((a, b) => b - a).flatMap((y) => [4, 3, 2, 1].map((q) => `${y}-Q${q}`));
}

/** A period as the order writes it, in the UI's language ("2025 ж., 3-тоқсан"); other text unchanged. */
export function periodLabel(text: string, t: (key: string, options?: Record<string, unknown>) => string): string {
  const m = /^(\d{4})(?:-(Q|H)([1-4]))?$/i.exec(text);
  if (!m) return text;
  if (!m[2]) return t("period.year", { year: m[1] });
  return t(m[2].toUpperCase() === "Q" ? "period.quarter" : "period.half", { year: m[1], n: m[3] });
}

/** A central body's name without the country every such name repeats (kk, ru), for a chart's narrow label. */
export function shortBodyName(name: string): string {
  const short = name
    .replace(/^Қазақстан Республикасы(ның)?\s+/u, "")
    .replace(/\s+Республики Казахстан$/u, "")
    .replace(/^(.)/u, (c) => c.toLocaleUpperCase());
  return short || name;
}
