/**
 * PDF through pdfmake 0.3 on the server, laid out as an official letter of a state body of
 * Kazakhstan: the two-language letterhead, the outgoing number and date, the addressee, then the
 * document, the head's signature block and the executor; page numbers "N / M" on every page and
 * a running header from the second. Black on white only — nothing a black-and-white printer loses.
 *
 * The DejaVu Sans fonts are embedded (from the dejavu-fonts-ttf package): they carry the Kazakh
 * letters ә ғ қ ң ө ұ ү һ і, which PDF's standard fonts do not. Fonts go through pdfmake's virtual
 * file system, and every URL and local file access is refused, so a document can never make the
 * server fetch or read anything.
 *
 * Tables: columns sized to their content (layout.ts) on a portrait page, or landscape when their
 * words do not fit side by side; a word wider than its column is cut at a hyphenation point,
 * never mid-syllable; the header row repeats on each page.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import pdfmake from "pdfmake";
import type { Content, ContentTable, CustomTableLayout, TableCell, TDocumentDefinitions } from "pdfmake/interfaces.js";
import type { Locale } from "../../../i18n/index.ts";
import type { Cell, DocumentLetter, ReportDocument, ReportTable } from "../../../domain/reports/document.ts";
import { cellText } from "./cells.ts";
import {
  CELL_PADDING,
  columnWidths,
  FONT_DIR,
  needsLandscape,
  PAGE,
  TABLE_FONT_SIZE,
  textAreaWidth,
  wrapToWidth,
} from "./layout.ts";

export { FONT_DIR };

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

const BODY_SIZE = 10;

/** Thin black rules all round, a heavier one under the header row. */
const tableLayout: CustomTableLayout = {
  hLineWidth: (i) => (i === 1 ? 1 : 0.5),
  vLineWidth: () => 0.5,
  hLineColor: () => "#000000",
  vLineColor: () => "#000000",
  paddingLeft: () => CELL_PADDING,
  paddingRight: () => CELL_PADDING,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

function table(t: ReportTable, width: number, locale: Locale): Content {
  const widths = columnWidths(t, width, locale);
  const cell = (c: Cell, i: number, bold: boolean): TableCell => ({
    text: wrapToWidth(cellText(c, locale), widths[i]!, TABLE_FONT_SIZE, bold, locale),
    bold,
    alignment: typeof c === "number" ? "right" : "left",
  });
  const node: ContentTable = {
    table: {
      headerRows: 1,
      widths,
      body: [t.columns.map((c, i) => cell(c, i, true)), ...t.rows.map((r) => r.map((c, i) => cell(c, i, false)))],
    },
    layout: tableLayout,
    fontSize: TABLE_FONT_SIZE,
    margin: [0, 4, 0, 10],
  };
  return node;
}

/**
 * The requisites wrap between words only: left to itself pdfmake breaks a web address or an
 * e-mail after "/" or "-" once all five requisites fill more than a line, splitting it in two.
 */
function requisiteInlines(requisites: string[]): Content[] {
  return requisites.flatMap((line, i) => [
    ...(i ? [{ text: "   " }] : []),
    ...line.split(" ").map((word, j, words) => ({ text: j < words.length - 1 ? `${word} ` : word, noWrap: true })),
  ]) as Content[];
}

function letterhead(letter: DocumentLetter, width: number): Content[] {
  return [
    {
      columns: [
        { text: letter.sender.kk, bold: true, alignment: "center", width: "*" },
        { text: "", width: 40 },
        { text: letter.sender.ru, bold: true, alignment: "center", width: "*" },
      ],
      fontSize: 11,
    },
    ...(letter.requisites.length
      ? [
          {
            text: requisiteInlines(letter.requisites),
            alignment: "center",
            fontSize: 8,
            margin: [0, 4, 0, 0],
          } as Content,
        ]
      : []),
    {
      canvas: [{ type: "line", x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 1.2, lineColor: "#000000" }],
      margin: [0, 6, 0, 8],
    },
    {
      columns: [
        { stack: [letter.outgoing.number, { text: letter.outgoing.date, margin: [0, 4, 0, 0] }], width: "*" },
        { stack: letter.addressee.map((line) => ({ text: line, bold: true })), width: Math.min(260, width * 0.45) },
      ],
      margin: [0, 0, 0, 16],
    },
  ];
}

function signature(letter: DocumentLetter): Content[] {
  return [
    {
      unbreakable: true,
      margin: [0, 24, 0, 0],
      stack: [
        {
          columns: [
            { text: letter.signature.position, bold: true, width: "*" },
            { text: letter.signature.name, bold: true, alignment: "right", width: "auto" },
          ],
        },
        { stack: letter.executor.map((line) => ({ text: line })), fontSize: 8, margin: [0, 28, 0, 0] },
      ],
    },
  ];
}

export async function renderPdf(doc: ReportDocument): Promise<Buffer> {
  prepare();
  const landscape = needsLandscape(doc);
  const width = textAreaWidth(landscape);
  const letter = doc.letter;
  const wrap = (text: string, size: number, bold = false) => wrapToWidth(text, width, size, bold, doc.locale);
  const content: Content[] = [
    ...(letter ? letterhead(letter, width) : []),
    { text: wrap(doc.title, 12, true), style: "title" },
    ...doc.meta.map(
      (m): Content => ({
        text: [{ text: `${m.label}: `, bold: true }, wrap(m.value, BODY_SIZE)],
        margin: [0, 1, 0, 1],
      }),
    ),
  ];
  for (const section of doc.sections) {
    content.push({ text: wrap(section.heading, 11, true), style: "heading", headlineLevel: 1 });
    for (const p of section.paragraphs)
      content.push({ text: wrap(p, BODY_SIZE), margin: [0, 2, 0, 4], alignment: "justify" });
    for (const t of section.tables) content.push(table(t, width, doc.locale));
  }
  if (letter) content.push(...signature(letter));
  // pdfmake mutates the font table while it resolves it, so each document gets a fresh one.
  printer.setFonts({
    DejaVuSans: {
      normal: "DejaVuSans.ttf",
      bold: "DejaVuSans-Bold.ttf",
      italics: "DejaVuSans.ttf",
      bolditalics: "DejaVuSans-Bold.ttf",
    },
  });
  return printer
    .createPdf({
      info: { title: doc.title, creator: "Pikir", producer: "Pikir" },
      language: doc.locale === "kk" ? "kk-KZ" : doc.locale === "ru" ? "ru-RU" : "en",
      pageSize: "A4",
      pageOrientation: landscape ? "landscape" : "portrait",
      pageMargins: [PAGE.marginLeft, PAGE.marginTop, PAGE.marginRight, PAGE.marginBottom],
      defaultStyle: { font: "DejaVuSans", fontSize: BODY_SIZE, color: "#000000" },
      styles: {
        title: { fontSize: 12, bold: true, alignment: "center", margin: [0, 0, 0, 10] },
        heading: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
      },
      header: (page) =>
        page === 1 || !letter
          ? ""
          : {
              text: letter.runningHeader,
              fontSize: 7,
              alignment: "center",
              margin: [PAGE.marginLeft, 18, PAGE.marginRight, 0],
            },
      footer: (page, pages) => ({
        text: `${page} / ${pages}`,
        fontSize: 8,
        alignment: "center",
        margin: [0, 16, 0, 0],
      }),
      // A heading never stays alone at the foot of a page.
      pageBreakBefore: (node, queries) =>
        node.headlineLevel === 1 &&
        (queries.getFollowingNodesOnPage().length === 0 || (node.startPosition?.verticalRatio ?? 0) > 0.85),
      content,
    })
    .getBuffer();
}
