/**
 * The scheduled read of bodies' drafts on legalacts.egov.kz (job "intake.legalacts"): for each
 * enabled body, its list of drafts under discussion (paged), then every draft whose list counters
 * (comments, accepted, not accepted, likes, dislikes, status) changed since the last run — or every
 * draft on a full run — fetched whole (fetch-legalacts.ts) and imported through the one persisting
 * path. A draft that fails is counted and named on the body's monitor; the others go on.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { SYSTEM_ACTOR, type Actor, type AppContext } from "../../context.ts";
import { authorize } from "../../policies/policy.ts";
import { fetchLegalactsDraft, listLegalactsDrafts } from "../../importers/legalacts/fetch-legalacts.ts";
import type { ListCard } from "../../importers/legalacts/parse-legalacts-page.ts";
import { PoliteFetcher } from "../../importers/shared/polite-fetch.ts";
import { listEnabledLegalactsMonitors, recordLegalactsRun } from "../../repositories/legalacts-monitor.repository.ts";
import { importFile } from "./import-file.ts";

export const LEGALACTS_JOB = "intake.legalacts";
const ACTOR: Actor = { ...SYSTEM_ACTOR, label: "legalacts monitoring" };

export interface MonitorLegalactsOptions {
  bodyId?: string;
  /** Re-read every draft of the list, changed or not (the nightly run, "run now"). */
  full?: boolean;
  /** Tests: the portal's origin (a local server) and a fetcher allowed to reach it. */
  origin?: string;
  fetcher?: PoliteFetcher;
  /** List pages read per body (5 drafts a page; default 10). */
  maxListPages?: number;
  /** Also the archive (finished discussions), for a first read of a body's history. */
  archive?: boolean;
}

export interface MonitorLegalactsResult {
  bodies: number;
  drafts: number;
  skipped: number;
  failed: number;
  added: number;
  updated: number;
}

export function listFingerprint(card: ListCard): string {
  return [card.comments, card.accepted, card.rejected, card.likes, card.dislikes, card.status]
    .map((v) => v ?? "")
    .join("/");
}

export async function monitorLegalactsDrafts(
  ctx: AppContext,
  actor: Actor,
  options: MonitorLegalactsOptions = {},
): Promise<MonitorLegalactsResult> {
  if (options.bodyId) authorize(actor, "monitoring.manage", options.bodyId);
  const monitors = await listEnabledLegalactsMonitors(ctx.database.db, options.bodyId);
  const result: MonitorLegalactsResult = {
    bodies: monitors.length,
    drafts: 0,
    skipped: 0,
    failed: 0,
    added: 0,
    updated: 0,
  };
  // One fetcher for the whole run: the per-host spacing holds across bodies.
  const fetcher = options.fetcher ?? new PoliteFetcher();
  for (const monitor of monitors) {
    const seen = { ...monitor.seen };
    let added = 0;
    let error: string | null = null;
    const dir = await mkdtemp(path.join(tmpdir(), "pikir-legalacts-"));
    try {
      const cards = await listLegalactsDrafts(monitor.governmentId, {
        origin: options.origin,
        fetcher,
        archive: options.archive,
        maxPages: options.maxListPages ?? 10,
      });
      for (const card of cards) {
        const fingerprint = listFingerprint(card);
        if (!options.full && seen[card.id] === fingerprint) {
          result.skipped++;
          continue;
        }
        try {
          const file = path.join(dir, `${card.id}.json`);
          await fetchLegalactsDraft(card.id, file, { origin: options.origin, fetcher });
          const summary = await importFile(ctx, ACTOR, {
            importer: "legalacts",
            file,
            fileName: `legalacts ${card.id}`,
            bodyId: monitor.bodyId,
          });
          result.drafts++;
          result.added += summary.added;
          result.updated += summary.updated;
          added += summary.added;
          seen[card.id] = fingerprint;
        } catch (e) {
          result.failed++;
          error ??= `${card.id}: ${String((e as Error).message ?? e).slice(0, 300)}`;
        }
      }
    } catch (e) {
      result.failed++;
      error ??= String((e as Error).message ?? e).slice(0, 300);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    await recordLegalactsRun(ctx.database.db, monitor.bodyId, { status: error ? "failed" : "ok", error, added, seen });
  }
  return result;
}
