/**
 * Streams a CSV file as header-keyed records with their line numbers. The delimiter (; , or tab)
 * is taken from the header line; a row with the wrong number of fields or broken quoting becomes a
 * row problem at its line while the rows around it go on.
 */
import { Transform } from "node:stream";
import { parse, type CsvError } from "csv-parse";
import { openTextFile } from "./encoding.ts";
import type { SourceRecord } from "./types.ts";

export type CsvRow = Record<string, string>;

export interface CsvFile {
  encoding: string;
  size: number;
  header: string[];
  records: AsyncGenerator<SourceRecord<CsvRow>>;
}

export function detectDelimiter(head: string): string {
  const first = head.split(/\r?\n/, 1)[0] ?? "";
  const counts = [";", ",", "\t"].map((d) => [d, first.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ",";
}

/** The longest physical line read (characters); the rest of a longer line is dropped (W10). */
export const MAX_LINE_CHARS = 1 << 20;

/**
 * Cuts every physical line to MAX_LINE_CHARS before the parser sees it, and remembers which lines
 * were cut: a 1 GB line then costs a megabyte, not 3 GB and a V8 "string too long" that loses the
 * rest of the file. The row holding a cut line is rejected as too long; the rows after it go on.
 */
function lineLimiter(limit: number) {
  const cut = new Set<number>();
  let line = 1;
  let length = 0;
  const transform = new Transform({
    readableObjectMode: false, decodeStrings: false, encoding: "utf8",
    transform(chunk: string | Buffer, _encoding, done) {
      const text = typeof chunk === "string" ? chunk : chunk.toString("utf8");
      let out = "";
      let start = 0;
      for (;;) {
        const nl = text.indexOf("\n", start);
        const end = nl === -1 ? text.length : nl;
        const room = Math.max(0, limit - length);
        const piece = text.slice(start, end);
        if (piece.length > room) {
          cut.add(line);
          // A CR that ends the piece may be half of the CRLF that ends the line: always kept.
          out += piece.slice(0, room) + (piece.endsWith("\r") ? "\r" : "");
        } else {
          out += piece;
        }
        length += piece.length;
        if (nl === -1) break;
        out += "\n";
        line++;
        length = 0;
        start = nl + 1;
      }
      done(null, out);
    },
  });
  return { transform, cut };
}

export async function readCsv(file: string): Promise<CsvFile> {
  const source = openTextFile(file);
  const limiter = lineLimiter(MAX_LINE_CHARS);
  const parser = parse({
    delimiter: detectDelimiter(source.head), bom: true, relax_column_count: true, skip_empty_lines: true,
    info: true, raw: true, skip_records_with_error: true, trim: false,
  });
  const skipped: SourceRecord<CsvRow>[] = [];
  parser.on("skip", (error: CsvError & { lines?: number; raw?: string }) => {
    // One broken row can raise several errors; it is one rejected row.
    if (skipped.at(-1)?.position === error.lines) return;
    skipped.push({ position: error.lines ?? 0, problem: { code: "row.csv_syntax", params: { detail: error.message.split(":")[0]!.slice(0, 120) } }, raw: error.raw, bytes: source.bytesRead() });
  });
  source.text.pipe(limiter.transform).pipe(parser);
  source.text.on("error", (error) => parser.destroy(error));
  limiter.transform.on("error", (error) => parser.destroy(error));
  let lastLine = 0;
  const cutIn = (from: number, to: number) => { for (const l of limiter.cut) if (l >= from && l <= to) return l; return null; };
  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { lines: number }; raw: string }>;
  const first = await iterator.next();
  const header = first.done ? [] : first.value.record.map((h) => h.replace(/^\uFEFF/, "").trim());
  if (!first.done) lastLine = first.value.info.lines;

  async function* records(): AsyncGenerator<SourceRecord<CsvRow>> {
    for (;;) {
      const next = await iterator.next();
      const line = next.done ? Infinity : next.value.info.lines;
      // Broken rows are reported where they stand, between the good rows around them.
      while (skipped.length && skipped[0]!.position < line) yield skipped.shift()!;
      if (next.done) return;
      const { record, raw } = next.value;
      // The physical lines of this record: after the previous record's, up to its own.
      const firstLine = lastLine + 1;
      lastLine = line;
      const rawLine = raw.replace(/\r?\n$/, "");
      const cutLine = cutIn(firstLine, line);
      if (cutLine !== null) {
        yield { position: line, problem: { code: "row.too_long", params: { line: cutLine, limit: MAX_LINE_CHARS } }, raw: rawLine.slice(0, 200), bytes: source.bytesRead() };
        continue;
      }
      if (record.length !== header.length) {
        if (record.length === 1 && !record[0]!.trim()) continue;
        yield { position: line, problem: { code: "row.field_count", params: { found: record.length, expected: header.length } }, raw: rawLine, bytes: source.bytesRead() };
        continue;
      }
      const row: CsvRow = {};
      header.forEach((h, i) => { row[h] = record[i] ?? ""; });
      yield { position: line, value: row, raw: rawLine, bytes: source.bytesRead() };
    }
  }
  return { encoding: source.encoding, size: source.size, header, records: records() };
}
