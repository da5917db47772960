/**
 * PDF through pdfmake 0.3 on the server. The DejaVu Sans fonts are embedded (from the
 * dejavu-fonts-ttf package): they carry the Kazakh letters ә ғ қ ң ө ұ ү һ і, which PDF's
 * standard fonts do not. Fonts go through pdfmake's virtual file system, and every URL and local
 * file access is refused, so a document can never make the server fetch or read anything.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import pdfmake from "pdfmake";
import type { Content, TableCell, TDocumentDefinitions } from "pdfmake/interfaces.js";
import type { ReportDocument, ReportTable } from "../../../domain/reports/document.ts";
import { cellText } from "./cells.ts";
import { isWide } from "./docx.ts";

const require = createRequire(import.meta.url);
export const FONT_DIR = path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");

interface PdfmakeServer {
  virtualfs: { writeFileSync(name: string, data: Buffer): void };
  setFonts(fonts: object): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}
const printer = pdfmake as unknown as PdfmakeServer;
let ready = false;

function prepare(): void {
  if (ready) return;
  printer.virtualfs.writeFileSync("DejaVuSans.ttf", readFileSync(path.join(FONT_DIR, "DejaVuSans.ttf")));
  printer.virtualfs.writeFileSync("DejaVuSans-Bold.ttf", readFileSync(path.join(FONT_DIR, "DejaVuSans-Bold.ttf")));
  printer.setUrlAccessPolicy(() => false);
  printer.setLocalAccessPolicy(() => false);
  ready = true;
}

function table(t: ReportTable, width: number): Content {
  const total = t.widths.reduce((a, b) => a + b, 0) || 1;
  const cellPadding = 8 * t.columns.length;
  const widths = t.widths.map((w) => Math.max(18, ((width - cellPadding) * w) / total));
  const header: TableCell[] = t.columns.map((c) => ({ text: c, bold: true, fillColor: "#eeeeee" }));
  return {
    table: { headerRows: 1, widths, body: [header, ...t.rows.map((r) => r.map((c) => ({ text: cellText(c) })))] },
    layout: "lightHorizontalLines", fontSize: 8, margin: [0, 4, 0, 10],
  };
}

export async function renderPdf(doc: ReportDocument): Promise<Buffer> {
  prepare();
  const wide = isWide(doc);
  const width = (wide ? 841.89 : 595.28) - 80;
  const content: Content[] = [
    { text: doc.title, style: "title" },
    ...doc.meta.map((m): Content => ({ text: [{ text: `${m.label}: `, bold: true }, m.value], margin: [0, 1, 0, 1] })),
  ];
  for (const section of doc.sections) {
    content.push({ text: section.heading, style: "heading" });
    for (const p of section.paragraphs) content.push({ text: p, margin: [0, 2, 0, 4] });
    for (const t of section.tables) content.push(table(t, width));
  }
  // pdfmake mutates the font table while it resolves it, so each document gets a fresh one.
  printer.setFonts({ DejaVuSans: { normal: "DejaVuSans.ttf", bold: "DejaVuSans-Bold.ttf", italics: "DejaVuSans.ttf", bolditalics: "DejaVuSans-Bold.ttf" } });
  return printer.createPdf({
    info: { title: doc.title, creator: "Pikir", producer: "Pikir" },
    pageSize: "A4", pageOrientation: wide ? "landscape" : "portrait", pageMargins: 40,
    defaultStyle: { font: "DejaVuSans", fontSize: 10 },
    styles: { title: { fontSize: 14, bold: true, alignment: "center", margin: [0, 0, 0, 10] }, heading: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] } },
    content,
  }).getBuffer();
}
