/**
 * The model every document is built into, whatever its format: renderers (DOCX, XLSX, PDF, CSV)
 * only lay it out, so what a document says is decided — and tested — here, in pure code.
 */
import { translate, type Locale, type MessageParams } from "../../i18n/index.ts";
import { reportMessages, type ReportMessageKey } from "../../i18n/messages/reports.ts";
import { kazakhstanDate } from "../time/kazakhstan-time.ts";

export const REPORT_KINDS = [
  "discussion",
  "submission",
  "evaluation",
  "results",
  "quarterly",
  "topics",
  "council",
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** A calendar day (ISO "2025-03-07"): shown dd.mm.yyyy, written to spreadsheets as a real date. */
export interface DateCell {
  date: string;
}

/** Numbers stay numbers and days stay dates, so spreadsheets can sum and sort them; the rest is text. */
export type Cell = string | number | null | DateCell;

export const isDateCell = (cell: Cell): cell is DateCell => typeof cell === "object" && cell !== null;

/** A day as a table cell; a Date is taken as its calendar day in Kazakhstan (UTC+5). */
export function dateCell(value: string | Date | null | undefined): Cell {
  if (value === null || value === undefined) return null;
  return {
    date:
      typeof value === "string"
        ? value.slice(0, 10)
        : new Date(value.getTime() + 5 * 3600_000).toISOString().slice(0, 10),
  };
}

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

/**
 * What makes a document an official letter (see letter.ts): the sending body on a two-language
 * letterhead, the outgoing number and date for the registry to fill, the addressee, the head who
 * signs and the executor who prepared it. Every text is already in the document's language.
 */
export interface DocumentLetter {
  sender: { kk: string; ru: string };
  /** Lines under the letterhead: address, phone, e-mail, website — whatever is known. */
  requisites: string[];
  /** "№ ____ «__» ______ 20__ ж." — the registry (ЕСЭДО) gives the number when it sends. */
  outgoing: { number: string; date: string };
  addressee: string[];
  signature: { position: string; name: string };
  executor: string[];
  /** The running header of every page after the first: the document's title. */
  runningHeader: string;
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
  /** The parts of the file name `<body code>_<document>_<period>_<lang>.<ext>`. */
  fileParts?: { bodyCode: string; period: string };
  /** Set by the report service; renderers lay a document without one out as a plain report. */
  letter?: DocumentLetter;
}

/** A translator bound to one locale: `t("col.no")`. */
export type Translate = (key: ReportMessageKey, params?: MessageParams) => string;
export const translator =
  (locale: Locale): Translate =>
  (key, params) =>
    translate(reportMessages, locale, key, params);

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
export function standardMeta(
  t: Translate,
  input: { bodyName: string; period?: { from: string; to: string }; generatedOn: string },
) {
  const meta = [{ label: t("meta.body"), value: input.bodyName }];
  if (input.period) meta.push({ label: t("meta.period"), value: formatPeriod(input.period) });
  meta.push({ label: t("meta.date"), value: formatDate(input.generatedOn) });
  return meta;
}

/** A name in the document's language, falling back through kk → ru → en when one is missing. */
export function nameIn(names: { kk?: string | null; ru?: string | null; en?: string | null }, locale: Locale): string {
  const order: Locale[] =
    locale === "kk" ? ["kk", "ru", "en"] : locale === "ru" ? ["ru", "kk", "en"] : ["en", "ru", "kk"];
  for (const l of order) {
    const v = names[l];
    if (v && v.trim()) return v;
  }
  return "";
}

export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;
}

/** A period as a file name shows it: "2025", "2025-H1", "2025-Q3", else "2025-02-01--2025-04-30". */
export function periodLabelOf(from: string, to: string): string {
  const [fy, fm, fd] = from.split("-");
  const [ty, tm, td] = to.split("-");
  if (fy === ty && fd === "01") {
    const months = Number(tm) - Number(fm) + 1;
    const lastDay = new Date(Date.UTC(Number(ty), Number(tm), 0)).getUTCDate();
    if (Number(td) === lastDay) {
      if (months === 12) return fy!;
      if (months === 6 && (fm === "01" || fm === "07")) return `${fy}-H${fm === "01" ? 1 : 2}`;
      if (months === 3 && (Number(fm) - 1) % 3 === 0) return `${fy}-Q${(Number(fm) + 2) / 3}`;
    }
  }
  return `${from}--${to}`;
}

/** The authorised body (§2.9: the Ministry of Culture and Information) in file names. */
export const AUTHORISED_BODY_CODE = "MCI";

/** ASCII-only file-name stem: codes of bodies may hold anything, file names must not. */
export function safeStem(...parts: string[]): string {
  return (
    parts
      .map((p) => p.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, ""))
      .filter(Boolean)
      .join("-") || "report"
  );
}
