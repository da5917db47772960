/**
 * Opens a text file whatever its encoding: UTF-8, UTF-8 with a BOM, UTF-16 with a BOM, or a
 * single-byte Cyrillic code page (Windows-1251 is what Excel writes here by default). Detection
 * reads only the first 64 KiB; the file itself is decoded as a stream.
 */
import { isUtf8 } from "node:buffer";
import { createReadStream, openSync, readSync, closeSync, statSync } from "node:fs";
import { Transform, type Readable } from "node:stream";
import chardet from "chardet";
import iconv from "iconv-lite";

const SAMPLE_BYTES = 64 * 1024;
const SINGLE_BYTE_CYRILLIC = new Set(["windows-1251", "koi8-r", "iso-8859-5", "ibm866"]);

/** The file cannot be read as text at all (missing, empty, binary, unknown encoding): exit 2. */
export class UnreadableFileError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = "UnreadableFileError";
  }
}

export interface Detected {
  encoding: string;
  bomBytes: number;
  sample: Buffer;
  size: number;
}

export function readSample(file: string): { sample: Buffer; size: number } {
  let fd: number;
  let size: number;
  try {
    size = statSync(file).size;
    fd = openSync(file, "r");
  } catch (error) {
    throw new UnreadableFileError("file.missing", { file, reason: (error as NodeJS.ErrnoException).code ?? "?" });
  }
  try {
    const buffer = Buffer.alloc(Math.min(SAMPLE_BYTES, size));
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    return { sample: buffer.subarray(0, n), size };
  } finally {
    closeSync(fd);
  }
}

export function detectEncoding(sample: Buffer): { encoding: string; bomBytes: number } {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: "utf-8", bomBytes: 3 };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: "utf-16le", bomBytes: 2 };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: "utf-16be", bomBytes: 2 };
  if (sample.includes(0)) throw new UnreadableFileError("file.binary");
  try {
    // stream: true tolerates a character cut in half at the end of the sample.
    new TextDecoder("utf-8", { fatal: true }).decode(sample, { stream: true });
    return { encoding: "utf-8", bomBytes: 0 };
  } catch {
    // not UTF-8: a legacy code page
  }
  const guess = (chardet.detect(sample) ?? "").toLowerCase();
  if (SINGLE_BYTE_CYRILLIC.has(guess)) return { encoding: guess, bomBytes: 0 };
  // Anything else that is not UTF-8 here is, in practice, an Excel "CSV" in the Windows code page;
  // refuse only text that does not even look like Cyrillic in it.
  const asCp1251 = iconv.decode(sample, "windows-1251");
  const letters = asCp1251.match(/\p{L}/gu)?.length ?? 0;
  const cyrillic = asCp1251.match(/[\u0400-\u04ff]/g)?.length ?? 0;
  if (letters > 0 && cyrillic / letters > 0.3) return { encoding: "windows-1251", bomBytes: 0 };
  throw new UnreadableFileError("file.encoding", { guess: guess || "?" });
}

export function detectFile(file: string): Detected {
  const { sample, size } = readSample(file);
  if (size === 0) throw new UnreadableFileError("file.empty");
  return { ...detectEncoding(sample), sample, size };
}

export interface TextSource {
  encoding: string;
  size: number;
  /** Decoded text, in string chunks. */
  text: Readable;
  /** Bytes of the file read so far. */
  bytesRead(): number;
  /** The first 64 KiB, decoded (for delimiter detection and headers that precede a long array). */
  head: string;
  /**
   * Physical lines (1-based, counted from the start of the file) that are not valid UTF-8 in a file
   * detected as UTF-8 (W8): detection sees only the first 64 KiB, so a row pasted from another
   * encoding further down would otherwise be imported as U+FFFD. Filled as the text is read.
   */
  invalidLines: Set<number>;
}

/** Bytes at the end of a chunk that begin a UTF-8 character the next chunk completes. */
function incompleteTail(chunk: Buffer): number {
  for (let i = 1; i <= Math.min(3, chunk.length); i++) {
    const b = chunk[chunk.length - i]!;
    if ((b & 0xc0) === 0x80) continue;
    if (b < 0xc0) return 0;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    return need > i ? i : 0;
  }
  return 0;
}

/**
 * Decodes UTF-8 as a stream and notes the lines that hold invalid bytes (they are decoded with
 * U+FFFD as before; the reader rejects their rows). A valid chunk costs one isUtf8 call and a
 * newline count; only an invalid one is looked at line by line.
 */
function utf8Checker(invalid: Set<number>, firstLine: number, mark: boolean) {
  let line = firstLine;
  let carry = Buffer.alloc(0);
  const countLines = (bytes: Buffer) => {
    let n = 0;
    for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) n++;
    return n;
  };
  const check = (bytes: Buffer) => {
    if (isUtf8(bytes)) {
      line += countLines(bytes);
      return;
    }
    let start = 0;
    for (;;) {
      const nl = bytes.indexOf(10, start);
      const piece = bytes.subarray(start, nl === -1 ? bytes.length : nl);
      if (!isUtf8(piece)) invalid.add(line);
      if (nl === -1) break;
      line++;
      start = nl + 1;
    }
  };
  // With `mark`, the replacement characters of invalid bytes become INVALID_UTF8_MARK, so a reader
  // that cannot use line numbers (JSON records span lines, or share one) finds them in its values.
  const decode = (bytes: Buffer) => {
    if (!mark || isUtf8(bytes)) return bytes.toString("utf8");
    const pieces: string[] = [];
    let start = 0;
    for (;;) {
      const nl = bytes.indexOf(10, start);
      const piece = bytes.subarray(start, nl === -1 ? bytes.length : nl);
      pieces.push(isUtf8(piece) ? piece.toString("utf8") : decodeMarking(piece));
      if (nl === -1) break;
      start = nl + 1;
    }
    return pieces.join("\n");
  };
  return new Transform({
    decodeStrings: true,
    encoding: "utf8",
    transform(chunk: Buffer, _encoding, done) {
      const bytes = carry.length ? Buffer.concat([carry, chunk]) : chunk;
      const tail = incompleteTail(bytes);
      const whole = bytes.subarray(0, bytes.length - tail);
      carry = Buffer.from(bytes.subarray(bytes.length - tail));
      check(whole);
      done(null, decode(whole));
    },
    flush(done) {
      if (carry.length) {
        check(carry);
        done(null, decode(carry));
      } else done();
    },
  });
}

/** Decodes bytes with every invalid byte as INVALID_UTF8_MARK (a real U+FFFD in the text stays one). */
function decodeMarking(bytes: Buffer): string {
  let out = "";
  let start = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (n > 0 && i + n <= bytes.length && isUtf8(bytes.subarray(i, i + n))) {
      i += n;
      continue;
    }
    out += bytes.subarray(start, i).toString("utf8") + INVALID_UTF8_MARK;
    i += 1;
    start = i;
  }
  return out + bytes.subarray(start).toString("utf8");
}

/** A noncharacter (never interchanged as text) standing for invalid bytes when openTextFile marks them. */
export const INVALID_UTF8_MARK = "\uFDD0";

export function openTextFile(file: string, startByte = 0, options: { markInvalid?: boolean } = {}): TextSource {
  const detected = detectFile(file);
  const raw = createReadStream(file, { start: Math.max(detected.bomBytes, startByte), highWaterMark: 256 * 1024 });
  let bytes = detected.bomBytes;
  raw.on("data", (chunk) => {
    bytes += chunk.length;
  });
  const invalidLines = new Set<number>();
  // Lines are counted from the start of the file only when reading starts there (resumed reads seek).
  const text =
    detected.encoding === "utf-8" && startByte <= detected.bomBytes
      ? raw.pipe(utf8Checker(invalidLines, 1, options.markInvalid ?? false))
      : raw.pipe(iconv.decodeStream(detected.encoding) as unknown as Transform);
  raw.on("error", (error) => text.destroy(error));
  return {
    encoding: detected.encoding,
    size: detected.size,
    text,
    bytesRead: () => bytes,
    invalidLines,
    head: iconv.decode(detected.sample.subarray(detected.bomBytes), detected.encoding),
  };
}
