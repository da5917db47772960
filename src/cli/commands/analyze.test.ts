import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runPikir } from "../../../test/cli.ts";

const fixture = path.resolve("test/fixtures/analysis/feedback-sample.jsonl");
const dir = mkdtempSync(path.join(tmpdir(), "pikir-analyze-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("pikir analyze --input FILE.jsonl --format jsonl", () => {
  it("writes one analysis per input line, in order, with confidences and campaign groups", async () => {
    const run = await runPikir(["analyze", "--input", fixture, "--format", "jsonl"]);
    expect(run.code).toBe(0);
    const out = run.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(["a1", "a2", "a3", "a4", 5, "a6", "a7"]); // blank line skipped; numeric id kept
    expect(out.map((o) => o.lang)).toEqual(["ru", "kk", "ru", "ru", "kk", "ru", "mixed"]);
    expect(out[0]).toMatchObject({
      kind: "proposal",
      appealType: "request",
      sentiment: "negative",
      topic: "roads",
      duplicateOf: null,
    });
    expect(out[1]).toMatchObject({ kind: "comment", appealType: "gratitude", sentiment: "positive" });
    expect(out[4]).toMatchObject({ script: "latn", sentiment: "positive" });
    // the campaign: the two edited copies point at its first item, none dropped
    expect(out.map((o) => o.duplicateOf)).toEqual([null, null, null, "a3", null, "a3", null]);
    for (const o of out) {
      for (const key of ["lang", "kind", "appealType", "sentiment", "topic"]) {
        expect(o.confidence[key]).toBeGreaterThanOrEqual(0);
        expect(o.confidence[key]).toBeLessThanOrEqual(1);
      }
    }
    expect(run.stderr).toContain("analysed 7 items; 1 duplicate groups holding 3 items");
  });

  it("writes to --output and refuses bad lines with their line numbers (exit 1)", async () => {
    const input = path.join(dir, "in.jsonl");
    const output = path.join(dir, "out.jsonl");
    writeFileSync(input, '{"id":"1","text":"Спасибо!"}\nnot json\n{"id":"3"}\n');
    const run = await runPikir(["analyze", "--input", input, "--format", "jsonl", "--output", output]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("line 2: not valid JSON");
    expect(run.stderr).toContain('line 3: needs "id"');
    expect(
      readFileSync(output, "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).id),
    ).toEqual(["1"]);
  });

  it("refuses an unknown format and a missing file (exit 2)", async () => {
    expect((await runPikir(["analyze", "--input", fixture, "--format", "csv"])).code).toBe(2);
    const missing = await runPikir(["analyze", "--input", path.join(dir, "nope.jsonl")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("cannot read");
  });
});
