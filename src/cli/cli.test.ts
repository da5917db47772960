import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { runPikir } from "../../test/cli.ts";
import { openDatabase } from "../server/db/client.ts";
import { testContext, createItems } from "../../test/factories.ts";
import { seedRegistry } from "../server/db/seed/seed-registry.ts";
import { findBodyByCode } from "../server/repositories/body.repository.ts";
import { decideItem } from "../server/services/feedback/decide-item.ts";
import { SYSTEM_ACTOR } from "../server/context.ts";

const fixture = (name: string) => path.resolve("test/fixtures", name);

describe("pikir evaluate --input (no database)", () => {
  it("prints the contract JSON and exits 0", async () => {
    const run = await runPikir(["evaluate", "--input", fixture("submissions-2025.json")]);
    expect(run.code).toBe(0);
    const { results } = JSON.parse(run.stdout);
    expect(results.map((r: Record<string, unknown>) => [r.id, r.F, r.band, r.zeroed])).toEqual([
      ["min-finance", 67.5, "low", false], // §22: (27·10)/(40·10)
      ["akimat-almaty", 87.5, "medium", false], // §22: B/C = 1 when no remarks were received
      ["min-health", 0, "ineffective", true], // §23: results not in open access
    ]);
  });

  it("prints a localized table and CSV", async () => {
    const table = await runPikir([
      "evaluate",
      "--input",
      fixture("submissions-2025.json"),
      "--format",
      "table",
      "--lang",
      "ru",
    ]);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain("Алматы қаласының әкімдігі");
    expect(table.stdout).toContain("67.5");
    const csv = await runPikir([
      "evaluate",
      "--input",
      fixture("submissions-2025.json"),
      "--format",
      "csv",
      "--lang",
      "en",
    ]);
    expect(csv.stdout.split("\r\n")[1]).toMatch(/^min-finance,/);
  });

  it("refuses inconsistent input naming the body and the field, exit 2", async () => {
    const run = await runPikir(["evaluate", "--input", fixture("submissions-bad.json"), "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("min-finance");
    expect(run.stderr).toContain("remarks.accepted");
    expect(run.stderr).toContain("min-health");
    expect(run.stderr).toContain("comments.received");
    const missing = await runPikir(["evaluate", "--input", "/nonexistent.json"]);
    expect(missing.code).toBe(2);
  });
});

describe("pikir evaluate --period (database)", () => {
  it("evaluates recorded figures of every in-scope body from an embedded database", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "pikir-cli-"));
    try {
      cpSync(inject("pgliteTemplateDir"), path.join(root, "pglite"), { recursive: true });
      const database = await openDatabase({ engine: "pglite", dataDir: path.join(root, "pglite") });
      const ctx = testContext(database);
      await seedRegistry(ctx);
      const body = (await findBodyByCode(database.db, "min-finance"))!;
      const [a, b] = await createItems(ctx, body.id, [{ kind: "remark" }, { kind: "proposal" }, { kind: "comment" }]);
      await decideItem(ctx, SYSTEM_ACTOR, {
        itemId: a!.id,
        outcome: "accepted",
        referenceKind: "act_clause",
        referenceText: "3-тармақ",
      });
      await decideItem(ctx, SYSTEM_ACTOR, { itemId: b!.id, outcome: "rejected", reason: "Негізсіз" });
      await database.close();

      const run = await runPikir(["evaluate", "--period", "2025", "--format", "json"], {
        PIKIR_DATA_DIR: root,
        DATABASE_URL: "",
      });
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      const results = JSON.parse(run.stdout).results as Record<string, unknown>[];
      expect(results.find((r) => r.id === "min-finance")).toMatchObject({
        B: 1,
        C: 2,
        E: 0,
        G: 1,
        F: 0,
        band: "ineffective",
      });
      // §1: excluded bodies are not evaluated.
      expect(results.some((r) => r.id === "national-bank")).toBe(false);
      expect(results.find((r) => r.id === "min-health")).toMatchObject({ F: 100, band: "high" });

      const audit = await runPikir(["audit", "verify", "--lang", "en"], { PIKIR_DATA_DIR: root, DATABASE_URL: "" });
      expect(audit.code).toBe(0);
      expect(audit.stdout).toContain("Audit log intact: 2 entries");

      // Issue 7: the yearly partitions, and making one for a year far ahead.
      const partitions = await runPikir(["partitions", "--ensure", "2061"], { PIKIR_DATA_DIR: root, DATABASE_URL: "" });
      expect(partitions.code).toBe(0);
      expect(partitions.stdout).toContain("partitions made: 2061");
      expect(partitions.stdout).toMatch(/^feedback_items_y2025 +3$/m);
      expect(partitions.stdout).toContain("feedback_items_y2061");
      expect(
        (await runPikir(["partitions", "--ensure", "20x1"], { PIKIR_DATA_DIR: root, DATABASE_URL: "" })).code,
      ).toBe(2);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
