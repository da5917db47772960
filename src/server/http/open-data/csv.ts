/**
 * CSV for open data: UTF-8 with a BOM (Excel then shows Kazakh letters right), RFC 4180 quoting,
 * CRLF line ends, and every text that a spreadsheet could read as a formula (= + - @ …) prefixed
 * with an apostrophe — the same neutraliser as the report files (reports/render/cells.ts).
 */
import { neutraliseText } from "../../reports/render/cells.ts";

export const BOM = "\uFEFF";

export type CsvValue = string | number | boolean | null | undefined;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  // Our own numbers and booleans are never formulas; a negative number stays a number.
  const text = typeof value === "string" ? neutraliseText(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

/** Header and rows of one table, from the record's own keys in a fixed order. */
export function csvTable<T>(columns: readonly (keyof T & string)[], rows: readonly T[]): string {
  return BOM + csvLine(columns) + rows.map((r) => csvLine(columns.map((c) => r[c] as CsvValue))).join("");
}
