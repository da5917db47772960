/**
 * DOCX through the `docx` package, laid out as the PDF is (see pdf.ts): the two-language
 * letterhead, the outgoing number and date, the addressee, the document, the head's signature and
 * the executor; "N / M" page numbers in the footer, a running header from the second page, black
 * headings, the document's language tagged (kk-KZ, ru-RU) so Word spell-checks and hyphenates
 * it as that language, automatic hyphenation on, and table columns sized to their content with
 * the header row repeated on each page. Times New Roman, which Word and LibreOffice carry with
 * the Kazakh letters, as official documents in Kazakhstan use it.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  PageNumber,
  PageOrientation,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { DocumentLetter, ReportDocument, ReportTable } from "../../../domain/reports/document.ts";
import { cellText } from "./cells.ts";
import { columnWidths, needsLandscape, PAGE, textAreaWidth } from "./layout.ts";

const FONT = "Times New Roman";
const BLACK = "000000";
const line = { style: BorderStyle.SINGLE, size: 4, color: BLACK };
const borders = { top: line, bottom: line, left: line, right: line };
const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
/** Points → twentieths of a point, Word's unit. */
const twips = (pt: number) => Math.round(pt * 20);

const run = (text: string, opts: { bold?: boolean; size?: number } = {}) =>
  new TextRun({ text, bold: opts.bold, font: FONT, size: opts.size ?? 24, color: BLACK });

function cell(text: string, bold: boolean, width: number, right: boolean): TableCell {
  return new TableCell({
    borders,
    width: { size: twips(width), type: WidthType.DXA },
    children: text.split("\n").map(
      (l) =>
        new Paragraph({
          alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [run(l, { bold, size: 20 })],
        }),
    ),
  });
}

function table(t: ReportTable, available: number, locale: ReportDocument["locale"]): Table {
  // The PDF's widths, measured in DejaVu Sans, are a safe upper bound for Times New Roman.
  const widths = columnWidths(t, available, locale).map((w) => w + 6.5);
  return new Table({
    layout: TableLayoutType.FIXED,
    columnWidths: widths.map(twips),
    width: { size: twips(widths.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    rows: [
      new TableRow({ tableHeader: true, children: t.columns.map((c, i) => cell(c, true, widths[i]!, false)) }),
      ...t.rows.map(
        (row) =>
          new TableRow({
            children: row.map((c, i) => cell(cellText(c, locale), false, widths[i]!, typeof c === "number")),
          }),
      ),
    ],
  });
}

/** A table without rules: the letterhead and the signature are laid out in two columns. */
function twoColumns(left: Paragraph[], right: Paragraph[], width: number, leftShare = 0.5): Table {
  const l = width * leftShare;
  return new Table({
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    columnWidths: [twips(l), twips(width - l)],
    width: { size: twips(width), type: WidthType.DXA },
    rows: [
      new TableRow({
        children: [
          new TableCell({ borders: noBorders, width: { size: twips(l), type: WidthType.DXA }, children: left }),
          new TableCell({
            borders: noBorders,
            width: { size: twips(width - l), type: WidthType.DXA },
            children: right,
          }),
        ],
      }),
    ],
  });
}

function letterhead(letter: DocumentLetter, width: number): (Paragraph | Table)[] {
  const centred = (text: string) =>
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, { bold: true, size: 24 })] });
  return [
    twoColumns([centred(letter.sender.kk)], [centred(letter.sender.ru)], width),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 80, after: 160 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: BLACK, space: 4 } },
      children: [run(letter.requisites.join("   "), { size: 16 })],
    }),
    twoColumns(
      [
        new Paragraph({ children: [run(letter.outgoing.number)] }),
        new Paragraph({ spacing: { before: 80 }, children: [run(letter.outgoing.date)] }),
      ],
      letter.addressee.map((l) => new Paragraph({ children: [run(l, { bold: true })] })),
      width,
      0.55,
    ),
    new Paragraph({ children: [] }),
  ];
}

function signature(letter: DocumentLetter, width: number): (Paragraph | Table)[] {
  return [
    new Paragraph({ spacing: { before: 480 }, children: [] }),
    twoColumns(
      [new Paragraph({ keepNext: true, children: [run(letter.signature.position, { bold: true })] })],
      [
        new Paragraph({
          keepNext: true,
          alignment: AlignmentType.RIGHT,
          children: [run(letter.signature.name, { bold: true })],
        }),
      ],
      width,
    ),
    new Paragraph({ spacing: { before: 480 }, children: [] }),
    ...letter.executor.map((l) => new Paragraph({ children: [run(l, { size: 16 })] })),
  ];
}

export async function renderDocx(doc: ReportDocument): Promise<Buffer> {
  const landscape = needsLandscape(doc);
  const width = textAreaWidth(landscape);
  const letter = doc.letter;
  const children: (Paragraph | Table)[] = [
    ...(letter ? letterhead(letter, width) : []),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      spacing: { after: 200 },
      children: [run(doc.title, { bold: true, size: 28 })],
    }),
    ...doc.meta.map((m) => new Paragraph({ children: [run(`${m.label}: `, { bold: true }), run(m.value)] })),
  ];
  for (const section of doc.sections) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        keepNext: true,
        spacing: { before: 240, after: 120 },
        children: [run(section.heading, { bold: true, size: 26 })],
      }),
    );
    for (const p of section.paragraphs)
      children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: [run(p)] }));
    for (const t of section.tables) {
      children.push(table(t, width, doc.locale));
      children.push(new Paragraph({ children: [] }));
    }
  }
  if (letter) children.push(...signature(letter, width));
  const pageNumbers = () =>
    new Footer({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new TextRun({
              font: FONT,
              size: 18,
              color: BLACK,
              children: [PageNumber.CURRENT, " / ", PageNumber.TOTAL_PAGES],
            }),
          ],
        }),
      ],
    });
  const language = doc.locale === "kk" ? "kk-KZ" : doc.locale === "ru" ? "ru-RU" : "en-GB";
  const document = new Document({
    creator: "Pikir",
    title: doc.title,
    features: { updateFields: false },
    hyphenation: { autoHyphenation: true, doNotHyphenateCaps: true },
    styles: {
      default: {
        document: { run: { font: FONT, color: BLACK, language: { value: language } } },
        // Word's built-in headings are blue; every one is black here, used or not.
        title: { run: { color: BLACK, font: FONT } },
        heading1: { run: { color: BLACK, font: FONT } },
        heading2: { run: { color: BLACK, font: FONT } },
        heading3: { run: { color: BLACK, font: FONT } },
        heading4: { run: { color: BLACK, font: FONT } },
        heading5: { run: { color: BLACK, font: FONT } },
        heading6: { run: { color: BLACK, font: FONT } },
        hyperlink: { run: { color: BLACK } },
        caption: { run: { color: BLACK } },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: {
              left: twips(PAGE.marginLeft),
              right: twips(PAGE.marginRight),
              top: twips(PAGE.marginTop),
              bottom: twips(PAGE.marginBottom),
            },
          },
        },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [run(letter?.runningHeader ?? doc.title, { size: 16 })],
              }),
            ],
          }),
        },
        footers: { first: pageNumbers(), default: pageNumbers() },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
