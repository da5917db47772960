/**
 * `pikir legalacts-monitor --body CODE [--government-id N] [--disable] [--run [--archive]]`:
 * names the body's id on legalacts.egov.kz (the number in `/list?governmentId=N`) so the job
 * "intake.legalacts" reads its drafts every six hours, and/or reads them now (every draft of the
 * list, fetched politely, imported idempotently). Prints one JSON line of what was done.
 */
import type { Command } from "commander";
import { loadConfig } from "../../server/config.ts";
import { createLogger } from "../../server/logger.ts";

interface Options {
  body?: string;
  governmentId?: string;
  disable?: boolean;
  run?: boolean;
  archive?: boolean;
  pages: string;
}

export function registerLegalactsMonitor(program: Command): void {
  program
    .command("legalacts-monitor")
    .description("read a body's drafts on legalacts.egov.kz on a schedule (--government-id), or now (--run)")
    .requiredOption("--body <codeOrId>", "the state body")
    .option("--government-id <n>", "the body's id on the portal: the number in legalacts.egov.kz/list?governmentId=N")
    .option("--disable", "stop the scheduled reading")
    .option("--run", "read the body's drafts now (all of them)")
    .option("--archive", "with --run: the archive (finished discussions) instead of the drafts under discussion")
    .option("--pages <n>", "with --run: list pages read (5 drafts a page)", "10")
    .action(async (opts: Options) => {
      process.exitCode = await run(opts);
    });
}

async function run(opts: Options): Promise<number> {
  const { openAppContext } = await import("../../server/bootstrap.ts");
  const { findBody, findBodyByCode } = await import("../../server/repositories/body.repository.ts");
  const { findLegalactsMonitor } = await import("../../server/repositories/legalacts-monitor.repository.ts");
  const { saveLegalactsMonitor } = await import("../../server/services/imports/save-legalacts-monitor.ts");
  const { monitorLegalactsDrafts } = await import("../../server/services/imports/monitor-legalacts-drafts.ts");
  const { SYSTEM_ACTOR } = await import("../../server/context.ts");
  const ctx = await openAppContext(loadConfig().database, createLogger("warn"));
  try {
    const code = opts.body!;
    const body = /^[0-9a-f-]{36}$/i.test(code)
      ? await findBody(ctx.database.db, code)
      : await findBodyByCode(ctx.database.db, code);
    if (!body) {
      process.stderr.write(`no state body "${code}"\n`);
      return 2;
    }
    const actor = { ...SYSTEM_ACTOR, label: "cli" };
    const current = await findLegalactsMonitor(ctx.database.db, body.id);
    const governmentId = opts.governmentId ?? current?.governmentId;
    if (!governmentId) {
      process.stderr.write(
        "--government-id N is required the first time (the number in legalacts.egov.kz/list?governmentId=N)\n",
      );
      return 2;
    }
    if (opts.governmentId || opts.disable)
      await saveLegalactsMonitor(ctx, actor, { bodyId: body.id, governmentId, enabled: !opts.disable });
    const pages = Number(opts.pages);
    const result =
      opts.run && !opts.disable
        ? await monitorLegalactsDrafts(ctx, actor, {
            bodyId: body.id,
            full: true,
            archive: opts.archive,
            maxListPages: Number.isInteger(pages) && pages > 0 ? pages : 10,
          })
        : null;
    process.stdout.write(JSON.stringify({ body: body.code, governmentId, enabled: !opts.disable, run: result }) + "\n");
    return result && result.failed ? 1 : 0;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  } finally {
    await ctx.database.close();
  }
}
