import { afterAll, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp, signInCookie } from "../../../../test/http.ts";
import { labelItems } from "./label-items.ts";
import { stopAnalysisThread } from "./analysis-client.ts";
import { latestLabelRun } from "../../repositories/analysis-label-runs.repository.ts";

const ITEMS = 12_000;

afterAll(() => stopAnalysisThread());

describeEachEngine("labelling a large batch leaves the web process responsive (issue 12)", (engine) => {
  it("answers requests promptly while labelling runs, and records the run's progress", {
    timeout: 240_000,
  }, async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const { user } = await createUser(ctx, "body_officer", body.id);
    // 12,000 kk/ru items over one quarter, generated in SQL (keys first, as migration 0012 requires).
    await engine.database.db.execute(sql`
      with k as (
        insert into feedback_keys (source, source_ref, received_at)
        select 'responsive', ${body.id}::text || '-' || g, timestamptz '2025-01-01 10:00+05' + (g % 85) * interval '1 day' + g * interval '1 second'
        from generate_series(1, ${ITEMS}) g
        returning id, source_ref, received_at
      )
      insert into feedback_items (id, body_id, channel, kind, text, lang, received_at, source, source_ref)
      select k.id, ${body.id}::uuid, 'appeal', 'appeal',
        case when k.id % 2 = 0
          then 'Прошу отремонтировать дорогу на улице Абая, дом ' || k.id || ', ямы не ремонтируют ' || (k.id % 7) || ' лет.'
          else 'Ауылдағы жолды жөндеу керек, шұңқырлар көп, ' || k.id || '-үй, ' || (k.id % 11) || ' жыл бойы жөнделмеді.' end,
        (case when k.id % 2 = 0 then 'ru' else 'kk' end)::item_lang, k.received_at, 'responsive', k.source_ref
      from k`);
    const app = await buildTestApp(ctx);
    try {
      const cookie = await signInCookie(app, user.email);
      const ask = async () => {
        const t0 = performance.now();
        const [health, inbox] = await Promise.all([
          app.inject({ url: "/api/health" }),
          app.inject({ url: `/api/feedback?bodyId=${body.id}&limit=20`, headers: { cookie } }),
        ]);
        expect(health.statusCode).toBe(200);
        expect(inbox.statusCode).toBe(200);
        return performance.now() - t0;
      };
      // The same requests with nothing else running: the machine is shared, so bounds are relative to this.
      const idle: number[] = [];
      for (let i = 0; i < 10; i++) idle.push(await ask());
      const idleP50 = median(idle);
      const progress: number[] = [];
      let finished = false;
      const running = labelItems(
        ctx,
        { bodyId: body.id, from: "2025-01-01", to: "2025-03-31" },
        { onProgress: (p) => progress.push(p.done) },
      ).finally(() => {
        finished = true;
      });

      // A client that keeps asking while the run goes on: the health check (one query) and the inbox.
      const latencies: number[] = [];
      let running_progress_seen = false;
      while (!finished) {
        latencies.push(await ask());
        const run = await latestLabelRun(engine.database.db, body.id);
        if (run?.status === "running" && run.itemsDone > 0 && run.itemsDone < ITEMS) running_progress_seen = true;
        await new Promise((r) => setTimeout(r, 20));
      }
      const result = await running;
      expect(result).toMatchObject({ items: ITEMS, changed: ITEMS, mode: "thread" });
      expect(progress.at(-1)).toBe(ITEMS);
      expect(progress.length).toBeGreaterThanOrEqual(ITEMS / 1_000);
      expect(running_progress_seen).toBe(true);
      expect(await latestLabelRun(engine.database.db, body.id)).toMatchObject({
        status: "done",
        itemsDone: ITEMS,
        itemsTotal: ITEMS,
        changed: ITEMS,
        analysisMode: "thread",
      });

      // Before issue 12 a 5,000-item batch was analysed on this thread in one go (≈ 0.3–1 s of a
      // frozen event loop per batch) and PGlite ran the labelling's statements back to back.
      const p50 = median(latencies);
      const worst = Math.max(...latencies);
      console.info(
        `[${engine.engine}] ${latencies.length} request pairs during ${result.ms} ms of labelling: p50 ${p50.toFixed(0)} ms, max ${worst.toFixed(0)} ms (idle p50 ${idleP50.toFixed(0)} ms)`,
      );
      // Before issue 12 the one request pair sent at the start was answered when the run ended
      // (13.8 s of a 14 s run on PGlite): batches of 5,000 were analysed on this thread and PGlite
      // ran the labelling's statements back to back.
      expect(latencies.length).toBeGreaterThanOrEqual(5);
      expect(p50).toBeLessThan(Math.max(150, 4 * idleP50));
      expect(worst).toBeLessThan(Math.max(2_000, 10 * idleP50));
      expect(worst).toBeLessThan(result.ms / 4);
    } finally {
      await app.close();
    }
  });
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
