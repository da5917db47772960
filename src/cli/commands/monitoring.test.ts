/** `pikir monitoring release` as a real child process (W12): the administrator's rescue from the shell, audited. */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { runPikir } from "../../../test/cli.ts";
import { createBody, testContext } from "../../../test/factories.ts";
import { openDatabase } from "../../server/db/client.ts";

describe("pikir monitoring release (embedded database)", () => {
  let root: string;
  const codes: string[] = [];
  const handle = "UCcliSquattedChannel000000";
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), "pikir-cli-monitoring-"));
    cpSync(inject("pgliteTemplateDir"), path.join(root, "pglite"), { recursive: true });
    const database = await openDatabase({ engine: "pglite", dataDir: path.join(root, "pglite") });
    const ctx = testContext(database);
    const squatter = await createBody(ctx);
    const owner = await createBody(ctx);
    codes.push(squatter.code, owner.code);
    await database.db.execute(
      sql`insert into social_accounts (body_id, platform, handle, official) values (${squatter.id}, 'youtube', ${handle}, true)`,
    );
    await database.close();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const env = () => ({ PIKIR_DATA_DIR: root, DATABASE_URL: "" });

  it("hands the account to its body, says so in the chosen language, and records who did it", async () => {
    const run = await runPikir(
      ["monitoring", "release", "--platform", "youtube", "--handle", handle, "--to", codes[1]!, "--lang", "en"],
      env(),
    );
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain(`The account ${handle} now belongs to Test body ${codes[1]}`);
    expect(run.code).toBe(0);
    const again = await runPikir(
      ["monitoring", "release", "--platform", "youtube", "--handle", handle, "--to", codes[1]!, "--lang", "ru"],
      env(),
    );
    expect(again.stderr).toContain(`Аккаунт ${handle} уже принадлежит этому государственному органу.`);
    expect(again.code).toBe(2);
    const database = await openDatabase({ engine: "pglite", dataDir: path.join(root, "pglite") });
    try {
      const rows = await database.rows<{ action: string; actor_label: string }>(
        sql`select action, actor_label from audit_log where entity = 'social_account' order by id`,
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]!.action).toBe("monitoring.reassign");
      expect(rows[0]!.actor_label).toMatch(/^cli:/);
    } finally {
      await database.close();
    }
  });
});
