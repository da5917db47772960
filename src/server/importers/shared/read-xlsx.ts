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
  raw.on("data", (c) => {
    bytes += c.length;
    lastActivity = Date.now();
  });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(raw, {
    worksheets: "emit",
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "cache",
    entries: "ignore",
  });
  const sheets = reader[Symbol.asyncIterator]();
  // Some damaged zips leave exceljs's reader waiting for ever, with no error and nothing left to
  // read (found by importers-fuzz.test.ts): while we wait for the next sheet or row, a reader that
  // neither reads a byte nor yields anything for XLSX_STALL_MS is refused as unreadable, and so is
  // one that throws on a damaged part. One watchdog for the whole read, not a timer per row.
  let failWaiting: ((error: Error) => void) | null = null;
  const watchdog = setInterval(() => {
    if (failWaiting && Date.now() - lastActivity > XLSX_STALL_MS) failWaiting(new UnreadableFileError("file.xlsx"));
  }, 250);
  // It keeps the process alive only while something waits on the reader (a file opened and never
  // read, e.g. refused for its columns, leaves nothing behind).
  watchdog.unref();
  const stop = () => {
    clearInterval(watchdog);
    raw.destroy();
  };
  const guarded = async <T>(next: Promise<T>): Promise<T> => {
    try {
      watchdog.ref();
      return await new Promise<T>((resolve, reject) => {
        failWaiting = reject;
        next.then(resolve, reject);
      });
    } catch (error) {
      stop();
      // exceljs throws plain TypeErrors on damaged parts (styles, shared strings): the file is unreadable.
      if (error instanceof UnreadableFileError) throw error;
      throw new UnreadableFileError("file.xlsx", { detail: String((error as Error)?.message ?? error).slice(0, 160) });
    } finally {
      watchdog.unref();
      failWaiting = null;
      lastActivity = Date.now();
    }
  };
  const sheet: IteratorResult<ExcelJS.stream.xlsx.WorksheetReader> = await guarded(sheets.next());
  if (sheet.done) {
    stop();
    throw new UnreadableFileError("file.xlsx");
  }
  const rows = sheet.value[Symbol.asyncIterator]();
  let header: string[] = [];
  for (;;) {
    const next = await guarded(rows.next());
    if (next.done) break;
    const values = (next.value.values as unknown[]).slice(1).map(cellText);
    if (values.some((v) => v.trim())) {
      header = values.map((v) => v.trim());
      break;
    }
  }

  async function* records(): AsyncGenerator<SourceRecord<CsvRow>> {
    try {
      yield* rowsOfSheet();
    } finally {
      clearInterval(watchdog);
    }
  }

  async function* rowsOfSheet(): AsyncGenerator<SourceRecord<CsvRow>> {
    for (;;) {
      const next = await guarded(rows.next());
      if (next.done) break;
      const values = (next.value.values as unknown[]).slice(1).map(cellText);
      if (!values.some((v) => v.trim())) continue;
      const rawLine = values.join(";");
      if (values.length > header.length && values.slice(header.length).some((v) => v.trim())) {
        yield {
          position: next.value.number,
          problem: { code: "row.field_count", params: { found: values.length, expected: header.length } },
          raw: rawLine,
          bytes,
        };
        continue;
      }
      const row: CsvRow = {};
      header.forEach((h, i) => {
        row[h] = values[i] ?? "";
      });
      yield { position: next.value.number, value: row, raw: rawLine, bytes };
    }
    // Drain the remaining sheets so the zip stream ends cleanly.
    for (let s = await guarded(sheets.next()); !s.done; s = await guarded(sheets.next()))
      for await (const _ of s.value) {
        /* skip */
      }
  }
  return { encoding: "xlsx", size, header, records: records() };
}
