/**
 * Table layout shared by the PDF and DOCX renderers: column widths sized to their content, the
 * page orientation a document needs, and words carried to the next line only at hyphenation
 * points. Widths are measured with the very font the PDF embeds (DejaVu Sans), so what fits here
 * fits on paper.
 */
import { createRequire } from "node:module";
import path from "node:path";
import type { Locale } from "../../../i18n/index.ts";
import type { ReportDocument, ReportTable } from "../../../domain/reports/document.ts";
import { cellText } from "./cells.ts";
import { hyphenationPoints } from "./hyphenate.ts";

const require = createRequire(import.meta.url);
export const FONT_DIR = path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");

interface Font {
  unitsPerEm: number;
  glyphForCodePoint(cp: number): { advanceWidth: number };
}
const fontkit = require("fontkit") as { openSync(file: string): Font };

/** A4 in PostScript points, and the margins of a Kazakh official letter (left 30 mm, right 10 mm). */
export const PAGE = { width: 595.28, height: 841.89, marginLeft: 85, marginRight: 28, marginTop: 42, marginBottom: 48 };
export const TABLE_FONT_SIZE = 8;
/** Per cell: left and right padding plus one vertical rule. */
export const CELL_PADDING = 3;
const CELL_CHROME = 2 * CELL_PADDING + 0.5;
/** Half a point of slack against rounding between our measure and pdfkit's. */
const SLACK = 0.5;

let fonts: { normal: Font; bold: Font } | undefined;
function font(bold: boolean): Font {
  fonts ??= {
    normal: fontkit.openSync(path.join(FONT_DIR, "DejaVuSans.ttf")),
    bold: fontkit.openSync(path.join(FONT_DIR, "DejaVuSans-Bold.ttf")),
  };
  return bold ? fonts.bold : fonts.normal;
}

const advances = [new Map<number, number>(), new Map<number, number>()];
/**
 * Width of a text in points at a size, in DejaVu Sans (bold or not): the sum of its glyphs'
 * advances, each looked up once. Kerning is left out: DejaVu's pairs only ever narrow a pair, so
 * the sum errs on the wide side, which is the safe side for "does it fit".
 */
export function textWidth(text: string, size: number, bold = false): number {
  const f = font(bold);
  const cache = advances[bold ? 1 : 0]!;
  let units = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    let advance = cache.get(cp);
    if (advance === undefined) {
      advance = f.glyphForCodePoint(cp).advanceWidth / f.unitsPerEm;
      cache.set(cp, advance);
    }
    units += advance;
  }
  return units * size;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/**
 * A line's width as the sum of its words and spaces: each word is measured once and cached, which
 * keeps a 5 000-row annex fast; kerning across a space is nil in DejaVu Sans.
 */
function lineWidth(line: string, size: number, bold: boolean): number {
  let width = 0;
  for (const token of line.split(/( +)/)) if (token) width += textWidth(token, size, bold);
  return width;
}

/** The pieces a word may be cut into at its hyphenation points (without the hyphen a cut adds). */
function pieces(word: string, locale: Locale): string[] {
  const letters = [...word];
  const out: string[] = [];
  let from = 0;
  for (const p of [...hyphenationPoints(word, locale), letters.length]) {
    out.push(letters.slice(from, p).join(""));
    from = p;
  }
  return out;
}

/** A piece as it stands at a line's end: with a hyphen, unless it ends the word or already has one. */
const atLineEnd = (piece: string, last: boolean) => (last || /[-–]$/.test(piece) ? piece : `${piece}-`);

const fragmentCache = new Map<string, string[]>();
/** The pieces with their line-end hyphens: the narrowest a column holding this word can be. */
function fragments(word: string, locale: Locale): string[] {
  const key = `${locale}${word}`;
  let out = fragmentCache.get(key);
  if (!out) {
    const all = pieces(word, locale);
    out = all.map((p, i) => atLineEnd(p, i === all.length - 1));
    if (fragmentCache.size > 50_000) fragmentCache.clear();
    fragmentCache.set(key, out);
  }
  return out;
}

interface ColumnNeeds {
  max: number;
  word: number;
  fragment: number;
}

const needsCache = new WeakMap<ReportTable, { locale: Locale; needs: ColumnNeeds[] }>();

function columnNeeds(table: ReportTable, locale: Locale): ColumnNeeds[] {
  const cached = needsCache.get(table);
  if (cached?.locale === locale) return cached.needs;
  const needs = measureColumns(table, locale);
  needsCache.set(table, { locale, needs });
  return needs;
}

function measureColumns(table: ReportTable, locale: Locale): ColumnNeeds[] {
  return table.columns.map((header, i) => {
    const cells: { text: string; bold: boolean }[] = [
      { text: header, bold: true },
      ...table.rows.map((r) => ({ text: cellText(r[i] ?? null, locale), bold: false })),
    ];
    let max = 0,
      word = 0,
      fragment = 0;
    cells.forEach(({ text, bold }, row) => {
      for (const line of text.split("\n")) max = Math.max(max, lineWidth(line, TABLE_FONT_SIZE, bold));
      for (const w of words(text)) {
        const widest = Math.max(...fragments(w, locale).map((f) => textWidth(f, TABLE_FONT_SIZE, bold)));
        fragment = Math.max(fragment, widest);
        // A header may be hyphenated before the data is («Қабыл-данбады» over a column of numbers);
        // the room that takes back is given to it again when the table has room to spare.
        word = Math.max(word, row === 0 ? widest : textWidth(w, TABLE_FONT_SIZE, bold));
      }
    });
    return { max: max + SLACK, word: word + SLACK, fragment: fragment + SLACK };
  });
}

/** Spread `room` over columns in proportion to weights, on top of `base`. */
function spread(base: number[], weights: number[], room: number): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  return base.map((b, i) => b + (total > 0 ? (room * weights[i]!) / total : room / base.length));
}

/**
 * Content widths of the columns for a table `available` points wide: every column as wide as its
 * longest line when all fit; else no narrower than its longest word, the rest shared by how much
 * text each holds; and only when even the words do not fit, no narrower than its longest
 * hyphenation fragment.
 */
export function columnWidths(table: ReportTable, available: number, locale: Locale): number[] {
  const room = available - table.columns.length * CELL_CHROME - 0.5;
  const needs = columnNeeds(table, locale);
  const sum = (f: (n: ColumnNeeds) => number) => needs.reduce((a, n) => a + f(n), 0);
  if (sum((n) => n.max) <= room)
    return spread(
      needs.map((n) => n.max),
      needs.map((n) => n.max),
      room - sum((n) => n.max),
    );
  if (sum((n) => n.word) <= room)
    return spread(
      needs.map((n) => n.word),
      needs.map((n) => n.max - n.word),
      room - sum((n) => n.word),
    );
  if (sum((n) => n.fragment) <= room)
    return spread(
      needs.map((n) => n.fragment),
      needs.map((n) => n.word - n.fragment),
      room - sum((n) => n.fragment),
    );
  // Nothing fits: shrink in proportion; words are still cut at hyphenation points where they can be.
  const scale = room / sum((n) => n.fragment);
  return needs.map((n) => n.fragment * scale);
}

/** Width of the text area of a page. */
export const textAreaWidth = (landscape: boolean) =>
  (landscape ? PAGE.height : PAGE.width) - PAGE.marginLeft - PAGE.marginRight;

/** Tables this wide read better across a landscape page whatever their words. */
const LANDSCAPE_COLUMNS = 9;

/** Landscape when a table's words do not fit side by side on a portrait page, or it is that wide. */
export function needsLandscape(doc: ReportDocument): boolean {
  const portrait = textAreaWidth(false);
  return doc.sections.some((s) =>
    s.tables.some((t) => {
      if (t.columns.length >= LANDSCAPE_COLUMNS) return true;
      const room = portrait - t.columns.length * CELL_CHROME;
      return columnNeeds(t, doc.locale).reduce((a, n) => a + n.word, 0) > room;
    }),
  );
}

/**
 * A cell's text with every word wider than the column cut at its hyphenation points: the piece
 * that fits, a hyphen and a line break. Words that fit are left for the PDF engine to wrap, which
 * it does at spaces and after hard hyphens only.
 */
export function wrapToWidth(text: string, width: number, size: number, bold: boolean, locale: Locale): string {
  return text
    .split("\n")
    .map((line) =>
      line
        .split(/( +)/)
        .map((token) => {
          if (!token.trim() || textWidth(token, size, bold) <= width) return token;
          const parts = pieces(token, locale);
          const lines: string[] = [];
          let current = "";
          parts.forEach((part, i) => {
            const last = i === parts.length - 1;
            if (current && textWidth(atLineEnd(current + part, last), size, bold) > width) {
              lines.push(atLineEnd(current, false));
              current = part;
            } else current += part;
          });
          lines.push(current);
          return lines.join("\n");
        })
        .join(""),
    )
    .join("\n");
}
