import type { Command } from "commander";
import { loadConfig } from "../../server/config.ts";
import { createLogger } from "../../server/logger.ts";
import { isLocale } from "../../i18n/index.ts";

export function registerAudit(program: Command): void {
  const audit = program.command("audit").description("the append-only, hash-chained audit log");
  audit
    .command("verify")
    .description(
      "check the whole chain and its signed checkpoints; exit 1 and say what was altered (an entry, a deleted tail, a recomputed chain)",
    )
    .option("--lang <lang>", "language of the messages: kk, ru, en", "kk")
    .action(async (opts: { lang: string }) => {
      if (!isLocale(opts.lang)) return fail("--lang must be kk, ru or en");
      const { openAppContext } = await import("../../server/bootstrap.ts");
      const { verifyAudit } = await import("../../server/services/audit/verify-audit.ts");
      const { auditAnchorOf } = await import("../../server/services/audit/audit-anchor.ts");
      const { describeAuditVerification } = await import("../../server/services/audit/describe-audit-verification.ts");
      const config = loadConfig();
      const ctx = await openAppContext(config.database, createLogger("warn"));
      try {
        const result = await verifyAudit(
          ctx.database.db,
          (n) => process.stderr.write(`\rchecked ${n}`),
          auditAnchorOf(config.audit),
        );
        const { info, warnings, errors } = describeAuditVerification(result, opts.lang);
        for (const line of info) console.log(line);
        for (const line of [...warnings, ...errors]) console.error(line);
        if (!result.ok) process.exitCode = 1;
      } finally {
        await ctx.database.close();
      }
    });
  audit
    .command("checkpoint")
    .description("sign the chain's head now with PIKIR_AUDIT_KEY (the audit.checkpoint job does it every 15 minutes)")
    .option("--lang <lang>", "language of the messages: kk, ru, en", "kk")
    .action(async (opts: { lang: string }) => {
      if (!isLocale(opts.lang)) return fail("--lang must be kk, ru or en");
      const { openAppContext } = await import("../../server/bootstrap.ts");
      const { writeAuditCheckpoint } = await import("../../server/services/audit/write-audit-checkpoint.ts");
      const { auditAnchorOf } = await import("../../server/services/audit/audit-anchor.ts");
      const { describeCheckpointOutcome } = await import("../../server/services/audit/describe-audit-verification.ts");
      const config = loadConfig();
      const ctx = await openAppContext(config.database, createLogger("warn"));
      try {
        const outcome = await writeAuditCheckpoint(ctx, auditAnchorOf(config.audit));
        const line = describeCheckpointOutcome(outcome, opts.lang);
        if (outcome.status === "written" || outcome.status === "nothing_new") console.log(line);
        else {
          console.error(line);
          process.exitCode = 1;
        }
      } finally {
        await ctx.database.close();
      }
    });
}

function fail(message: string): void {
  console.error(message);
  process.exitCode = 2;
}
