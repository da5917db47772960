/**
 * The model every document is built into, whatever its format: renderers (DOCX, XLSX, PDF, CSV)
 * only lay it out, so what a document says is decided — and tested — here, in pure code.
 */
import { translate, type Locale, type MessageParams } from "../../i18n/index.ts";
import { reportMessages, type ReportMessageKey } from "../../i18n/messages/reports.ts";
import { kazakhstanDate } from "../time/kazakhstan-time.ts";

export const REPORT_KINDS = ["discussion", "submission", "evaluation", "results", "quarterly", "topics", "council"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** Numbers stay numbers so spreadsheets can sum them; everything else is text. */
export type Cell = string | number | null;

export interface ReportTable {
  /** Short name, also the worksheet name in XLSX. */
  name: string;
  columns: string[];
  /** Relative column widths (text columns wider); renderers scale them. */
  widths: number[];
  rows: Cell[][];
}

export interface ReportSection {
  heading: string;
  paragraphs: string[];
  tables: ReportTable[];
}

export interface ReportDocument {
  kind: ReportKind;
  locale: Locale;
  title: string;
  /** Label/value lines under the title: body, period, date and what else the document names. */
  meta: { label: string; value: string }[];
  sections: ReportSection[];
  /** ASCII file-name stem, e.g. "discussion-MINFIN-2025-Q1". */
  fileStem: string;
}

/** A translator bound to one locale: `t("col.no")`. */
export type Translate = (key: ReportMessageKey, params?: MessageParams) => string;
export const translator = (locale: Locale): Translate => (key, params) => translate(reportMessages, locale, key, params);

/** "2025-03-07" → "07.03.2025"; a Date is shown as its calendar day in Kazakhstan (UTC+5). */
export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined) return "";
  const iso = typeof value === "string" ? value.slice(0, 10) : kazakhstanDate(value);
  const [y, m, d] = iso.split("-");
  return `${d}.${m}.${y}`;
}

export function formatPeriod(period: { from: string; to: string }): string {
  return `${formatDate(period.from)} – ${formatDate(period.to)}`;
}

/** The common header lines every document starts with (§7, §20: the body, the period, the date). */
export function standardMeta(t: Translate, input: { bodyName: string; period?: { from: string; to: string }; generatedOn: string }) {
  const meta = [{ label: t("meta.body"), value: input.bodyName }];
  if (input.period) meta.push({ label: t("meta.period"), value: formatPeriod(input.period) });
  meta.push({ label: t("meta.date"), value: formatDate(input.generatedOn) });
  return meta;
}

/** A name in the document's language, falling back through kk → ru → en when one is missing. */
export function nameIn(names: { kk?: string | null; ru?: string | null; en?: string | null }, locale: Locale): string {
  const order: Locale[] = locale === "kk" ? ["kk", "ru", "en"] : locale === "ru" ? ["ru", "kk", "en"] : ["en", "ru", "kk"];
  for (const l of order) {
    const v = names[l];
    if (v && v.trim()) return v;
  }
  return "";
}

export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;
}

/** ASCII-only file-name stem: codes of bodies may hold anything, file names must not. */
export function safeStem(...parts: string[]): string {
  return parts.map((p) => p.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "")).filter(Boolean).join("-") || "report";
}
