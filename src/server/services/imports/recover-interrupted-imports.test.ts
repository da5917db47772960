/** Review 2026-12-security W17: after a kill -9 the run stayed "running" and its upload stayed on disk. */
import { mkdtempSync, existsSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, testContext } from "../../../../test/factories.ts";
import { SYSTEM_ACTOR } from "../../context.ts";
import { importFile, SimulatedCrash, startImport } from "./import-file.ts";
import { AppError } from "../../errors.ts";
import { recoverInterruptedImports } from "./recover-interrupted-imports.ts";

const actor = { ...SYSTEM_ACTOR, label: "test" };

describeEachEngine("imports: recovery at start (W17)", (engine) => {
  it("marks a crashed run interrupted, leaves a live one alone, removes only old uploads, and the file resumes", async () => {
    const ctx = testContext(engine.database);
    const dir = mkdtempSync(path.join(tmpdir(), "pikir-w17-"));
    const file = path.join(dir, "crash.csv");
    const lines = ["Reference,Received on,Kind,Text,Language"];
    for (let i = 1; i <= 500; i++) lines.push(`W-${i},10.03.2025,comment,Пікір ${i},kk`);
    writeFileSync(file, lines.join("\n") + "\n");
    const crashed = await createBody(ctx);
    const live = await createBody(ctx);
    await expect(
      importFile(ctx, actor, { importer: "template", file, bodyId: crashed.id, batchSize: 100, crashAfterBatches: 2 }),
    ).rejects.toBeInstanceOf(SimulatedCrash);
    await expect(
      importFile(ctx, actor, { importer: "template", file, bodyId: live.id, batchSize: 100, crashAfterBatches: 1 }),
    ).rejects.toBeInstanceOf(SimulatedCrash);
    // The crashed run last advanced an hour ago; the "live" one just now (as another node's would).
    await engine.database.rows(
      sql`update import_runs set updated_at = now() - interval '1 hour' where body_id = ${crashed.id}::uuid`,
    );
    const uploads = mkdtempSync(path.join(tmpdir(), "pikir-w17-up-"));
    const orphan = path.join(uploads, "orphan");
    const fresh = path.join(uploads, "fresh");
    writeFileSync(orphan, "x");
    writeFileSync(fresh, "y");
    const twoDaysAgo = new Date(Date.now() - 48 * 3600_000);
    utimesSync(orphan, twoDaysAgo, twoDaysAgo);

    const result = await recoverInterruptedImports(ctx, { uploadsDir: uploads });
    expect(result.removedUploads).toBe(1);
    expect(existsSync(orphan)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
    const runs = await engine.database.rows<{ id: string; body: string; status: string; error: string | null }>(sql`
      select id::text as id, body_id::text as body, status, error from import_runs where body_id in (${crashed.id}::uuid, ${live.id}::uuid)`);
    expect(runs.find((r) => r.body === crashed.id)).toMatchObject({ status: "failed", error: "interrupted" });
    expect(runs.find((r) => r.body === live.id)).toMatchObject({ status: "running" });
    // (A shared test database may hold other dead runs: only these two are asserted.)
    expect(result.interrupted).toContain(runs.find((r) => r.body === crashed.id)!.id);
    expect(result.interrupted).not.toContain(runs.find((r) => r.body === live.id)!.id);

    // Re-uploading the file resumes the interrupted run and ends it done, with every row once.
    const resumed = await importFile(ctx, actor, { importer: "template", file, bodyId: crashed.id, batchSize: 100 });
    expect(resumed).toMatchObject({ resumed: true, read: 500, added: 500 });
    const [after] = await engine.database.rows<{ n: number; runs: number; status: string }>(sql`
      select (select count(*)::int from feedback_items where body_id = ${crashed.id}::uuid) as n,
             (select count(*)::int from import_runs where body_id = ${crashed.id}::uuid) as runs,
             (select status from import_runs where body_id = ${crashed.id}::uuid) as status`);
    expect(after).toEqual({ n: 500, runs: 1, status: "done" });
  });

  it("W17 rest: the scheduled imports.recover job does the same while the server runs (every 5 minutes)", async () => {
    const ctx = testContext(engine.database);
    const { JOB_DEFINITIONS } = await import("../../jobs/definitions.ts");
    const job = JOB_DEFINITIONS.find((d) => d.name === "imports.recover")!;
    expect(job.cron).toBe("*/5 * * * *");
    const body = await createBody(ctx);
    const [run] = await engine.database.rows<{ id: string }>(sql`
      insert into import_runs (body_id, importer, file_name, file_sha256, actor_label, updated_at)
      values (${body.id}::uuid, 'template', 'killed.csv', ${`killed-${body.id}`}, 'test', now() - interval '11 minutes')
      returning id::text as id`);
    await job.handler(ctx, {} as never, { id: "test" });
    const [after] = await engine.database.rows<{ status: string; error: string | null }>(
      sql`select status, error from import_runs where id = ${run!.id}::uuid`,
    );
    expect(after).toEqual({ status: "failed", error: "interrupted" });
  });

  it("refuses a second upload of a file while its import runs, instead of counting its rows twice", async () => {
    const ctx = testContext(engine.database);
    const dir = mkdtempSync(path.join(tmpdir(), "pikir-w17-"));
    const file = path.join(dir, "twice.csv");
    const lines = ["Reference,Received on,Kind,Text,Language"];
    for (let i = 1; i <= 12_000; i++) lines.push(`T-${i},10.03.2025,comment,Пікір ${i},kk`);
    writeFileSync(file, lines.join("\n") + "\n");
    const body = await createBody(ctx);
    // The same file uploaded twice at once (review attack 51): one import runs, the other is refused.
    const attempts = await Promise.allSettled(
      [1, 2].map(() => startImport(ctx, actor, { importer: "template", file, bodyId: body.id, batchSize: 1_000 })),
    );
    const refused = attempts.filter((a) => a.status === "rejected");
    const running = attempts.flatMap((a) => (a.status === "fulfilled" ? [a.value] : []));
    expect(refused).toHaveLength(1);
    expect((refused[0] as PromiseRejectedResult).reason).toBeInstanceOf(AppError);
    expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({ code: "import_running" });
    expect(running).toHaveLength(1);
    expect(await running[0]!.done).toMatchObject({ read: 12_000, added: 12_000 });
    const [run] = await engine.database.rows<{ rows_read: number; runs: number }>(sql`
      select max(rows_read)::int as rows_read, count(*)::int as runs from import_runs where body_id = ${body.id}::uuid`);
    expect(run).toEqual({ rows_read: 12_000, runs: 1 });
    // Once it has ended, the same file may be uploaded again (an idempotent re-import).
    expect(await importFile(ctx, actor, { importer: "template", file, bodyId: body.id })).toMatchObject({
      read: 12_000,
      added: 0,
      unchanged: 12_000,
    });
  });
});
