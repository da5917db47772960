/**
 * XLSX through exceljs: a first sheet with the title, the header lines and the text; one sheet
 * per table with its header row frozen and an autofilter on it. Numbers are numbers, days are
 * real dates (shown dd.mm.yyyy) so they sort and filter as dates; texts are written as strings
 * (never formulas) and neutralised as in CSV.
 */
import ExcelJS from "exceljs";
import { isDateCell, type Cell, type ReportDocument } from "../../../domain/reports/document.ts";
import { neutraliseText, safeCell } from "./cells.ts";

const SHEET_NAME_MAX = 31;

/** `text` cut to at most `max` characters at a word boundary (mid-word only for one long word). */
function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(" ");
  const head = space > max / 3 ? cut.slice(0, space) : text.slice(0, max);
  return head.replace(/[\s,;:.–—-]+$/, "");
}

/** Excel's sheet-name rules: ≤ 31 characters, none of []:*?/\, no edge apostrophe, unique in the book. */
export function sheetName(name: string, used: Set<string>): string {
  const clean =
    name
      .replace(/[[\]:*?/\\]/g, " ")
      .replace(/\s+/g, " ")
      .replace(/^'+|'+$/g, "")
      .trim() || "Sheet";
  let candidate = cutAtWord(clean, SHEET_NAME_MAX);
  for (let i = 2; used.has(candidate.toLowerCase()); i++) {
    const suffix = ` (${i})`;
    candidate = cutAtWord(clean, SHEET_NAME_MAX - suffix.length) + suffix;
  }
  used.add(candidate.toLowerCase());
  return candidate;
}

/** A day as Excel stores it: midnight UTC of that calendar day, with no time zone to shift it. */
function xlsxValue(cell: Cell): string | number | Date | null {
  return isDateCell(cell) ? new Date(`${cell.date}T00:00:00Z`) : safeCell(cell);
}

export async function renderXlsx(doc: ReportDocument): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "Pikir";
  book.created = new Date(0); // a fixed date keeps the same model's file byte-stable
  const used = new Set<string>();
  const summary = book.addWorksheet(sheetName(doc.title, used));
  summary.getColumn(1).width = 32;
  summary.getColumn(2).width = 90;
  summary.addRow([neutraliseText(doc.title)]).font = { bold: true, size: 14 };
  for (const m of doc.meta) summary.addRow([neutraliseText(m.label), neutraliseText(m.value)]);
  for (const section of doc.sections) {
    summary.addRow([]);
    summary.addRow([neutraliseText(section.heading)]).font = { bold: true };
    for (const p of section.paragraphs) summary.addRow([neutraliseText(p)]);
  }

  for (const table of doc.sections.flatMap((s) => s.tables)) {
    const sheet = book.addWorksheet(sheetName(table.name, used));
    const total = table.widths.reduce((a, b) => a + b, 0) || 1;
    table.widths.forEach((w, i) => {
      const column = sheet.getColumn(i + 1);
      column.width = Math.max(6, Math.round((w / total) * 160));
      if (table.rows.some((r) => isDateCell(r[i] ?? null))) {
        column.numFmt = "dd.mm.yyyy";
        column.width = Math.max(column.width, 11);
      }
    });
    const header = sheet.addRow(table.columns.map(neutraliseText));
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: "top" };
    for (const row of table.rows) {
      sheet.addRow(row.map(xlsxValue)).alignment = { wrapText: true, vertical: "top" };
    }
    sheet.views = [{ state: "frozen", ySplit: 1 }];
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: Math.max(1, table.rows.length + 1), column: table.columns.length },
    };
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
