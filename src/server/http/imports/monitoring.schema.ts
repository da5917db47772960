/** zod schemas and presenters of official-account monitoring (issue 3). */
import { z } from "zod";
import { translate, type Locale } from "../../../i18n/index.ts";
import { monitoringMessages } from "../../../i18n/messages/monitoring.ts";
import { MONITORED_PLATFORMS, type MonitoredPlatform } from "../../importers/monitored-platforms.ts";
import { TOKEN_ENV_PATTERN } from "../../db/schema-monitoring.ts";
import type { MonitoredAccount } from "../../repositories/account-monitor.repository.ts";
import type { MonitoringNow } from "../../services/imports/run-monitoring-now.ts";
import type { ReleasedAccount } from "../../services/imports/release-social-account.ts";
import { MONITOR_ERROR_CODES } from "../../services/imports/monitor-accounts.ts";
import { iso } from "../common.schema.ts";

export const monitorSettingsBody = z.object({
  platform: z.enum(MONITORED_PLATFORMS),
  /** The platform's id of the account: YouTube channel id (UC…), VK owner id (negative for a community), Facebook page id, Instagram user id. */
  externalId: z.string().trim().min(1).max(100),
  /** Instagram only: the account's username (the other platforms' ids name the account). */
  handle: z.string().trim().min(1).max(100).nullable().optional(),
  /** Name of the server's environment variable holding the token or API key (PIKIR_MONITOR_…); never the secret itself. */
  tokenEnv: z.string().trim().regex(TOKEN_ENV_PATTERN, "expected a name like PIKIR_MONITOR_YOUTUBE_KEY"),
  /** Fetched hourly when true. */
  enabled: z.boolean().default(true),
});

const lastRunSchema = z.object({
  at: z.string(),
  status: z.enum(["ok", "failed"]),
  /** The status in the caller's language. */
  statusText: z.string(),
  /** A monitor.* code when the run failed. */
  errorCode: z.enum(MONITOR_ERROR_CODES).nullable(),
  /** Why it failed, in the caller's language. */
  error: z.string().nullable(),
  added: z.number().int(),
  updated: z.number().int(),
  /** The import run that persisted the fetched file (its counts and rejected rows at /api/imports/{id}). */
  runId: z.string().nullable(),
});

export const monitoredAccountSchema = z.object({
  accountId: z.string(),
  platform: z.enum(MONITORED_PLATFORMS),
  handle: z.string(),
  url: z.string().nullable(),
  /** Whether monitoring was ever set up for the account. */
  configured: z.boolean(),
  enabled: z.boolean(),
  externalId: z.string().nullable(),
  tokenEnv: z.string().nullable(),
  /** Whether this server process sees the variable set (a separate worker may differ). */
  tokenSet: z.boolean(),
  /** A run holds the account right now. */
  running: z.boolean(),
  lastRun: lastRunSchema.nullable(),
  /** "Not run yet", or the last status, in the caller's language. */
  statusText: z.string(),
});

export const runNowSchema = z.object({
  queued: z.boolean(),
  jobId: z.string().nullable(),
  /** Inline runs (no queue in this process): each account's outcome. */
  accounts: z.array(
    z.object({
      accountId: z.string(),
      platform: z.string(),
      handle: z.string(),
      status: z.enum(["ok", "failed"]),
      error: z.string().nullable(),
      added: z.number().int(),
      updated: z.number().int(),
    }),
  ),
  message: z.string(),
});

type ErrorCode = (typeof MONITOR_ERROR_CODES)[number];
const isErrorCode = (code: string | null): code is ErrorCode =>
  code !== null && (MONITOR_ERROR_CODES as readonly string[]).includes(code);

/** The stored detail is the variable's name for a missing token, the platform's or importer's words otherwise. */
function errorText(locale: Locale, code: string | null, detail: string | null): string | null {
  if (!isErrorCode(code)) return detail;
  return translate(monitoringMessages, locale, code, { name: detail ?? "", detail: detail ?? "" });
}

export function presentMonitoredAccount(
  { account, monitor }: MonitoredAccount,
  locale: Locale,
  env: Record<string, string | undefined> = process.env,
): z.infer<typeof monitoredAccountSchema> {
  const status = monitor?.lastStatus ?? null;
  return {
    accountId: account.id,
    // The routes read and save only accounts on monitorable platforms (listBodyAccounts is given MONITORED_PLATFORMS).
    platform: account.platform as MonitoredPlatform,
    handle: account.handle,
    url: account.url,
    configured: !!monitor,
    enabled: monitor?.enabled ?? false,
    externalId: monitor?.externalId ?? null,
    tokenEnv: monitor?.tokenEnv ?? null,
    tokenSet: !!monitor && !!env[monitor.tokenEnv]?.trim(),
    running: !!monitor?.runStartedAt,
    lastRun:
      monitor && status && monitor.lastRunAt
        ? {
            at: iso(monitor.lastRunAt)!,
            status,
            statusText: translate(monitoringMessages, locale, `status.${status}`),
            errorCode: isErrorCode(monitor.lastErrorCode) ? monitor.lastErrorCode : null,
            error: status === "failed" ? errorText(locale, monitor.lastErrorCode, monitor.lastError) : null,
            added: monitor.lastAdded,
            updated: monitor.lastUpdated,
            runId: monitor.lastRunId,
          }
        : null,
    statusText: translate(monitoringMessages, locale, status ? `status.${status}` : "status.never"),
  };
}

export function presentRunNow(now: MonitoringNow, locale: Locale): z.infer<typeof runNowSchema> {
  if (now.queued)
    return {
      queued: true,
      jobId: now.jobId,
      accounts: [],
      message: translate(monitoringMessages, locale, "run.queued"),
    };
  const { run } = now;
  return {
    queued: false,
    jobId: null,
    accounts: run.accounts.map((a) => ({
      accountId: a.accountId,
      platform: a.platform,
      handle: a.handle,
      status: a.status,
      added: a.added,
      updated: a.updated,
      error: a.status === "failed" ? errorText(locale, a.errorCode, a.error) : null,
    })),
    message: translate(monitoringMessages, locale, "run.summary", {
      ok: run.ok,
      failed: run.failed,
      added: run.added,
      updated: run.updated,
    }),
  };
}

export const releaseBody = z.object({
  /** The body the account is handed to; omitted or null: released, free for its rightful body to register. */
  toBodyId: z.uuid().nullable().optional(),
});

export const releasedSchema = z.object({
  platform: z.string(),
  handle: z.string(),
  previousBodyId: z.string(),
  /** The account under its new body, or null when released to no one. */
  accountId: z.string().nullable(),
  bodyId: z.string().nullable(),
  /** Items had been imported under it: they stay with the previous body. */
  retained: z.boolean(),
  message: z.string(),
});

export function presentReleased(r: ReleasedAccount, locale: Locale): z.infer<typeof releasedSchema> {
  const names = { kk: r.toBody?.nameKk, ru: r.toBody?.nameRu, en: r.toBody?.nameEn };
  return {
    platform: r.previous.platform,
    handle: r.previous.handle,
    previousBodyId: r.previous.bodyId,
    accountId: r.current?.id ?? null,
    bodyId: r.toBody?.id ?? null,
    retained: r.retained,
    message: r.toBody
      ? translate(monitoringMessages, locale, "release.reassigned", {
          handle: r.previous.handle,
          body: names[locale] ?? "",
        })
      : translate(monitoringMessages, locale, "release.released", { handle: r.previous.handle }),
  };
}
