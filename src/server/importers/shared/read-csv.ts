/**
 * Streams a CSV file as header-keyed records with their line numbers. The delimiter (; , or tab)
 * is taken from the header line; a row with the wrong number of fields or broken quoting becomes a
 * row problem at its line while the rows around it go on.
 */
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

export async function readCsv(file: string): Promise<CsvFile> {
  const source = openTextFile(file);
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
  source.text.pipe(parser);
  source.text.on("error", (error) => parser.destroy(error));
  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { lines: number }; raw: string }>;
  const first = await iterator.next();
  const header = first.done ? [] : first.value.record.map((h) => h.replace(/^\uFEFF/, "").trim());

  async function* records(): AsyncGenerator<SourceRecord<CsvRow>> {
    for (;;) {
      const next = await iterator.next();
      const line = next.done ? Infinity : next.value.info.lines;
      // Broken rows are reported where they stand, between the good rows around them.
      while (skipped.length && skipped[0]!.position < line) yield skipped.shift()!;
      if (next.done) return;
      const { record, raw } = next.value;
      const rawLine = raw.replace(/\r?\n$/, "");
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
