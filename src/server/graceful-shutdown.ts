/**
 * SIGTERM / SIGINT for `pikir serve` and `pikir worker` (review 2026-12-security W26): before, the
 * database was closed while a job still ran ("Cannot use a pool after calling end on the pool") and
 * the queue retried it later by luck. Now, in order: stop accepting requests, stop taking jobs, wait
 * for running jobs up to PIKIR_SHUTDOWN_TIMEOUT_SECONDS, hand those still running back to the queue,
 * and only then close the database. A second signal exits at once.
 */
import type { FastifyInstance } from "fastify";
import type { AppContext } from "./context.ts";
import type { JobQueue } from "./jobs/job-queue.ts";

export function installGracefulShutdown(options: {
  ctx: AppContext;
  jobs: JobQueue;
  timeoutMs: number;
  app?: FastifyInstance;
}): void {
  const { ctx, jobs, app, timeoutMs } = options;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      ctx.log.warn({ signal }, "second signal: exiting now");
      process.exit(1);
    }
    stopping = true;
    ctx.log.info({ signal, timeoutMs }, "shutting down");
    let code = 0;
    try {
      // HTTP first (no new "run now" enqueues), but never longer than the jobs' own wait.
      if (app) await Promise.race([app.close(), new Promise((r) => setTimeout(r, timeoutMs).unref())]);
      const cutOff = await jobs.stop(timeoutMs);
      // A cut-off job that ignored its signal still holds a connection; closing would wait for it. The
      // exit ends that connection instead, and the server rolls its open transaction back.
      const closing = (async () => {
        await ctx.database.close();
        await ctx.readDatabase?.close();
      })();
      await (cutOff.length ? Promise.race([closing, new Promise((r) => setTimeout(r, 2_000).unref())]) : closing);
      ctx.log.info({ cutOff: cutOff.length }, "stopped");
    } catch (error) {
      ctx.log.error({ err: error }, "shutdown failed");
      code = 1;
    }
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}
