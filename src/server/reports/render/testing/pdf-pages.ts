/**
 * Test support: a PDF as pdf.js reads it — every page's size and every piece of text with its
 * position — and each page rendered to PNG (pdf.js drawing on @napi-rs/canvas, both from npm,
 * so the check needs nothing from the operating system).
 */
import { createCanvas } from "@napi-rs/canvas";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface PdfTextItem { page: number; text: string; x: number; y: number; width: number; height: number }
export interface PdfPage { width: number; height: number }

async function open(bytes: Buffer) {
  return getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
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
  await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: context as unknown as CanvasRenderingContext2D, viewport }).promise;
  const png = await canvas.encode("png");
  await pdf.destroy();
  return Buffer.from(png);
}
