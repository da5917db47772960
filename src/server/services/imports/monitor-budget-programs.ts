/**
 * The scheduled read of bodies' programs on budget.egov.kz (job "intake.budget"): for each enabled
 * body, its list of programs (paged), then every program's page in Russian and Kazakh, fetched
 * politely (conditional requests: an unchanged page costs the portal a 304). A program whose pages
 * are the same as at the last import is not imported again, except on a full run (nightly, "run
 * now"); the others go through the one persisting path, where re-reading adds nothing. A program
 * that fails is counted and named on the body's monitor; the others go on.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { SYSTEM_ACTOR, type Actor, type AppContext } from "../../context.ts";
import { authorize } from "../../policies/policy.ts";
import { fetchBudgetProgram, listBudgetPrograms, programPath } from "../../importers/budget/fetch-budget.ts";
import { PoliteFetcher } from "../../importers/shared/polite-fetch.ts";
import { listEnabledBudgetMonitors, recordBudgetRun } from "../../repositories/budget-monitor.repository.ts";
import { importFile } from "./import-file.ts";

export const BUDGET_JOB = "intake.budget";
const ACTOR: Actor = { ...SYSTEM_ACTOR, label: "budget monitoring" };

export interface MonitorBudgetOptions {
  bodyId?: string;
  /** Import every program, its pages changed or not (the nightly run, "run now"). */
  full?: boolean;
  origin?: string;
  fetcher?: PoliteFetcher;
  maxListPages?: number;
}

export interface MonitorBudgetResult {
  bodies: number;
  programs: number;
  skipped: number;
  failed: number;
  added: number;
  updated: number;
}

export async function monitorBudgetPrograms(
  ctx: AppContext,
  actor: Actor,
  options: MonitorBudgetOptions = {},
): Promise<MonitorBudgetResult> {
  if (options.bodyId) authorize(actor, "monitoring.manage", options.bodyId);
  const monitors = await listEnabledBudgetMonitors(ctx.database.db, options.bodyId);
  const result: MonitorBudgetResult = {
    bodies: monitors.length,
    programs: 0,
    skipped: 0,
    failed: 0,
    added: 0,
    updated: 0,
  };
  const fetcher = options.fetcher ?? new PoliteFetcher();
  for (const monitor of monitors) {
    const seen = { ...monitor.seen };
    let added = 0;
    let error: string | null = null;
    const dir = await mkdtemp(path.join(tmpdir(), "pikir-budget-"));
    try {
      const programs = await listBudgetPrograms(monitor.govAgencyId, {
        origin: options.origin,
        fetcher,
        maxPages: options.maxListPages ?? 10,
      });
      for (const program of programs) {
        try {
          const file = path.join(dir, `${program.budgetId}.json`);
          const origin = (options.origin ?? "https://budget.egov.kz").replace(/\/+$/, "");
          const url = `${origin}${programPath({ budgetId: program.budgetId, govAgencyId: monitor.govAgencyId })}`;
          const fetched = await fetchBudgetProgram(url, file, { origin: options.origin, fetcher });
          if (!options.full && seen[program.budgetId] === fetched.digest) {
            result.skipped++;
            continue;
          }
          const summary = await importFile(ctx, ACTOR, {
            importer: "budget",
            file,
            fileName: `budget ${program.budgetId}`,
            bodyId: monitor.bodyId,
          });
          result.programs++;
          result.added += summary.added;
          result.updated += summary.updated;
          added += summary.added;
          seen[program.budgetId] = fetched.digest;
        } catch (e) {
          result.failed++;
          error ??= `${program.budgetId}: ${String((e as Error).message ?? e).slice(0, 300)}`;
        }
      }
    } catch (e) {
      result.failed++;
      error ??= String((e as Error).message ?? e).slice(0, 300);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    await recordBudgetRun(ctx.database.db, monitor.bodyId, { status: error ? "failed" : "ok", error, added, seen });
  }
  return result;
}
