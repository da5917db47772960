/**
 * CSV: UTF-8 with a BOM (so spreadsheet programs detect the encoding and show Kazakh letters),
 * RFC 4180 quoting, CRLF line ends. Every table of the document, each under its name.
 */
import type { ReportDocument } from "../../../domain/reports/document.ts";
import { neutraliseText, safeCell } from "./cells.ts";

function field(value: string | number | null): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderCsv(doc: ReportDocument): Buffer {
  const lines: string[] = [];
  const tables = doc.sections.flatMap((s) => s.tables);
  for (const table of tables) {
    if (tables.length > 1) {
      if (lines.length > 0) lines.push("");
      lines.push(field(neutraliseText(table.name)));
    }
    lines.push(table.columns.map((c) => field(neutraliseText(c))).join(","));
    for (const row of table.rows) lines.push(row.map((c) => field(safeCell(c))).join(","));
  }
  return Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8");
}
