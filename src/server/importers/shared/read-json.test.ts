/**
 * Review 2026-12-security W8 for JSON imports: a record with bytes in another encoding after the
 * first 64 KiB (the detection sample) used to be imported with U+FFFD in place of its text. Now the
 * record is refused at its position with `record.invalid_utf8`, and every other record is read.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { readJsonArray } from "./read-json.ts";
import { importMessages } from "../../../i18n/messages/imports.ts";
import { translate } from "../../../i18n/index.ts";

const dir = mkdtempSync(path.join(tmpdir(), "pikir-json-"));

async function readAll(bytes: Buffer, arrayPath = "messages") {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, bytes);
  const json = await readJsonArray(file, arrayPath);
  const out = [];
  for await (const r of json.records) out.push(r);
  return { json, out };
}

const message = (i: number, text: string) =>
  `{"id":${i},"type":"message","date":"2026-03-10T10:00:00","text":"${text}"}`;

describe("readJsonArray and invalid UTF-8 (W8)", () => {
  it.each([
    { layout: "one record a line", sep: ",\n" },
    { layout: "minified on one line", sep: "," },
  ])("refuses only the record with Windows-1251 bytes after 64 KiB, at its position ($layout)", async ({ sep }) => {
    const valid = Array.from({ length: 1500 }, (_, i) =>
      message(i + 1, `Жарамды UTF-8 жазба ${i} ..........................`),
    );
    const late = Buffer.concat([
      Buffer.from(`${sep}{"id":1501,"type":"message","date":"2026-03-11T10:00:00","text":"`),
      iconv.encode("Привет из Windows-1251", "cp1251"),
      Buffer.from(`"}${sep}${message(1502, "Соңғы жазба �")}]}`),
    ]);
    const bytes = Buffer.concat([Buffer.from(`{"name":"Минфин","messages":[${valid.join(sep)}`), late]);
    expect(bytes.length).toBeGreaterThan(64 * 1024);
    const { json, out } = await readAll(bytes);
    expect(json.encoding).toBe("utf-8");
    expect(out).toHaveLength(1502);
    const refused = out.filter((r) => r.problem);
    expect(refused.map((r) => [r.position, r.problem])).toEqual([
      [1501, { code: "record.invalid_utf8", params: { position: 1501 } }],
    ]);
    expect(refused[0]!.raw).toContain('"id":1501');
    // A U+FFFD that is really in the file (valid UTF-8) is text like any other.
    expect((out[1501]!.value as { text: string }).text).toBe("Соңғы жазба �");
    expect(translate(importMessages, "ru", "record.invalid_utf8", refused[0]!.problem!.params)).toMatch(
      /^Запись 1501 не в кодировке UTF-8/,
    );
  });

  it("reads a valid file with no refusal", async () => {
    const { out } = await readAll(Buffer.from(`[${message(1, "Сәлем")},${message(2, "Привет")}]`));
    expect(out.map((r) => r.problem ?? (r.value as { text: string }).text)).toEqual(["Сәлем", "Привет"]);
  });
});
