import { chmodSync, createReadStream, createWriteStream, existsSync, renameSync } from "node:fs";
import type { Command } from "commander";
import { loadConfig } from "../../server/config.ts";
import { createLogger } from "../../server/logger.ts";
import { ProgressBar } from "../progress.ts";

export function registerBackup(program: Command): void {
  program
    .command("backup")
    .description("write a consistent, engine-neutral backup (gzip'd JSON lines) of the whole database")
    .requiredOption("-o, --output <file>", "where to write, e.g. pikir-2026-11-25.jsonl.gz")
    .action(async (opts: { output: string }) => {
      const { openAppContext } = await import("../../server/bootstrap.ts");
      const { backupDatabase } = await import("../../server/services/backup/backup-database.ts");
      const ctx = await openAppContext(loadConfig().database, createLogger("warn"));
      // Written beside the target and renamed at the end: a killed backup never looks complete.
      const partial = `${opts.output}.partial`;
      const bar = new ProgressBar("backup");
      try {
        const manifest = await backupDatabase(ctx, createWriteStream(partial, { mode: 0o600 }), (done, total) =>
          bar.update(done, total),
        );
        bar.finish();
        // Every IIN, phone and address, password hashes and sessions: for this user only (W13).
        chmodSync(partial, 0o600);
        renameSync(partial, opts.output);
        const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
        console.log(`backup written: ${opts.output} (${manifest.tables.length} tables, ${rows} rows)`);
      } finally {
        await ctx.database.close();
      }
    });

  program
    .command("restore")
    .description("load a backup into an empty database of the same Pikir version (all or nothing)")
    .argument("<file>", "a file written by `pikir backup`")
    .action(async (file: string) => {
      if (!existsSync(file)) {
        console.error(`no such file: ${file}`);
        process.exitCode = 2;
        return;
      }
      const { openAppContext } = await import("../../server/bootstrap.ts");
      const { restoreDatabase, RestoreError } = await import("../../server/services/backup/restore-database.ts");
      const ctx = await openAppContext(loadConfig().database, createLogger("warn"));
      const bar = new ProgressBar("restore");
      try {
        const manifest = await restoreDatabase(ctx, createReadStream(file), (done, total) => bar.update(done, total));
        bar.finish();
        console.log(
          `restored ${manifest.tables.reduce((s, t) => s + t.rows, 0)} rows from a backup of ${manifest.createdAt} (${manifest.engine})`,
        );
      } catch (error) {
        bar.finish();
        if (!(error instanceof RestoreError)) throw error;
        console.error(`restore refused: ${error.message}`);
        process.exitCode = 2;
      } finally {
        await ctx.database.close();
      }
    });
}
