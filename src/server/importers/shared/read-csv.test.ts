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
    const { header, rows } = await readAll(`Reference,Received on,Kind,Text\r\nL-0,10.03.2026,comment,before\r\nL-1,10.03.2026,comment,${long}\r\nL-2,11.03.2026,comment,after\r\n`);
    expect(header).toEqual(["Reference", "Received on", "Kind", "Text"]);
    expect(rows.map((r) => ("value" in r && r.value ? r.value.Reference : r.problem?.code))).toEqual(["L-0", "row.too_long", "L-2"]);
    const rejected = rows[1]!;
    expect(rejected.position).toBe(3);
    expect(rejected.problem).toEqual({ code: "row.too_long", params: { line: 3, limit: MAX_LINE_CHARS } });
    expect(rejected.raw!.length).toBeLessThanOrEqual(200);
  });

  it("leaves ordinary files as they were, multi-line quoted fields included", async () => {
    const { rows } = await readAll(`a;b\r\n1;"two\r\nlines"\r\n3;four\r\n`);
    expect(rows.map((r) => r.value)).toEqual([{ a: "1", b: "two\r\nlines" }, { a: "3", b: "four" }]);
    expect(rows.map((r) => r.position)).toEqual([4, 5]); // csv-parse's own line count, unchanged
  });
});
