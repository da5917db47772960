/**
 * The scheduled read of bodies' pages on one portal (jobs intake.legalacts, intake.budget,
 * intake.dialog; issue 17): for each enabled body, its items from the portal's list (drafts,
 * programs, its blog and its internet conferences and surveys), then each item that changed since the last import — or every item on a full
 * run (nightly, "run now") — fetched politely (PoliteFetcher: ≤ 1 request/s per host, retries with
 * backoff, conditional requests) and imported through the one persisting path, where re-reading
 * adds nothing. An item is imported whole or not at all: a page whose structure changed refuses
 * the item, naming the missing element. A failing item is counted and named on the body's monitor;
 * the others go on.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { SYSTEM_ACTOR, type Actor, type AppContext } from "../../context.ts";
import type { MonitoredPortal } from "../../db/index.ts";
import { authorize } from "../../policies/policy.ts";
import { PoliteFetcher } from "../../importers/shared/polite-fetch.ts";
import { listEnabledPortalMonitors, recordPortalRun } from "../../repositories/portal-monitor.repository.ts";
import { importFile } from "./import-file.ts";
import { PORTAL_READERS } from "./portal-readers.ts";

export interface MonitorPortalOptions {
  bodyId?: string;
  /** Import every item, changed or not (the nightly run, "run now"). */
  full?: boolean;
  /** Tests: the portal's origin (a local server) and a fetcher allowed to reach it. */
  origin?: string;
  fetcher?: PoliteFetcher;
  /** List pages read per body (default 10). */
  maxListPages?: number;
  /** legalacts: the archive (finished discussions), for a first read of a body's history. */
  archive?: boolean;
  /** Tests: today, for telling an ended conference or survey. */
  now?: Date;
}

export interface MonitorPortalResult {
  portal: MonitoredPortal;
  bodies: number;
  /** Items fetched and imported. */
  read: number;
  skipped: number;
  failed: number;
  added: number;
  updated: number;
}

const message = (e: unknown) => String((e as Error)?.message ?? e).slice(0, 300);

export async function monitorPortal(
  ctx: AppContext,
  actor: Actor,
  portal: MonitoredPortal,
  options: MonitorPortalOptions = {},
): Promise<MonitorPortalResult> {
  if (options.bodyId) authorize(actor, "monitoring.manage", options.bodyId);
  const reader = PORTAL_READERS[portal];
  const importer: Actor = { ...SYSTEM_ACTOR, label: `${portal} monitoring` };
  const monitors = await listEnabledPortalMonitors(ctx.database.db, portal, options.bodyId);
  const result: MonitorPortalResult = {
    portal,
    bodies: monitors.length,
    read: 0,
    skipped: 0,
    failed: 0,
    added: 0,
    updated: 0,
  };
  const read = {
    origin: (options.origin ?? reader.origin).replace(/\/+$/, ""),
    // One fetcher for the whole run: the per-host spacing holds across bodies.
    fetcher: options.fetcher ?? new PoliteFetcher(),
    maxListPages: options.maxListPages ?? 10,
    archive: options.archive,
    now: options.now,
  };
  for (const monitor of monitors) {
    const seen = { ...monitor.seen };
    let added = 0;
    let error: string | null = null;
    const dir = await mkdtemp(path.join(tmpdir(), `pikir-${portal}-`));
    try {
      for (const item of await reader.list(monitor.portalBodyId, read)) {
        if (item.failure !== undefined) {
          result.failed++;
          error ??= `${item.id}: ${item.failure.slice(0, 300)}`;
          continue;
        }
        // Counters known from the list: an unchanged item is not even fetched.
        if (!options.full && item.fingerprint !== undefined && seen[item.id] === item.fingerprint) {
          result.skipped++;
          continue;
        }
        try {
          const file = path.join(dir, `${item.id}.json`);
          const { digest } = await reader.fetch(item, monitor.portalBodyId, file, read);
          if (!options.full && seen[item.id] === digest) {
            result.skipped++;
            continue;
          }
          const summary = await importFile(ctx, importer, {
            importer: portal,
            file,
            fileName: `${portal} ${item.id}`,
            bodyId: monitor.bodyId,
          });
          result.read++;
          result.added += summary.added;
          result.updated += summary.updated;
          added += summary.added;
          seen[item.id] = digest;
        } catch (e) {
          result.failed++;
          error ??= `${item.id}: ${message(e)}`;
        }
      }
    } catch (e) {
      result.failed++;
      error ??= message(e);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    await recordPortalRun(ctx.database.db, portal, monitor.bodyId, {
      status: error ? "failed" : "ok",
      error,
      added,
      seen,
    });
  }
  return result;
}
