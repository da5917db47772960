import type { Command } from "commander";
import { loadConfig } from "../../server/config.ts";
import { createLogger } from "../../server/logger.ts";
import { ProgressBar } from "../progress.ts";

// Server modules load on demand, so `pikir --help` and file-only commands start fast.
const openAppContext = async (...args: Parameters<typeof import("../../server/bootstrap.ts").openAppContext>) =>
  (await import("../../server/bootstrap.ts")).openAppContext(...args);

export function registerDatabaseCommands(program: Command): void {
  program
    .command("migrate")
    .description("apply the SQL migrations to the configured database")
    .action(async () => {
      const config = loadConfig();
      const ctx = await openAppContext(config.database, createLogger("warn"));
      console.log(`migrations applied (${ctx.database.engine})`);
      await ctx.database.close();
    });

  program
    .command("seed")
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

  program
    .command("partitions")
    .description(
      "list feedback_items' yearly partitions with their rows; --ensure makes the partitions of the given years",
    )
    .option(
      "--ensure <years...>",
      "years whose partitions to make (rows waiting in the default partition move into them)",
    )
    .action(async (opts: { ensure?: string[] }) => {
      const config = loadConfig();
      const ctx = await openAppContext(config.database, createLogger("warn"));
      const { ensureFeedbackYears, listFeedbackPartitions } = await import(
        "../../server/repositories/feedback-partitions.repository.ts"
      );
      try {
        const years = (opts.ensure ?? []).map(Number);
        const bad = (opts.ensure ?? []).filter(
          (_, i) => !Number.isInteger(years[i]) || years[i]! < 1990 || years[i]! > 2200,
        );
        if (bad.length) {
          console.error(`not a year: ${bad.join(", ")}`);
          process.exitCode = 2;
          return;
        }
        if (years.length)
          console.log(
            `partitions made: ${(await ensureFeedbackYears(ctx.database.db, years)).join(", ") || "none (they exist)"}`,
          );
        for (const p of await listFeedbackPartitions(ctx.database.db)) {
          console.log(
            `${p.name.padEnd(28)} ${String(p.rows).padStart(12)}${p.isDefault ? "  (rows of years without a partition)" : ""}`,
          );
        }
      } finally {
        await ctx.database.close();
      }
    });
}
