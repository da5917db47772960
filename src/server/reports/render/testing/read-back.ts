/**
 * Test support: open a rendered file the way a reader would and give back its text, so renderer
 * tests check what the file says, not what we meant it to say.
 */
import { inflateSync } from "node:zlib";
import ExcelJS from "exceljs";
import JSZip from "jszip";

/** DOCX: the visible text of word/document.xml, paragraph by paragraph. */
export async function readDocxText(bytes: Buffer): Promise<{ xml: string; paragraphs: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")!.async("string");
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1]!)).join(""),
  );
  return { xml, paragraphs };
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** XLSX: every sheet as rows of cell values, plus whether any cell holds a formula. */
export async function readXlsx(bytes: Buffer): Promise<{ sheets: Map<string, unknown[][]>; formulas: number }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets = new Map<string, unknown[][]>();
  let formulas = 0;
  book.eachSheet((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => {
      const values: unknown[] = [];
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulas++;
        values.push(cell.value);
      });
      rows.push(values);
    });
    sheets.set(sheet.name, rows);
  });
  return { sheets, formulas };
}

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function pdfObjects(bytes: Buffer): Map<number, PdfObject> {
  const text = bytes.toString("latin1");
  const objects = new Map<number, PdfObject>();
  for (const m of text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = m[2]!;
    const streamAt = body.indexOf("stream");
    if (streamAt < 0) {
      objects.set(Number(m[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, streamAt);
    let start = streamAt + "stream".length;
    if (body[start] === "\r") start++;
    if (body[start] === "\n") start++;
    const end = body.lastIndexOf("endstream");
    const raw = Buffer.from(body.slice(start, end), "latin1");
    objects.set(Number(m[1]), { dict, stream: dict.includes("/FlateDecode") ? inflateSync(raw) : raw });
  }
  return objects;
}

const hex = (h: string) => parseInt(h, 16);
const utf16 = (h: string) => Buffer.from(h, "hex").swap16().toString("utf16le");

/** A ToUnicode CMap (bfchar and both bfrange forms) as code → text. */
function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(hex(m[1]!), utf16(m[2]!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
      const from = hex(m[1]!);
      const to = hex(m[2]!);
      if (m[3]!.startsWith("[")) {
        [...m[3]!.matchAll(/<([0-9a-fA-F]+)>/g)].forEach((d, i) => map.set(from + i, utf16(d[1]!)));
      } else {
        const base = hex(m[3]!.slice(1, -1));
        for (let c = from; c <= to; c++) map.set(c, String.fromCodePoint(base + c - from));
      }
    }
  }
  return map;
}

/**
 * PDF: the text layer as a reader (copy-paste, search, screen reader) gets it — glyph codes in
 * the content streams mapped back through each font's ToUnicode CMap.
 */
export function readPdfText(bytes: Buffer): { text: string; fonts: string[]; unicode: Set<number> } {
  const objects = pdfObjects(bytes);
  const toUnicode = new Map<number, Map<number, string>>(); // font object → its map
  const fonts: string[] = [];
  const unicode = new Set<number>();
  for (const [id, obj] of objects) {
    const ref = /\/ToUnicode (\d+) 0 R/.exec(obj.dict);
    const base = /\/BaseFont \/([^\s/]+)/.exec(obj.dict);
    if (ref && base) {
      fonts.push(base[1]!);
      const map = parseToUnicode(objects.get(Number(ref[1]))!.stream!.toString("latin1"));
      for (const s of map.values()) for (const ch of s) unicode.add(ch.codePointAt(0)!);
      toUnicode.set(id, map);
    }
  }
  const resourceFonts = new Map<string, number>();
  for (const obj of objects.values()) {
    const fontDict = /\/Font\s*<<([\s\S]*?)>>/.exec(obj.dict);
    if (fontDict) for (const m of fontDict[1]!.matchAll(/\/(\w+) (\d+) 0 R/g)) resourceFonts.set(m[1]!, Number(m[2]));
  }
  const contentIds = new Set(
    [...objects.values()].flatMap((o) => [...o.dict.matchAll(/\/Contents (\d+) 0 R/g)].map((m) => Number(m[1]))),
  );
  let text = "";
  for (const id of contentIds) {
    const content = objects.get(id)!.stream!.toString("latin1");
    let current: Map<number, string> | undefined;
    for (const m of content.matchAll(/\/(\w+) [\d.]+ Tf|\[((?:[^\]])*)\] TJ|<([0-9a-fA-F]*)> Tj|(ET)/g)) {
      if (m[1]) current = toUnicode.get(resourceFonts.get(m[1]) ?? -1);
      else if (m[4]) text += "\n";
      else {
        const hexes = m[2] !== undefined ? [...m[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]!) : [m[3]!];
        for (const h of hexes)
          for (let i = 0; i + 4 <= h.length; i += 4) text += current?.get(hex(h.slice(i, i + 4))) ?? "\uFFFD";
      }
    }
  }
  return { text, fonts, unicode };
}
