/**
 * `pikir legalacts-monitor|budget-monitor|dialog-monitor` as a real child process: the body's id on
 * each portal set up, turned off, refused when it is not the portal's number. (No --run here: it
 * would read the real portals; the runner is tested against local servers in monitor-portal-*.test.ts.)
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { runPikir } from "../../../test/cli.ts";
import { createBody, testContext } from "../../../test/factories.ts";
import { openDatabase } from "../../server/db/client.ts";

describe("pikir <portal>-monitor (embedded database)", () => {
  let root: string;
  let bodyCode: string;
  let bodyId: string;
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), "pikir-cli-monitor-"));
    cpSync(inject("pgliteTemplateDir"), path.join(root, "pglite"), { recursive: true });
    const database = await openDatabase({ engine: "pglite", dataDir: path.join(root, "pglite") });
    const body = await createBody(testContext(database));
    bodyCode = body.code;
    bodyId = body.id;
    await database.close();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const env = () => ({ PIKIR_DATA_DIR: root, DATABASE_URL: "" });
  const lastJson = (stdout: string) => JSON.parse(stdout.trim().split("\n").at(-1)!);

  it("sets up the budget and dialog monitors as the legalacts one, turns one off, refuses what is not the portal's number", async () => {
    const first = await runPikir(["dialog-monitor", "--body", bodyCode], env());
    expect(first.code).toBe(2);
    expect(first.stderr).toContain(
      "--blog-id N is required the first time (the number in dialog.egov.kz/blogs/N/questions)",
    );

    const dialog = await runPikir(["dialog-monitor", "--body", bodyCode, "--blog-id", "2051"], env());
    expect(dialog.code).toBe(0);
    expect(lastJson(dialog.stdout)).toEqual({ body: bodyCode, blogId: "2051", enabled: true, run: null });

    const budget = await runPikir(["budget-monitor", "--body", bodyCode, "--gov-agency-id", "217"], env());
    expect(lastJson(budget.stdout)).toEqual({ body: bodyCode, govAgencyId: "217", enabled: true, run: null });
    // Turned off with the id already known: it is not asked again.
    const off = await runPikir(["budget-monitor", "--body", bodyCode, "--disable"], env());
    expect(lastJson(off.stdout)).toMatchObject({ govAgencyId: "217", enabled: false });

    const bad = await runPikir(["legalacts-monitor", "--body", bodyCode, "--government-id", "43 17"], env());
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("governmentId must be the number in legalacts.egov.kz/list?governmentId=…");

    const database = await openDatabase({ engine: "pglite", dataDir: path.join(root, "pglite") });
    try {
      const rows = await database.rows<{ portal: string; portal_body_id: string; enabled: boolean }>(
        sql`select portal, portal_body_id, enabled from portal_monitors where body_id = ${bodyId}::uuid order by portal`,
      );
      expect(rows).toEqual([
        { portal: "budget", portal_body_id: "217", enabled: false },
        { portal: "dialog", portal_body_id: "2051", enabled: true },
      ]);
    } finally {
      await database.close();
    }
  }, 120_000);
});
