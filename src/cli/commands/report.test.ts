import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { runPikir } from "../../../test/cli.ts";
import { createBody, createItems, testContext } from "../../../test/factories.ts";
import { openDatabase } from "../../server/db/client.ts";
import { readXlsx } from "../../server/reports/render/testing/read-back.ts";

const dir = mkdtempSync(path.join(tmpdir(), "pikir-report-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("pikir report", () => {
  it("writes a body's §14 analysis to --output, and says what is missing otherwise", async () => {
    const dataDir = path.join(dir, "pglite");
    cpSync(inject("pgliteTemplateDir"), dataDir, { recursive: true });
    const database = await openDatabase({ engine: "pglite", dataDir });
    const ctx = testContext(database);
    const body = await createBody(ctx, { code: "CLI-REPORT" });
    await createItems(ctx, body.id, [
      { kind: "appeal", channel: "appeal", receivedAt: new Date("2025-02-01T10:00:00+05:00") },
      { kind: "social_comment", channel: "social_media", receivedAt: new Date("2025-02-02T10:00:00+05:00") },
    ]);
    await database.close();

    const output = path.join(dir, "quarterly.xlsx");
    const env = { PIKIR_DATA_DIR: dir, DATABASE_URL: "" };
    const run = await runPikir(
      [
        "report",
        "quarterly",
        "--body",
        "CLI-REPORT",
        "--period",
        "2025-Q1",
        "--format",
        "xlsx",
        "--lang",
        "ru",
        "--output",
        output,
      ],
      env,
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(output);
    const { sheets } = await readXlsx(readFileSync(output));
    const byChannel = [...sheets.values()][1]!;
    expect(byChannel.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ["обращения", 1],
      ["социальные сети", 1],
    ]);

    const missing = await runPikir(["report", "quarterly", "--body", "CLI-REPORT"], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("quarterly needs --period");
    const unknown = await runPikir(["report", "submission", "--body", "NO-SUCH", "--period", "2025"], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no state body with code "NO-SUCH"');
  });
});
