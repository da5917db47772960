/**
 * CSV for people: UTF-8 with a BOM (so spreadsheet programs detect the encoding and show Kazakh
 * letters), RFC 4180 quoting, CRLF line ends; every table of the document, each under its name.
 * The separator is the one Excel expects under the document's regional settings: ";" for
 * Kazakh and Russian (whose decimal separator is the comma), "," for English. The open-data CSV
 * for machines stays comma-separated (src/server/http/open-data/csv.ts, see docs).
 */
import type { Locale } from "../../../i18n/index.ts";
import type { ReportDocument } from "../../../domain/reports/document.ts";
import { neutraliseText, safeCell } from "./cells.ts";

const csvSeparator = (locale: Locale) => (locale === "en" ? "," : ";");

function field(value: string | number | null, separator: string): string {
  if (value === null) return "";
  // Under kk/ru settings Excel reads "57,1" as a number and "57.1" as text.
  const text = typeof value === "number" && separator === ";" ? String(value).replace(".", ",") : String(value);
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderCsv(doc: ReportDocument): Buffer {
  const sep = csvSeparator(doc.locale);
  const lines: string[] = [];
  const tables = doc.sections.flatMap((s) => s.tables);
  for (const table of tables) {
    if (tables.length > 1) {
      if (lines.length > 0) lines.push("");
      lines.push(field(neutraliseText(table.name), sep));
    }
    lines.push(table.columns.map((c) => field(neutraliseText(c), sep)).join(sep));
    for (const row of table.rows) lines.push(row.map((c) => field(safeCell(c), sep)).join(sep));
  }
  return Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8");
}
