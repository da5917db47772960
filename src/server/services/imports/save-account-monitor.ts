/**
 * Registers an official account of a body for monitoring, or changes its settings: the platform's
 * id of the account, the name of the environment variable with its token, on or off. The account's
 * handle is derived from the platform id the way the converter derives it from the data, so the
 * fetched comments attach to this very account rather than to a second, auto-registered one.
 */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { findBody, listBodyCodes } from "../../repositories/body.repository.ts";
import { codeInVariable, mayUseVariable, parseMonitorBindings } from "./monitor-token-bindings.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import {
  findAccountMonitor,
  findSocialAccount,
  insertSocialAccount,
  upsertAccountMonitor,
  type MonitoredAccount,
} from "../../repositories/account-monitor.repository.ts";
import { PLATFORM_MONITORS, type MonitoredPlatform } from "../../importers/monitored-platforms.ts";
import { TOKEN_ENV_PATTERN } from "../../db/schema-monitoring.ts";
import type { MonitoringMessageKey } from "../../../i18n/messages/monitoring.ts";

export interface AccountMonitorInput {
  bodyId: string;
  platform: MonitoredPlatform;
  externalId: string;
  /** Needed only where the id does not name the account (Instagram: the username). */
  handle?: string | null;
  tokenEnv: string;
  enabled: boolean;
}

/** Settings refused for a reason the officer can fix; the route words it in kk/ru/en. */
export class MonitorSettingsError extends Error {
  constructor(
    readonly code: MonitoringMessageKey,
    readonly params: Record<string, string>,
    readonly status: 400 | 409 = 400,
  ) {
    super(code);
  }
}

export async function saveAccountMonitor(
  ctx: AppContext,
  actor: Actor,
  input: AccountMonitorInput,
  /** Where PIKIR_MONITOR_BINDINGS is read (default process.env). */
  options: { env?: Record<string, string | undefined> } = {},
): Promise<MonitoredAccount> {
  authorize(actor, "monitoring.manage", input.bodyId);
  const body = await findBody(ctx.database.db, input.bodyId);
  if (!body) throw notFound("body");
  const platform = PLATFORM_MONITORS[input.platform];
  const externalId = input.externalId.trim();
  if (!platform.externalId.test(externalId))
    throw new MonitorSettingsError("settings.external_id", { value: externalId, platform: input.platform });
  // The schema checks the pattern too; this keeps the service safe for callers other than HTTP.
  if (!TOKEN_ENV_PATTERN.test(input.tokenEnv))
    throw new MonitorSettingsError("settings.token_env", { value: input.tokenEnv });
  // W12: a token variable serves only the body it is bound to, so no body fetches with another's key.
  const bindings = parseMonitorBindings((options.env ?? process.env).PIKIR_MONITOR_BINDINGS);
  if (!mayUseVariable(input.tokenEnv, body.code, await listBodyCodes(ctx.database.db), bindings))
    throw new MonitorSettingsError("settings.token_env_other_body", {
      name: input.tokenEnv,
      prefix: `PIKIR_MONITOR_${codeInVariable(body.code)}_`,
    });
  const handle = platform.handleOf(externalId) ?? input.handle?.trim().replace(/^@/, "");
  if (!handle) throw new MonitorSettingsError("settings.handle_required", {});

  return transaction(ctx, async (tx) => {
    let account = await findSocialAccount(tx, input.platform, handle);
    if (account && account.bodyId !== input.bodyId)
      throw new MonitorSettingsError("settings.other_body", { handle }, 409);
    account ??= await insertSocialAccount(tx, {
      bodyId: input.bodyId,
      platform: input.platform,
      handle,
      url: platform.urlOf(handle),
    });
    const before = await findAccountMonitor(tx, account.id);
    const monitor = await upsertAccountMonitor(tx, {
      accountId: account.id,
      enabled: input.enabled,
      externalId,
      tokenEnv: input.tokenEnv,
      updatedBy: actor.userId,
    });
    const settings = (m: typeof monitor | undefined) =>
      m ? { enabled: m.enabled, externalId: m.externalId, tokenEnv: m.tokenEnv } : null;
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: before ? "monitoring.update" : "monitoring.create",
      entity: "social_account",
      entityId: account.id,
      bodyId: input.bodyId,
      before: settings(before),
      after: settings(monitor),
    });
    return { account, monitor };
  });
}
