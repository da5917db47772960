/** Streams the first worksheet of an XLSX file as header-keyed records with their row numbers. */
import { createReadStream, statSync } from "node:fs";
import ExcelJS from "exceljs";
import { UnreadableFileError } from "./encoding.ts";
import type { SourceRecord } from "./types.ts";
import type { CsvFile, CsvRow } from "./read-csv.ts";

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    // Excel keeps a wall-clock time without zone; exceljs hands it back as if it were UTC.
    const d = value.toISOString();
    return d.endsWith("T00:00:00.000Z") ? `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}` : d.slice(0, 19);
  }
  if (typeof value === "object") {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown };
    if (v.richText) return v.richText.map((r) => r.text).join("");
    if (v.text !== undefined) return cellText(v.text);
    if (v.result !== undefined) return cellText(v.result);
    return "";
  }
  return String(value);
}

const XLSX_STALL_MS = 5_000;

export async function readXlsx(file: string): Promise<CsvFile> {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (error) {
    throw new UnreadableFileError("file.missing", { file, reason: (error as NodeJS.ErrnoException).code ?? "?" });
  }
  const raw = createReadStream(file);
  let bytes = 0;
  let lastActivity = Date.now();
  raw.on("data", (c) => { bytes += c.length; lastActivity = Date.now(); });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(raw, { worksheets: "emit", sharedStrings: "cache", hyperlinks: "ignore", styles: "cache", entries: "ignore" });
  const sheets = reader[Symbol.asyncIterator]();
  // Some damaged zips leave exceljs's reader waiting for ever, with no error and nothing left to
  // read (found by importers-fuzz.test.ts): while we wait for the next sheet or row, a reader that
  // neither reads a byte nor yields anything for XLSX_STALL_MS is refused as unreadable, and so is
  // one that throws on a damaged part.
  const guarded = async <T>(next: Promise<T>): Promise<T> => {
    let timer: NodeJS.Timeout | undefined;
    const stalled = new Promise<never>((_, reject) => {
      timer = setInterval(() => { if (Date.now() - lastActivity > XLSX_STALL_MS) reject(new UnreadableFileError("file.xlsx")); }, 250);
    });
    try {
      const value = await Promise.race([next, stalled]);
      lastActivity = Date.now();
      return value;
    } catch (error) {
      // exceljs throws plain TypeErrors on damaged parts (styles, shared strings): the file is unreadable.
      if (error instanceof UnreadableFileError) throw error;
      raw.destroy();
      throw new UnreadableFileError("file.xlsx", { detail: String((error as Error)?.message ?? error).slice(0, 160) });
    } finally {
      clearInterval(timer);
    }
  };
  let sheet: IteratorResult<ExcelJS.stream.xlsx.WorksheetReader>;
  try {
    sheet = await guarded(sheets.next());
  } catch {
    raw.destroy();
    throw new UnreadableFileError("file.xlsx");
  }
  if (sheet.done) throw new UnreadableFileError("file.xlsx");
  const rows = sheet.value[Symbol.asyncIterator]();
  let header: string[] = [];
  for (;;) {
    const next = await guarded(rows.next());
    if (next.done) break;
    const values = (next.value.values as unknown[]).slice(1).map(cellText);
    if (values.some((v) => v.trim())) { header = values.map((v) => v.trim()); break; }
  }

  async function* records(): AsyncGenerator<SourceRecord<CsvRow>> {
    for (;;) {
      const next = await guarded(rows.next());
      if (next.done) break;
      const values = (next.value.values as unknown[]).slice(1).map(cellText);
      if (!values.some((v) => v.trim())) continue;
      const rawLine = values.join(";");
      if (values.length > header.length && values.slice(header.length).some((v) => v.trim())) {
        yield { position: next.value.number, problem: { code: "row.field_count", params: { found: values.length, expected: header.length } }, raw: rawLine, bytes };
        continue;
      }
      const row: CsvRow = {};
      header.forEach((h, i) => { row[h] = values[i] ?? ""; });
      yield { position: next.value.number, value: row, raw: rawLine, bytes };
    }
    // Drain the remaining sheets so the zip stream ends cleanly.
    for (let s = await guarded(sheets.next()); !s.done; s = await guarded(sheets.next())) for await (const _ of s.value) { /* skip */ }
  }
  return { encoding: "xlsx", size, header, records: records() };
}
