/**
 * XLSX through exceljs: a first sheet with the title, the header lines and the text; one sheet
 * per table. Texts are written as strings (never formulas) and neutralised as in CSV.
 */
import ExcelJS from "exceljs";
import type { ReportDocument } from "../../../domain/reports/document.ts";
import { neutraliseText, safeCell } from "./cells.ts";

/** Excel's sheet-name rules: ≤ 31 characters, none of []:*?/\, unique in the book. */
function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, " ").trim().slice(0, 28) || "Sheet";
  let candidate = base;
  for (let i = 2; used.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, 26)} ${i}`;
  used.add(candidate.toLowerCase());
  return candidate;
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
    table.widths.forEach((w, i) => { sheet.getColumn(i + 1).width = Math.max(6, Math.round((w / total) * 160)); });
    const header = sheet.addRow(table.columns.map(neutraliseText));
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: "top" };
    for (const row of table.rows) {
      sheet.addRow(row.map(safeCell)).alignment = { wrapText: true, vertical: "top" };
    }
    sheet.views = [{ state: "frozen", ySplit: 1 }];
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
