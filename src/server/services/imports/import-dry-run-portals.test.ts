/**
 * Audit 2026-12, Part 3 A "CLI dry-run": `pikir import legalacts … --dry-run` failed with "Failed
 * query" (a placeholder draft id was inserted). A dry run of a portal file with a new draft must
 * count its items and write nothing — neither items nor the draft — on both engines.
 */
import path from "node:path";
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, testContext } from "../../../../test/factories.ts";
import { SYSTEM_ACTOR } from "../../context.ts";
import { importFile } from "./import-file.ts";

const fixture = (name: string) => path.resolve("test/fixtures/imports", name);

describeEachEngine("imports: dry run of portal files", (engine) => {
  it.each([
    ["legalacts", "legalacts.json"],
    ["budget", "budget.json"],
  ] as const)("%s: counts the new draft's items and writes nothing", async (importer, file) => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const summary = await importFile(
      ctx,
      { ...SYSTEM_ACTOR, label: "test" },
      {
        importer,
        file: fixture(file),
        bodyId: body.id,
        dryRun: true,
      },
    );
    expect(summary.runId).toBeNull();
    expect(summary.added).toBeGreaterThan(0);
    const [written] = await engine.database.rows<{ items: number; drafts: number }>(sql`
      select (select count(*)::int from feedback_items where body_id = ${body.id}::uuid) as items,
             (select count(*)::int from initiatives where body_id = ${body.id}::uuid) as drafts`);
    expect(written).toEqual({ items: 0, drafts: 0 });
  });
});
