import type { Command } from "commander";
import { loadConfig } from "../../server/config.ts";
import { createLogger } from "../../server/logger.ts";
import { ProgressBar } from "../progress.ts";

// Server modules load on demand, so `pikir --help` and file-only commands start fast.
const openAppContext = async (...args: Parameters<typeof import("../../server/bootstrap.ts").openAppContext>) =>
  (await import("../../server/bootstrap.ts")).openAppContext(...args);

export function registerDatabaseCommands(program: Command): void {
  program.command("migrate")
    .description("apply the SQL migrations to the configured database")
    .action(async () => {
      const config = loadConfig();
      const ctx = await openAppContext(config.database, createLogger("warn"));
      console.log(`migrations applied (${ctx.database.engine})`);
      await ctx.database.close();
    });

  program.command("seed")
    .description("load the registry of regions and state bodies; --demo adds demo data to an empty database")
    .option("--demo", "also load demo initiatives, feedback, decisions and evaluation rounds")
    .action(async (opts: { demo?: boolean }) => {
      const config = loadConfig();
      const ctx = await openAppContext(config.database, createLogger("warn"));
      const { seedRegistry } = await import("../../server/db/seed/seed-registry.ts");
      const { seedDemo } = await import("../../server/db/seed/seed-demo.ts");
      const { countBodies } = await import("../../server/repositories/body.repository.ts");
      try {
        const hadBodies = (await countBodies(ctx.database.db)) > 0;
        const registry = await seedRegistry(ctx);
        console.log(`registry: ${registry.regions} regions, ${registry.bodies} state bodies`);
        if (opts.demo && hadBodies) {
          console.log("demo data skipped: the database already has data (demo data goes only into an empty database)");
        } else if (opts.demo) {
          const bar = new ProgressBar("demo data", process.stderr);
          const counts = await seedDemo(ctx, { onProgress: (done, total) => bar.update(done, total) });
          bar.finish();
          console.log(`demo: ${counts.items} items, ${counts.decisions} decisions, ${counts.answers} answers`);
        }
      } finally {
        await ctx.database.close();
      }
    });
}
