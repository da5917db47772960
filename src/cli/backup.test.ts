import { describe, expect, it } from "vitest";
import { cpSync, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { openDatabase } from "../server/db/client.ts";
import { seedRegistry } from "../server/db/seed/seed-registry.ts";
import { testContext } from "../../test/factories.ts";
import { runPikir } from "../../test/cli.ts";

describe("pikir backup / restore", () => {
  it("backs up one embedded database and restores it into another, refusing a second restore", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "pikir-backup-"));
    try {
      const source = path.join(root, "source");
      const target = path.join(root, "target");
      cpSync(inject("pgliteTemplateDir"), path.join(source, "pglite"), { recursive: true });
      cpSync(inject("pgliteTemplateDir"), path.join(target, "pglite"), { recursive: true });
      const database = await openDatabase({ engine: "pglite", dataDir: path.join(source, "pglite") });
      await seedRegistry(testContext(database));
      await database.close();
      const file = path.join(root, "pikir.jsonl.gz");

      const backup = await runPikir(["backup", "--output", file], { PIKIR_DATA_DIR: source, DATABASE_URL: "" });
      expect(backup.code).toBe(0);
      expect(backup.stdout).toMatch(/backup written: .*pikir\.jsonl\.gz \(\d+ tables, 120 rows\)/); // 20 regions + 100 bodies (64 + the CEC + 35 district and regional-centre akimats)
      expect(existsSync(`${file}.partial`)).toBe(false);
      // Personal data, password hashes and sessions: for the server's user only (security review W13).
      expect(statSync(file).mode & 0o777).toBe(0o600);

      const restore = await runPikir(["restore", file], { PIKIR_DATA_DIR: target, DATABASE_URL: "" });
      expect(restore.code).toBe(0);
      expect(restore.stdout).toMatch(/restored 120 rows/);
      const again = await runPikir(["restore", file], { PIKIR_DATA_DIR: target, DATABASE_URL: "" });
      expect(again.code).toBe(2);
      expect(again.stderr).toMatch(/restore refused: the database is not empty/);
      expect(
        (await runPikir(["restore", path.join(root, "missing.gz")], { PIKIR_DATA_DIR: target, DATABASE_URL: "" })).code,
      ).toBe(2);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);
});
