import type { Command } from "commander";
import { loadConfig } from "../../server/config.ts";
import { createLogger } from "../../server/logger.ts";

export function registerAudit(program: Command): void {
  const audit = program.command("audit").description("the append-only, hash-chained audit log");
  audit
    .command("verify")
    .description("check the whole chain; exit 1 and name the first broken entry if anything was altered")
    .action(async () => {
      const { openAppContext } = await import("../../server/bootstrap.ts");
      const { verifyAudit } = await import("../../server/services/audit/verify-audit.ts");
      const ctx = await openAppContext(loadConfig().database, createLogger("warn"));
      try {
        const result = await verifyAudit(ctx.database.db, (n) => process.stderr.write(`\rchecked ${n}`));
        if (result.ok) {
          console.log(`audit log intact: ${result.checked} entries`);
        } else {
          console.error(
            `audit log BROKEN at entry ${result.brokenAt!.id} (${result.brokenAt!.reason}); ${result.checked} entries before it are intact`,
          );
          process.exitCode = 1;
        }
      } finally {
        await ctx.database.close();
      }
    });
}
