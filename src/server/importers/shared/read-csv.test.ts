/** Review 2026-12-security W10: an over-long line is one rejected row; the rows after it are read. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_LINE_CHARS, readCsv } from "./read-csv.ts";

async function readAll(content: string | Buffer) {
  const dir = mkdtempSync(path.join(tmpdir(), "pikir-csv-"));
  const file = path.join(dir, "f.csv");
  writeFileSync(file, content);
  try {
    const csv = await readCsv(file);
    const rows = [];
    for await (const r of csv.records) rows.push(r);
    return { header: csv.header, rows };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("readCsv line bound (W10)", () => {
  it("rejects a line longer than the bound with its line number and keeps the rows around it", async () => {
    const long = "A".repeat(3 * MAX_LINE_CHARS);
    const { header, rows } = await readAll(
      `Reference,Received on,Kind,Text\r\nL-0,10.03.2026,comment,before\r\nL-1,10.03.2026,comment,${long}\r\nL-2,11.03.2026,comment,after\r\n`,
    );
    expect(header).toEqual(["Reference", "Received on", "Kind", "Text"]);
    expect(rows.map((r) => ("value" in r && r.value ? r.value.Reference : r.problem?.code))).toEqual([
      "L-0",
      "row.too_long",
      "L-2",
    ]);
    const rejected = rows[1]!;
    expect(rejected.position).toBe(3);
    expect(rejected.problem).toEqual({ code: "row.too_long", params: { line: 3, limit: MAX_LINE_CHARS } });
    expect(rejected.raw!.length).toBeLessThanOrEqual(200);
  });

  it("leaves ordinary files as they were, multi-line quoted fields included", async () => {
    const { rows } = await readAll(`a;b\r\n1;"two\r\nlines"\r\n3;four\r\n`);
    expect(rows.map((r) => r.value)).toEqual([
      { a: "1", b: "two\r\nlines" },
      { a: "3", b: "four" },
    ]);
    expect(rows.map((r) => r.position)).toEqual([4, 5]); // csv-parse's own line count, unchanged
  });
});

describe("readCsv unclosed quote (W14)", () => {
  const codeOrRef = (r: { value?: Record<string, string>; problem?: { code: string } }) =>
    r.value ? r.value.Reference : r.problem?.code;

  it("replays the review: the row with the unclosed quote is rejected at its line, the rows after it are kept", async () => {
    const { rows } = await readAll(
      'Reference,Received on,Kind,Text\r\nMQ-1,10.03.2026,comment,ok\r\nMQ-3,10.03.2026,comment,"unclosed\r\nMQ-4,10.03.2026,comment,ok\r\nMQ-5,10.03.2026,comment,ok\r\n',
    );
    expect(rows.map(codeOrRef)).toEqual(["MQ-1", "row.unclosed_quote", "MQ-4", "MQ-5"]);
    expect(rows[1]!.position).toBe(3);
    expect(rows[1]!.problem).toEqual({ code: "row.unclosed_quote", params: { line: 3 } });
    expect(rows[1]!.raw).toBe('MQ-3,10.03.2026,comment,"unclosed');
    expect(rows.slice(2).map((r) => r.position)).toEqual([4, 5]);
  });

  it("keeps good quoted and multi-line rows after the broken one, and a second unclosed quote too", async () => {
    const { rows } = await readAll(
      'Reference;Text\nA;"unclosed\nB;"two\nlines"\nC;"a ""quoted"" word"\nD;"again\nE;plain',
    );
    expect(rows.map(codeOrRef)).toEqual(["row.unclosed_quote", "B", "C", "row.unclosed_quote", "E"]);
    expect(rows.filter((r) => r.problem).map((r) => r.position)).toEqual([2, 6]);
    expect(rows.find((r) => r.value?.Reference === "B")!.value!.Text).toBe("two\nlines");
    expect(rows.find((r) => r.value?.Reference === "C")!.value!.Text).toBe('a "quoted" word');
  });

  it("gives up on a quote that is still open after MAX_RECORD_CHARS and reads on", async () => {
    const filler = Array.from({ length: 60_000 }, (_, i) => `F-${i};${"x".repeat(80)}`).join("\n");
    const { rows } = await readAll(`Reference;Text\nQ;"open\n${filler}\n`);
    expect(rows[0]!.problem?.code).toBe("row.unclosed_quote");
    expect(rows.length).toBe(60_001);
    expect(rows.at(-1)!.value!.Reference).toBe("F-59999");
  });

  it("leaves a stray quote inside a field to the parser: that row alone is rejected", async () => {
    const { rows } = await readAll('Reference;Text\nA;ab"c\nB;ok\n');
    expect(rows.map(codeOrRef)).toEqual(["row.csv_syntax", "B"]);
  });
});

describe("readCsv invalid UTF-8 after the detection sample (W8)", () => {
  it("replays the review: a Windows-1251 row after 64 KiB of UTF-8 is rejected at its line, the others are kept", async () => {
    const rows = ["Reference,Received on,Kind,Text"];
    for (let i = 0; i < 1500; i++)
      rows.push(
        `U8-${String(i).padStart(5, "0")},10.03.2026,comment,Valid UTF-8 row ${i} padding ...........................`,
      );
    const latin = Buffer.from(rows.join("\r\n") + "\r\n");
    expect(latin.length).toBeGreaterThan(64 * 1024);
    const content = Buffer.concat([
      latin,
      Buffer.from("U8-LATE,11.03.2026,comment,"),
      Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]),
      Buffer.from("\r\nU8-AFTER,11.03.2026,comment,Сәлем\r\n"),
    ]);
    const { rows: read } = await readAll(content);
    expect(read).toHaveLength(1502);
    const late = read[1500]!;
    expect(late.problem).toEqual({ code: "row.invalid_utf8", params: { line: 1502 } });
    expect(late.position).toBe(1502);
    expect(read[1501]!.value).toMatchObject({ Reference: "U8-AFTER", Text: "Сәлем" });
    expect(read.filter((r) => r.problem)).toHaveLength(1);
  });

  it("does not mistake a multi-byte character cut by a read chunk for invalid bytes", async () => {
    const text =
      "Reference;Text\n" +
      Array.from({ length: 40_000 }, (_, i) => `K-${i};Қазақ тілі ә і ң ғ ү ұ қ ө һ 😀`).join("\n") +
      "\n";
    const { rows } = await readAll(Buffer.from(text));
    expect(rows).toHaveLength(40_000);
    expect(rows.every((r) => r.value?.Text?.endsWith("😀"))).toBe(true);
  });
});
