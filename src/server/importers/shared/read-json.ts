/**
 * Streams one array of a large JSON document (Telegram's "messages", a Graph API "data" page …)
 * record by record, together with the small header object that precedes it (the chat's name and
 * id, the draft's card). Records are numbered from 1: that number is their "line" in reports.
 */
import { pipeline } from "node:stream";
import StreamArray from "stream-json/streamers/StreamArray.js";
import Pick from "stream-json/filters/Pick.js";
import Parser from "stream-json/Parser.js";
import { INVALID_UTF8_MARK, openTextFile, UnreadableFileError } from "./encoding.ts";
import type { SourceRecord } from "./types.ts";

export interface JsonFile {
  encoding: string;
  size: number;
  header: Record<string, unknown>;
  records: AsyncGenerator<SourceRecord<unknown>>;
}

/** The object before `"<key>": [` parsed on its own: fields written before the long array. */
function headerBefore(head: string, path: string): Record<string, unknown> {
  const key = path.split(".").at(-1)!;
  const at = head.search(new RegExp(`"${key}"\\s*:\\s*\\[`));
  if (at < 0) return {};
  const prefix = head.slice(0, at).replace(/,\s*$/, "");
  for (let closers = 1; closers <= path.split(".").length; closers++) {
    try {
      return JSON.parse(prefix + "}".repeat(closers)) as Record<string, unknown>;
    } catch {
      /* try one more level */
    }
  }
  return {};
}

export async function readJsonArray(file: string, path: string): Promise<JsonFile> {
  const source = openTextFile(file, 0, { markInvalid: true });
  const trimmed = source.head.trimStart();
  if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) throw new UnreadableFileError("file.json");
  const header = trimmed.startsWith("{") ? headerBefore(source.head, path) : {};
  const stream = StreamArray.make();
  // pipeline, not pipe: a syntax error in the middle of the file must reach the reader below (pipe
  // forwards no errors, so a broken JSON file used to leave the import waiting for ever).
  const stages = trimmed.startsWith("[")
    ? [source.text, new Parser(), stream]
    : [source.text, new Parser(), Pick.make({ filter: path, pathSeparator: "." }), stream];
  pipeline(stages, () => {
    /* the error, if any, reaches the reader through the destroyed last stage */
  });

  async function* records(): AsyncGenerator<SourceRecord<unknown>> {
    try {
      for await (const { key, value } of stream as AsyncIterable<{ key: number; value: unknown }>) {
        // W8: a record with bytes that are not UTF-8 is refused at its position, not imported as U+FFFD.
        if (source.invalidLines.size > 0 && holdsMark(value))
          yield {
            position: key + 1,
            problem: { code: "record.invalid_utf8", params: { position: key + 1 } },
            raw: JSON.stringify(value).replaceAll(INVALID_UTF8_MARK, "\uFFFD").slice(0, 2000),
            bytes: source.bytesRead(),
          };
        else yield { position: key + 1, value, bytes: source.bytesRead() };
      }
    } catch (error) {
      throw new UnreadableFileError("file.json", { detail: (error as Error).message.slice(0, 160) });
    }
  }
  return { encoding: source.encoding, size: source.size, header, records: records() };
}

/** Does any string in the value (keys included) hold the mark of invalid UTF-8? */
function holdsMark(value: unknown): boolean {
  if (typeof value === "string") return value.includes(INVALID_UTF8_MARK);
  if (Array.isArray(value)) return value.some(holdsMark);
  if (value && typeof value === "object")
    return Object.entries(value).some(([k, v]) => k.includes(INVALID_UTF8_MARK) || holdsMark(v));
  return false;
}
