/**
 * Retention of import_rejects.raw (security review, "left open"): a rejected row keeps the file's
 * text, personal data included, until PIKIR_REJECTS_RETENTION_DAYS after its run ended; then only
 * its line, code and parameters stay. Running runs and recent ones are not touched.
 */
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, testContext } from "../../../../test/factories.ts";
import { insertImportRejects, insertImportRun } from "../../repositories/import-run.repository.ts";
import { purgeRejectedRaw } from "./purge-rejected-raw.ts";

describeEachEngine("imports: retention of rejected rows' raw text", (engine) => {
  it("forgets the raw text of runs ended more than the retention ago, keeps the rest", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const run = (status: "done" | "failed" | "running", endedDaysAgo: number | null) =>
      insertImportRun(ctx.database.db, {
        bodyId: body.id,
        importer: "template",
        fileName: `${status}-${endedDaysAgo}.csv`,
        fileSha256: `${body.id}-${status}-${endedDaysAgo}`,
        actorLabel: "test",
        status,
        finishedAt: endedDaysAgo === null ? null : new Date(Date.now() - endedDaysAgo * 86_400_000),
      });
    const old = await run("done", 91);
    const oldFailed = await run("failed", 120);
    const recent = await run("done", 10);
    const running = await run("running", null);
    await engine.database.rows(
      sql`update import_runs set updated_at = now() - interval '200 days' where id = ${running.id}::uuid`,
    );
    for (const r of [old, oldFailed, recent, running])
      await insertImportRejects(ctx.database.db, [
        {
          runId: r.id,
          line: 3,
          code: "row.kind",
          params: { value: "x" },
          raw: "MQ-3,Асқар Бекұлы,870412300512,+7 701 123 45 67",
        },
      ]);

    const result = await purgeRejectedRaw(ctx, { days: 90 });
    expect(result.cleared).toBeGreaterThanOrEqual(2);
    const rows = await engine.database.rows<{ run_id: string; line: number; code: string; raw: string | null }>(
      sql`select run_id, line, code, raw from import_rejects where run_id in (${old.id}::uuid, ${oldFailed.id}::uuid, ${recent.id}::uuid, ${running.id}::uuid)`,
    );
    const rawOf = (id: string) => rows.find((r) => r.run_id === id)!;
    expect(rawOf(old.id)).toMatchObject({ line: 3, code: "row.kind", raw: null });
    expect(rawOf(oldFailed.id).raw).toBeNull();
    expect(rawOf(recent.id).raw).toContain("870412300512");
    expect(rawOf(running.id).raw).toContain("870412300512"); // still being imported: not ended
    // A second run finds nothing more of these.
    expect((await purgeRejectedRaw(ctx, { days: 90 })).cleared).toBe(0);
  });
});
