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

function detectDelimiter(head: string): string {
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
    readableObjectMode: false,
    decodeStrings: false,
    encoding: "utf8",
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

/** The most characters a quoted field may hold across lines before its quote counts as unclosed (W14). */
const MAX_RECORD_CHARS = 4 * MAX_LINE_CHARS;

/**
 * Finds quotes that never close (W14). csv-parse reads an unclosed quote to the end of the file and
 * reports one broken row that holds every row after it. This guard follows RFC 4180 quoting line by
 * line (a quote opens only at the start of a field; "" is an escaped quote) and holds back the lines
 * of a record whose quote is still open. If the file ends, or MAX_RECORD_CHARS go by, before the quote
 * closes, the record's first line is the broken one: it is blanked (so csv-parse's line numbers stay
 * true) and remembered, and the lines held after it are scanned again as records of their own.
 */
function quoteGuard(delimiter: string, limit: number) {
  const unclosed: { line: number; raw: string }[] = [];
  let nextLine = 1;
  let carry = "";
  let inQuote = false;
  let held: { line: number; text: string; eol: string }[] = [];
  let heldChars = 0;

  /**
   * Scans one physical line from the state left by the lines before it: "open" if a quote is still
   * open at its end, "closed" if not, "bad" if a quote that was open when the line began is followed
   * by something other than a delimiter or the line end (it was not a closing quote: the one that
   * opened the held record never closes).
   */
  function scan(text: string, open: boolean): "open" | "closed" | "bad" {
    if (!open && !text.includes('"')) return "closed";
    const carried = open;
    let fieldStart = !open;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (open) {
        if (ch === '"') {
          if (text[i + 1] === '"') {
            i++;
            continue;
          }
          const after = text.slice(i + 1);
          if (carried && after !== "" && after !== "\r" && !after.startsWith(delimiter)) return "bad";
          open = false;
          fieldStart = false;
        }
      } else if (ch === '"' && fieldStart) {
        open = true;
      } else {
        fieldStart = text.startsWith(delimiter, i);
      }
    }
    return open ? "open" : "closed";
  }

  function feed(line: { line: number; text: string; eol: string }, out: string[]) {
    const startsRecord = !inQuote;
    const state = scan(line.text, inQuote);
    if (state === "bad" && !startsRecord) {
      // Not this line's fault: the held record is broken, and this line is read again after it.
      breakHeld(out);
      feed(line, out);
      return;
    }
    inQuote = state === "open";
    if (!inQuote && startsRecord) {
      out.push(line.text + line.eol);
      return;
    }
    held.push(line);
    heldChars += line.text.length;
    if (!inQuote) {
      release(out);
      return;
    }
    if (heldChars > limit) breakHeld(out);
  }

  function release(out: string[]) {
    for (const h of held) out.push(h.text + h.eol);
    held = [];
    heldChars = 0;
  }

  /** The held record's quote never closes: its first line is the broken row; the rest are read again. */
  function breakHeld(out: string[]) {
    const [first, ...rest] = held;
    held = [];
    heldChars = 0;
    inQuote = false;
    if (!first) return;
    unclosed.push({ line: first.line, raw: first.text.replace(/\r$/, "").slice(0, 200) });
    // The line ending is kept as it was: csv-parse takes the first one it meets for the whole file.
    out.push((first.text.endsWith("\r") ? "\r" : "") + first.eol);
    for (const line of rest) feed(line, out);
  }

  const transform = new Transform({
    readableObjectMode: false,
    decodeStrings: false,
    encoding: "utf8",
    transform(chunk: string | Buffer, _encoding, done) {
      const text = carry + (typeof chunk === "string" ? chunk : chunk.toString("utf8"));
      const out: string[] = [];
      let start = 0;
      for (;;) {
        const nl = text.indexOf("\n", start);
        if (nl === -1) break;
        feed({ line: nextLine++, text: text.slice(start, nl), eol: "\n" }, out);
        start = nl + 1;
      }
      carry = text.slice(start);
      done(null, out.join(""));
    },
    flush(done) {
      const out: string[] = [];
      if (carry) feed({ line: nextLine++, text: carry, eol: "" }, out);
      carry = "";
      // Breaking a record can leave another open one among the lines read again.
      while (held.length) breakHeld(out);
      done(null, out.join(""));
    },
  });
  return { transform, unclosed };
}

export async function readCsv(file: string): Promise<CsvFile> {
  const source = openTextFile(file);
  const limiter = lineLimiter(MAX_LINE_CHARS);
  const delimiter = detectDelimiter(source.head);
  const guard = quoteGuard(delimiter, MAX_RECORD_CHARS);
  const parser = parse({
    delimiter,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
    raw: true,
    skip_records_with_error: true,
    trim: false,
  });
  const skipped: SourceRecord<CsvRow>[] = [];
  parser.on("skip", (error: CsvError & { lines?: number; raw?: string }) => {
    // One broken row can raise several errors; it is one rejected row.
    if (skipped.at(-1)?.position === error.lines) return;
    skipped.push({
      position: error.lines ?? 0,
      problem: { code: "row.csv_syntax", params: { detail: error.message.split(":")[0]!.slice(0, 120) } },
      raw: error.raw,
      bytes: source.bytesRead(),
    });
  });
  source.text.pipe(limiter.transform).pipe(guard.transform).pipe(parser);
  source.text.on("error", (error) => parser.destroy(error));
  limiter.transform.on("error", (error) => parser.destroy(error));
  guard.transform.on("error", (error) => parser.destroy(error));
  // Unclosed quotes, as rejected rows at their line (the guard runs ahead of the parser).
  const unclosed = guard.unclosed;
  const nextBroken = (): SourceRecord<CsvRow> | undefined => {
    const u = unclosed[0];
    const s = skipped[0];
    if (u && (!s || u.line <= s.position)) {
      unclosed.shift();
      return {
        position: u.line,
        problem: { code: "row.unclosed_quote", params: { line: u.line } },
        raw: u.raw,
        bytes: source.bytesRead(),
      };
    }
    return skipped.shift();
  };
  const brokenBefore = (line: number) =>
    Math.min(unclosed[0]?.line ?? Infinity, skipped[0]?.position ?? Infinity) < line;
  let lastLine = 0;
  const cutIn = (from: number, to: number) => {
    for (const l of limiter.cut) if (l >= from && l <= to) return l;
    return null;
  };
  const invalidIn = (from: number, to: number) => {
    for (const l of source.invalidLines) if (l >= from && l <= to) return l;
    return null;
  };
  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<{
    record: string[];
    info: { lines: number };
    raw: string;
  }>;
  const first = await iterator.next();
  const header = first.done ? [] : first.value.record.map((h) => h.replace(/^\uFEFF/, "").trim());
  if (!first.done) lastLine = first.value.info.lines;

  async function* records(): AsyncGenerator<SourceRecord<CsvRow>> {
    for (;;) {
      const next = await iterator.next();
      const line = next.done ? Infinity : next.value.info.lines;
      // Broken rows are reported where they stand, between the good rows around them.
      while (brokenBefore(line)) yield nextBroken()!;
      if (next.done) return;
      const { record, raw } = next.value;
      // The physical lines of this record: after the previous record's, up to its own.
      const firstLine = lastLine + 1;
      lastLine = line;
      const rawLine = raw.replace(/\r?\n$/, "");
      const cutLine = cutIn(firstLine, line);
      if (cutLine !== null) {
        yield {
          position: line,
          problem: { code: "row.too_long", params: { line: cutLine, limit: MAX_LINE_CHARS } },
          raw: rawLine.slice(0, 200),
          bytes: source.bytesRead(),
        };
        continue;
      }
      const invalidLine = invalidIn(firstLine, line);
      if (invalidLine !== null) {
        yield {
          position: line,
          problem: { code: "row.invalid_utf8", params: { line: invalidLine } },
          raw: rawLine.slice(0, 200),
          bytes: source.bytesRead(),
        };
        continue;
      }
      if (record.length !== header.length) {
        if (record.length === 1 && !record[0]!.trim()) continue;
        yield {
          position: line,
          problem: { code: "row.field_count", params: { found: record.length, expected: header.length } },
          raw: rawLine,
          bytes: source.bytesRead(),
        };
        continue;
      }
      const row: CsvRow = {};
      header.forEach((h, i) => {
        row[h] = record[i] ?? "";
      });
      yield { position: line, value: row, raw: rawLine, bytes: source.bytesRead() };
    }
  }
  return { encoding: source.encoding, size: source.size, header, records: records() };
}
