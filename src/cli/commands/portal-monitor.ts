/**
 * `pikir legalacts-monitor|budget-monitor|dialog-monitor --body CODE [--<id> N] [--disable] [--run]`:
 * names the body's id on the portal (legalacts: `--government-id`, the number in
 * `/list?governmentId=N`; budget: `--gov-agency-id`, in `/budgetprogram/budgetprogram?govAgencyId=N`;
 * dialog: `--blog-id`, in `/blogs/N/questions`) so the job "intake.<portal>" reads its pages every
 * six hours, and/or reads them now (every item, fetched politely, imported idempotently). One
 * command per portal, from one definition. Prints one JSON line of what was done.
 */
import type { Command } from "commander";
import { loadConfig } from "../../server/config.ts";
import type { MonitoredPortal } from "../../server/db/schema-portal-intake.ts";
import { createLogger } from "../../server/logger.ts";

interface Options {
  body?: string;
  id?: string;
  disable?: boolean;
  run?: boolean;
  archive?: boolean;
  pages: string;
}

const COMMANDS: Record<MonitoredPortal, { flag: string; idName: string; place: string; items: string }> = {
  legalacts: {
    flag: "government-id",
    idName: "governmentId",
    place: "legalacts.egov.kz/list?governmentId=N",
    items: "drafts",
  },
  budget: {
    flag: "gov-agency-id",
    idName: "govAgencyId",
    place: "budget.egov.kz/budgetprogram/budgetprogram?govAgencyId=N",
    items: "programs",
  },
  dialog: {
    flag: "blog-id",
    idName: "blogId",
    place: "dialog.egov.kz/blogs/N/questions",
    items: "blog questions, internet conferences and surveys",
  },
};

export function registerPortalMonitors(program: Command): void {
  for (const portal of Object.keys(COMMANDS) as MonitoredPortal[]) {
    const c = COMMANDS[portal];
    const command = program
      .command(`${portal}-monitor`)
      .description(`read a body's ${c.items} on ${portal}.egov.kz on a schedule (--${c.flag}), or now (--run)`)
      .requiredOption("--body <codeOrId>", "the state body")
      .option(`--${c.flag} <n>`, `the body's id on the portal: the number in ${c.place}`)
      .option("--disable", "stop the scheduled reading")
      .option("--run", `read the body's ${c.items} now (all of them)`)
      .option("--pages <n>", "with --run: list pages read", "10");
    if (portal === "legalacts")
      command.option(
        "--archive",
        "with --run: the archive (finished discussions) instead of the drafts under discussion",
      );
    command.action(async (opts: Options & Record<string, string | undefined>) => {
      const id = opts[c.idName];
      process.exitCode = await run(portal, { ...opts, id });
    });
  }
}

async function run(portal: MonitoredPortal, opts: Options): Promise<number> {
  const { openAppContext } = await import("../../server/bootstrap.ts");
  const { findBody, findBodyByCode } = await import("../../server/repositories/body.repository.ts");
  const { findPortalMonitor } = await import("../../server/repositories/portal-monitor.repository.ts");
  const { savePortalMonitor } = await import("../../server/services/imports/save-portal-monitor.ts");
  const { monitorPortal } = await import("../../server/services/imports/monitor-portal.ts");
  const { SYSTEM_ACTOR } = await import("../../server/context.ts");
  const c = COMMANDS[portal];
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
    const current = await findPortalMonitor(ctx.database.db, portal, body.id);
    const portalBodyId = opts.id ?? current?.portalBodyId;
    if (!portalBodyId) {
      process.stderr.write(`--${c.flag} N is required the first time (the number in ${c.place})\n`);
      return 2;
    }
    if (opts.id || opts.disable)
      await savePortalMonitor(ctx, actor, { bodyId: body.id, portal, portalBodyId, enabled: !opts.disable });
    const pages = Number(opts.pages);
    const result =
      opts.run && !opts.disable
        ? await monitorPortal(ctx, actor, portal, {
            bodyId: body.id,
            full: true,
            archive: opts.archive,
            maxListPages: Number.isInteger(pages) && pages > 0 ? pages : 10,
          })
        : null;
    process.stdout.write(
      JSON.stringify({ body: body.code, [c.idName]: portalBodyId, enabled: !opts.disable, run: result }) + "\n",
    );
    return result && result.failed ? 1 : 0;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  } finally {
    await ctx.database.close();
  }
}
