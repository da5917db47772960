/**
 * Test support: a PDF as pdf.js reads it — every page's size and every piece of text with its
 * position — and each page rendered to PNG (pdf.js drawing on @napi-rs/canvas, both from npm,
 * so the check needs nothing from the operating system).
 */
import { createCanvas } from "@napi-rs/canvas";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { Locale } from "../../../../i18n/index.ts";
import { hyphenationPoints } from "../hyphenate.ts";

export interface PdfTextItem {
  page: number;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface PdfPage {
  width: number;
  height: number;
}

async function open(bytes: Buffer) {
  return getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 })
    .promise;
}

/** Text items with page coordinates: x from the left edge, y from the bottom, in points. */
export async function readPdfLayout(bytes: Buffer): Promise<{ pages: PdfPage[]; items: PdfTextItem[] }> {
  const pdf = await open(bytes);
  const pages: PdfPage[] = [];
  const items: PdfTextItem[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    pages.push({ width: x1 - x0, height: y1 - y0 });
    const content = await page.getTextContent();
    for (const item of content.items) {
      if (!("str" in item) || item.str.length === 0) continue;
      const [, , , , e, f] = item.transform as number[];
      items.push({ page: n, text: item.str, x: e! - x0, y: f! - y0, width: item.width, height: item.height });
    }
  }
  await pdf.destroy();
  return { pages, items };
}

/** One page as a greyscale-friendly PNG at the given resolution. */
export async function renderPdfPage(bytes: Buffer, pageNumber: number, dpi: number): Promise<Buffer> {
  const pdf = await open(bytes);
  const page = await pdf.getPage(pageNumber);
  const viewport = page.getViewport({ scale: dpi / 72 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext("2d");
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({
    canvas: canvas as unknown as HTMLCanvasElement,
    canvasContext: context as unknown as CanvasRenderingContext2D,
    viewport,
  }).promise;
  const png = await canvas.encode("png");
  await pdf.destroy();
  return Buffer.from(png);
}

/**
 * A token printed in the PDF is a whole word of the model, or a piece of one cut at its
 * hyphenation points: it starts at the word's start or a point, and ends at the word's end, or at
 * a point with a hyphen shown (the one we add, or the word's own hard hyphen).
 */
export function isWholeOrHyphenated(token: string, vocab: Set<string>, locale: Locale): boolean {
  if (vocab.has(token)) return true;
  const candidates: { core: string; added: boolean }[] = [{ core: token, added: false }];
  if (token.endsWith("-")) candidates.push({ core: token.slice(0, -1), added: true });
  for (const word of vocab) {
    for (const { core, added } of candidates) {
      if (!core) continue;
      for (let at = word.indexOf(core); at >= 0; at = word.indexOf(core, at + 1)) {
        const points = new Set(hyphenationPoints(word, locale));
        const end = at + core.length;
        // A web address may break after a slash (the usual rule for printed URLs), never inside a part.
        const afterSlash = (i: number) => /^https?:\/\//.test(word) && i > 8 && word[i - 1] === "/";
        const startOk = at === 0 || points.has(at) || afterSlash(at);
        const hard = /[-–]/.test(word[end - 1] ?? "");
        const endOk = added
          ? points.has(end) && !hard
          : end === word.length || (points.has(end) && hard) || (!added && afterSlash(end));
        if (startOk && endOk) return true;
      }
    }
  }
  return false;
}
