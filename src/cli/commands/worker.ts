import type { Command } from "commander";
import { loadConfig } from "../../server/config.ts";

export function registerWorker(program: Command): void {
  program
    .command("worker")
    .description("run background jobs (imports, checks, reminders) as a separate process; start as many as you need")
    .action(async () => {
      const config = loadConfig();
      const { createLogger } = await import("../../server/logger.ts");
      const { openAppContext } = await import("../../server/bootstrap.ts");
      const { JobQueue } = await import("../../server/jobs/job-queue.ts");
      const { JOB_DEFINITIONS } = await import("../../server/jobs/definitions.ts");
      const log = createLogger(config.logLevel);
      const ctx = await openAppContext(config.database, log);
      const jobs = new JobQueue(ctx, JOB_DEFINITIONS, { work: true, schedule: false });
      await jobs.start();
      ctx.jobs = jobs;
      log.info({ jobs: JOB_DEFINITIONS.map((d) => d.name) }, "worker started");
      const { installGracefulShutdown } = await import("../../server/graceful-shutdown.ts");
      installGracefulShutdown({ ctx, jobs, timeoutMs: config.shutdownTimeoutMs });
    });
}
