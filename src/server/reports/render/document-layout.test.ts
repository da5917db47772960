/**
 * Visual regression of the documents as an official prints them (issue 14): every kind, in
 * Kazakh and Russian, rendered to PDF and read back with pdf.js —
 * - no text falls outside the page or into its side margins (no column runs off the edge);
 * - no word is split except at a hyphenation point, with the hyphen shown;
 * - every page carries "N / M", the letter frame (addressee, outgoing number, signature,
 *   executor) is there, and nothing is printed in colour;
 * - the first page, rendered to PNG at low resolution, matches the reference image kept in
 *   test/fixtures/reports/pdf-pages (PIKIR_UPDATE_REFERENCE_PNG=1 rewrites them after a
 *   deliberate change; look at the new images before committing them).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createCanvas, loadImage } from "@napi-rs/canvas";
import { describe, expect, it } from "vitest";
import { REPORT_KINDS, type ReportDocument } from "../../../domain/reports/document.ts";
import { cellText } from "./cells.ts";
import { PAGE } from "./layout.ts";
import { renderPdf } from "./pdf.ts";
import { isWholeOrHyphenated, readPdfLayout, renderPdfPage, type PdfTextItem } from "./testing/pdf-pages.ts";
import { sampleDocument } from "./testing/sample-documents.ts";

const REFERENCE_DIR = path.resolve("test/fixtures/reports/pdf-pages");
const DPI = 40;
const update = process.env.PIKIR_UPDATE_REFERENCE_PNG === "1";

/** Every whitespace-separated word the document's model holds. */
function vocabulary(doc: ReportDocument): Set<string> {
  const texts: string[] = [doc.title, ...doc.meta.map((m) => `${m.label}: ${m.value}`)];
  for (const s of doc.sections) {
    texts.push(s.heading, ...s.paragraphs);
    for (const t of s.tables) texts.push(...t.columns, ...t.rows.flat().map((c) => cellText(c, doc.locale)));
  }
  const l = doc.letter;
  if (l)
    texts.push(
      l.sender.kk,
      l.sender.ru,
      ...l.requisites,
      l.outgoing.number,
      l.outgoing.date,
      ...l.addressee,
      l.signature.position,
      l.signature.name,
      ...l.executor,
      l.runningHeader,
    );
  return new Set(texts.flatMap((t) => t.split(/\s+/)).filter(Boolean));
}

async function pixels(png: Buffer): Promise<{ width: number; height: number; data: Uint8ClampedArray }> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext("2d");
  context.drawImage(image, 0, 0);
  return { width: image.width, height: image.height, data: context.getImageData(0, 0, image.width, image.height).data };
}

/** Share of pixels whose grey level differs by more than a quarter of the range. */
async function difference(a: Buffer, b: Buffer): Promise<number> {
  const [x, y] = await Promise.all([pixels(a), pixels(b)]);
  if (x.width !== y.width || x.height !== y.height) return 1;
  let differing = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    const grey = (d: Uint8ClampedArray) => 0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!;
    if (Math.abs(grey(x.data) - grey(y.data)) > 64) differing++;
  }
  return differing / (x.width * x.height);
}

const cases = REPORT_KINDS.flatMap((kind) => (["kk", "ru"] as const).map((locale) => [kind, locale] as const));

describe.each(cases)("the %s document in %s, printed", (kind, locale) => {
  it("keeps every word on the page, splits words only at hyphenation points, and numbers the pages", async () => {
    const doc = sampleDocument(kind, locale);
    const bytes = await renderPdf(doc);
    const { pages, items } = await readPdfLayout(bytes);
    expect(pages.length).toBeGreaterThan(0);

    const outside = items.filter((it) => {
      const page = pages[it.page - 1]!;
      return (
        it.x < PAGE.marginLeft - 1 ||
        it.x + it.width > page.width - PAGE.marginRight + 1 ||
        it.y < 0 ||
        it.y + it.height > page.height
      );
    });
    expect(outside.map(describeItem)).toEqual([]);

    const vocab = vocabulary(doc);
    const pageLabels = new Set(pages.map((_, i) => `${i + 1} / ${pages.length}`));
    const body = items.filter((it) => !pageLabels.has(it.text.trim()));
    const split = body.flatMap((it) =>
      it.text
        .split(/\s+/)
        .filter(Boolean)
        .filter((token) => !isWholeOrHyphenated(token, vocab, locale))
        .map((token) => `${token} (${describeItem(it)})`),
    );
    expect(split).toEqual([]);

    for (const [i] of pages.entries())
      expect(items.some((it) => it.page === i + 1 && it.text.trim() === `${i + 1} / ${pages.length}`)).toBe(true);
    const text = items.map((it) => it.text).join(" ");
    for (const line of [...doc.letter!.addressee, doc.letter!.signature.position, doc.letter!.executor[0]!]) {
      for (const word of line.split(/\s+/)) expect(text).toContain(word);
    }
    expect(text).toContain("№");

    // Black and white: every colour operator in the content streams sets black (or white, for
    // nothing pdfmake draws here); rg/RG with any other value would carry meaning a printer loses.
    const colours = new Set(
      [...bytes.toString("latin1").matchAll(/([\d.]+) ([\d.]+) ([\d.]+) (rg|RG)\b/g)].map(
        (m) => `${m[1]} ${m[2]} ${m[3]}`,
      ),
    );
    for (const c of colours) expect(["0 0 0", "1 1 1"]).toContain(c);
  });

  it("looks like its reference image (first page)", async () => {
    const bytes = await renderPdf(sampleDocument(kind, locale));
    const png = await renderPdfPage(bytes, 1, DPI);
    const file = path.join(REFERENCE_DIR, `${kind}-${locale}.png`);
    if (update || !existsSync(file)) {
      writeFileSync(file, png);
      expect(update, `no reference image yet: wrote ${file}; look at it and commit it`).toBe(true);
      return;
    }
    expect(await difference(png, readFileSync(file))).toBeLessThan(0.005);
  });
});

describe("the image comparison", () => {
  it("tells two different first pages apart (the Kazakh and the Russian discussion report)", async () => {
    const [kk, ru] = await Promise.all(
      (["kk", "ru"] as const).map(async (l) => renderPdfPage(await renderPdf(sampleDocument("discussion", l)), 1, DPI)),
    );
    expect(await difference(kk!, ru!)).toBeGreaterThan(0.005);
    expect(await difference(kk!, kk!)).toBe(0);
  });
});

function describeItem(it: PdfTextItem): string {
  return `p.${it.page} x=${it.x.toFixed(1)} w=${it.width.toFixed(1)} «${it.text}»`;
}
