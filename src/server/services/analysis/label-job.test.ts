import { afterAll, beforeAll, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp, signInCookie } from "../../../../test/http.ts";
import { JobQueue } from "../../jobs/job-queue.ts";
import { JOB_DEFINITIONS } from "../../jobs/definitions.ts";
import { seedQuarter } from "./quarter-fixture.test-support.ts";
import { LABEL_JOB } from "./request-label-run.ts";
import { importFile } from "../imports/import-file.ts";
import { sql } from "drizzle-orm";
import { fileURLToPath } from "node:url";

const TEMPLATE_CSV = fileURLToPath(new URL("../../../../test/fixtures/imports/template.csv", import.meta.url));

describeEachEngine("the analysis.label job (through pg-boss)", (engine) => {
  let queue: JobQueue;
  let app: FastifyInstance;
  beforeAll(async () => {
    const ctx = testContext(engine.database);
    queue = new JobQueue(
      ctx,
      JOB_DEFINITIONS.filter((d) => d.name === LABEL_JOB),
      { work: true, schedule: true, pollingIntervalSeconds: 0.5 },
    );
    await queue.start();
    ctx.jobs = queue;
    app = await buildTestApp(ctx);
  });
  afterAll(async () => {
    await app.close();
    await queue.stop();
  });

  it("is scheduled nightly, and a run requested over HTTP is labelled by the worker", { timeout: 60_000 }, async () => {
    expect(await queue.schedules()).toEqual([{ name: LABEL_JOB, cron: "15 3 * * *", timezone: "Asia/Almaty" }]);
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const { user } = await createUser(ctx, "body_officer", body.id);
    const cookie = await signInCookie(app, user.email);
    await seedQuarter(ctx, body.id);

    const run = await app.inject({
      method: "POST",
      url: `/api/bodies/${body.id}/analysis/run?period=2025-Q1`,
      headers: { cookie },
    });
    expect(run.statusCode).toBe(202);
    const { jobId, status } = run.json();
    expect(status).toBe("queued");
    expect(jobId).toMatch(/^[0-9a-f-]{36}$/);

    const until = Date.now() + 45_000;
    let state: string | undefined;
    while (Date.now() < until) {
      state = (await queue.state(LABEL_JOB, jobId))?.state;
      if (state === "completed" || state === "failed") break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(state).toBe("completed");
    const analysis = await app.inject({
      url: `/api/bodies/${body.id}/analysis?period=2025-Q1&scope=all`,
      headers: { cookie },
    });
    expect(analysis.json().coverage).toMatchObject({ items: 34, labelled: 34 });
    expect(analysis.json().campaigns).toMatchObject({ groups: 1, items: 20 });
  });

  it("labels what an import added, in the background, without anyone pressing a button", {
    timeout: 60_000,
  }, async () => {
    const ctx = testContext(engine.database);
    ctx.jobs = queue;
    const body = await createBody(ctx);
    const { actor } = await createUser(ctx, "body_officer", body.id);
    const summary = await importFile(ctx, actor, { importer: "template", file: TEMPLATE_CSV, bodyId: body.id });
    expect(summary.added).toBeGreaterThan(0);
    const counts = async () =>
      (
        await engine.database.rows<{ items: number; labelled: number }>(sql`
      select count(*)::int as items, count(l.item_id)::int as labelled
      from feedback_items f left join analysis_labels l on l.item_id = f.id where f.body_id = ${body.id}::uuid`)
      )[0]!;
    const until = Date.now() + 45_000;
    while (Date.now() < until && (await counts()).labelled < summary.added)
      await new Promise((r) => setTimeout(r, 250));
    expect(await counts()).toEqual({ items: summary.added, labelled: summary.added });
  });
});
