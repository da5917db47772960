/**
 * Monitoring of official accounts (job "intake.monitor", hourly; or "run now" for one body): for
 * each enabled account, fetch its comments from the platform's API into a temporary file of the
 * export's shape and hand it to the one persisting path (startImport) under the system actor.
 * Source keys make a repeated run idempotent; a changed comment updates its item. One account's
 * failure (no token, HTTP error, bad JSON, import error) is recorded on it and the others go on.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { SYSTEM_ACTOR, type Actor, type AppContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { findBody, listBodyCodes } from "../../repositories/body.repository.ts";
import {
  claimAccountMonitor,
  listEnabledMonitors,
  recordMonitorOutcome,
  type AccountMonitorRow,
  type MonitorOutcome,
  type SocialAccountRow,
} from "../../repositories/account-monitor.repository.ts";
import { isMonitoredPlatform, PLATFORM_MONITORS, type MonitoredPlatform } from "../../importers/monitored-platforms.ts";
import { TOKEN_ENV_PATTERN } from "../../db/schema-monitoring.ts";
import { mayUseVariable, parseMonitorBindings } from "./monitor-token-bindings.ts";
import { fileSha256, startImport } from "./import-file.ts";
import { findImportRun } from "../../repositories/import-run.repository.ts";
import { forEachBounded } from "../concurrency.ts";

export const MONITOR_JOB = "intake.monitor";
export const MONITOR_ERROR_CODES = [
  "monitor.token_missing",
  "monitor.token_not_bound",
  "monitor.fetch_failed",
  "monitor.import_failed",
] as const;
export type MonitorErrorCode = (typeof MONITOR_ERROR_CODES)[number];

/** Imports are the system's own work; the label tells them apart from uploads in the runs list. */
const MONITOR_ACTOR: Actor = { ...SYSTEM_ACTOR, label: "monitoring" };
/** A hold older than the job's expiry belongs to a run that died: take the account over. */
const HOLD_MS = 60 * 60 * 1000;

export interface MonitorAccountsOptions {
  /** One body ("run now"); omitted: every body's enabled accounts (the hourly job). */
  bodyId?: string;
  /** Accounts fetched at once (default 2): the platforms' rate limits are per token, the worker is small. */
  concurrency?: number;
  /** Tests: the API host per platform (a local server); defaults to the real hosts. */
  baseUrls?: Partial<Record<MonitoredPlatform, string>>;
  /** Where token variables are read (default process.env). */
  env?: Record<string, string | undefined>;
  /** Time limit per page request. */
  timeoutMs?: number;
  /** Directory for the temporary files (default the system's); each run's file is deleted after import. */
  tmpDir?: string;
  /**
   * Fetch every page (a full sweep) instead of only what is newer than the last good run minus
   * INCREMENTAL_OVERLAP_MS. Default: full for "run now" (bodyId given), incremental for the hourly job,
   * which asks for a full sweep once a night.
   */
  full?: boolean;
}

/**
 * How far back an incremental run reaches before the last good run: comments keep arriving under
 * a post for days, and the platforms list by the post's (or thread's) date, not the comment's.
 */
export const INCREMENTAL_OVERLAP_MS = 7 * 24 * 60 * 60 * 1000;

/** Where an incremental fetch may stop; undefined: fetch everything. */
export function fetchSince(
  monitor: Pick<AccountMonitorRow, "lastStatus" | "lastRunAt">,
  full: boolean,
): Date | undefined {
  if (full || monitor.lastStatus !== "ok" || !monitor.lastRunAt) return undefined;
  return new Date(monitor.lastRunAt.getTime() - INCREMENTAL_OVERLAP_MS);
}

export interface AccountRunResult extends MonitorOutcome {
  accountId: string;
  bodyId: string;
  platform: string;
  handle: string;
}

export interface MonitorRun {
  accounts: AccountRunResult[];
  ok: number;
  failed: number;
  /** Accounts another run was holding (not fetched, nothing recorded). */
  skipped: number;
  added: number;
  updated: number;
}

type Entry = { account: SocialAccountRow; monitor: AccountMonitorRow };

export async function monitorAccounts(
  ctx: AppContext,
  actor: Actor,
  options: MonitorAccountsOptions = {},
): Promise<MonitorRun> {
  authorize(actor, "monitoring.manage", options.bodyId);
  if (options.bodyId && !(await findBody(ctx.database.db, options.bodyId))) throw notFound("body");
  const entries = (await listEnabledMonitors(ctx.database.db, options.bodyId)).filter((e) =>
    isMonitoredPlatform(e.account.platform),
  );
  // Accounts of one body on one platform run one after another: two fetches that happen to write
  // identical files (two empty channels) would otherwise share one resumable import run.
  const groups = new Map<string, Entry[]>();
  for (const e of entries) {
    const key = `${e.account.bodyId}:${e.account.platform}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const run: MonitorRun = { accounts: [], ok: 0, failed: 0, skipped: 0, added: 0, updated: 0 };
  await forEachBounded([...groups.values()], options.concurrency ?? 2, async (group) => {
    for (const entry of group) {
      const result = await monitorOne(ctx, entry, options);
      if (!result) {
        run.skipped++;
        continue;
      }
      run.accounts.push(result);
      if (result.status === "ok") run.ok++;
      else run.failed++;
      run.added += result.added;
      run.updated += result.updated;
    }
  });
  return run;
}

async function monitorOne(
  ctx: AppContext,
  { account, monitor }: Entry,
  options: MonitorAccountsOptions,
): Promise<AccountRunResult | null> {
  const db = ctx.database.db;
  if (!(await claimAccountMonitor(db, account.id, new Date(Date.now() - HOLD_MS)))) {
    ctx.log.info({ accountId: account.id }, "monitoring: the account is being fetched by another run; skipped");
    return null;
  }
  let outcome: MonitorOutcome;
  try {
    outcome = await fetchAndImport(ctx, account, monitor, options);
  } catch (error) {
    // Nothing above should throw, but the hold must be released whatever happens.
    outcome = failed("monitor.import_failed", (error as Error).message);
  }
  await recordMonitorOutcome(db, account.id, outcome);
  if (outcome.status === "failed")
    ctx.log.warn(
      { accountId: account.id, platform: account.platform, code: outcome.errorCode, error: outcome.error },
      "monitoring: account failed",
    );
  return {
    accountId: account.id,
    bodyId: account.bodyId,
    platform: account.platform,
    handle: account.handle,
    ...outcome,
  };
}

function failed(code: MonitorErrorCode, error: string | null, runId: string | null = null): MonitorOutcome {
  return { status: "failed", errorCode: code, error: error?.slice(0, 500) ?? null, added: 0, updated: 0, runId };
}

async function fetchAndImport(
  ctx: AppContext,
  account: SocialAccountRow,
  monitor: AccountMonitorRow,
  options: MonitorAccountsOptions,
): Promise<MonitorOutcome> {
  const platform = PLATFORM_MONITORS[account.platform as MonitoredPlatform];
  const env = options.env ?? process.env;
  // W12, at the point of use too: settings saved before the binding rule, or a binding taken back
  // since, never send one body's token on another body's behalf.
  const body = await findBody(ctx.database.db, account.bodyId);
  const codes = await listBodyCodes(ctx.database.db);
  if (!body || !mayUseVariable(monitor.tokenEnv, body.code, codes, parseMonitorBindings(env.PIKIR_MONITOR_BINDINGS)))
    return failed("monitor.token_not_bound", monitor.tokenEnv);
  const token = TOKEN_ENV_PATTERN.test(monitor.tokenEnv) ? env[monitor.tokenEnv]?.trim() : undefined;
  if (!token) return failed("monitor.token_missing", monitor.tokenEnv);
  // Belt and braces: whatever a platform echoes back, the token itself never reaches the database.
  const scrub = (message: string) => message.split(token).join("***");
  const dir = await mkdtemp(path.join(options.tmpDir ?? tmpdir(), "pikir-monitor-"));
  try {
    const file = path.join(dir, `${account.platform}.json`);
    try {
      await platform.fetch(monitor.externalId, token, file, {
        baseUrl: options.baseUrls?.[account.platform as MonitoredPlatform],
        timeoutMs: options.timeoutMs,
        since: fetchSince(monitor, options.full ?? options.bodyId !== undefined),
      });
    } catch (error) {
      return failed("monitor.fetch_failed", scrub((error as Error).message));
    }
    // An account with nothing new serves the same bytes as last time: say so instead of adding an
    // import run of "unchanged" rows every hour.
    if (monitor.lastRunId && monitor.lastStatus === "ok") {
      const last = await findImportRun(ctx.database.db, monitor.lastRunId);
      if (last?.status === "done" && last.fileSha256 === (await fileSha256(file))) {
        return { status: "ok", errorCode: null, error: null, added: 0, updated: 0, runId: last.id };
      }
    }
    let runId: string | null = null;
    try {
      const started = await startImport(ctx, MONITOR_ACTOR, {
        importer: platform.importer,
        file,
        fileName: `${account.platform} ${account.handle} (monitoring)`,
        bodyId: account.bodyId,
      });
      runId = started.run?.id ?? null;
      const summary = await started.done;
      return {
        status: "ok",
        errorCode: null,
        error: null,
        added: summary.added,
        updated: summary.updated,
        runId: summary.runId,
      };
    } catch (error) {
      return failed("monitor.import_failed", scrub((error as Error).message), runId);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
