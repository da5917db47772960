/**
 * DOCX through the `docx` package: title, header lines, then each section's heading, text and
 * tables. Times New Roman, which Word and LibreOffice carry with the Kazakh letters, as official
 * documents in Kazakhstan use it; landscape when a table is wide.
 */
import {
  AlignmentType, BorderStyle, Document, HeadingLevel, PageOrientation, Packer, Paragraph, Table, TableCell,
  TableRow, TextRun, WidthType,
} from "docx";
import type { ReportDocument, ReportTable } from "../../../domain/reports/document.ts";
import { cellText } from "./cells.ts";

const FONT = "Times New Roman";
const border = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
const borders = { top: border, bottom: border, left: border, right: border };

function cell(text: string, bold: boolean, widthPct: number): TableCell {
  return new TableCell({
    borders,
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    children: text.split("\n").map((line) => new Paragraph({ children: [new TextRun({ text: line, bold, font: FONT, size: 20 })] })),
  });
}

function table(t: ReportTable): Table {
  const total = t.widths.reduce((a, b) => a + b, 0) || 1;
  const pct = t.widths.map((w) => Math.max(1, Math.round((w / total) * 100)));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: t.columns.map((c, i) => cell(c, true, pct[i] ?? 10)) }),
      ...t.rows.map((row) => new TableRow({ children: row.map((c, i) => cell(cellText(c), false, pct[i] ?? 10)) })),
    ],
  });
}

export const isWide = (doc: ReportDocument) => doc.sections.some((s) => s.tables.some((t) => t.columns.length > 6));

export async function renderDocx(doc: ReportDocument): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: doc.title, font: FONT, bold: true, size: 28 })] }),
    ...doc.meta.map((m) => new Paragraph({
      children: [new TextRun({ text: `${m.label}: `, bold: true, font: FONT, size: 24 }), new TextRun({ text: m.value, font: FONT, size: 24 })],
    })),
  ];
  for (const section of doc.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240 }, children: [new TextRun({ text: section.heading, font: FONT, bold: true, size: 26 })] }));
    for (const p of section.paragraphs) children.push(new Paragraph({ children: [new TextRun({ text: p, font: FONT, size: 24 })] }));
    for (const t of section.tables) {
      children.push(table(t));
      children.push(new Paragraph({ children: [] }));
    }
  }
  const document = new Document({
    creator: "Pikir",
    title: doc.title,
    styles: { default: { document: { run: { font: FONT } } } },
    sections: [{
      properties: { page: { size: { orientation: isWide(doc) ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT } } },
      children,
    }],
  });
  return Packer.toBuffer(document);
}
