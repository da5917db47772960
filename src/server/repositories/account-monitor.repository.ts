/** Official accounts with their monitoring settings and last outcome (services/imports/monitor-accounts.ts). */
import { and, asc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import { accountMonitors, feedbackItems, socialAccounts } from "../db/index.ts";
import type { Executor } from "../context.ts";
import type { MonitoredPlatform } from "../importers/monitored-platforms.ts";

export type AccountMonitorRow = typeof accountMonitors.$inferSelect;
export type SocialAccountRow = typeof socialAccounts.$inferSelect;

/** An official account and, when it is monitored (or was), its settings and last outcome. */
export interface MonitoredAccount {
  account: SocialAccountRow;
  monitor: AccountMonitorRow | null;
}

/** The body's accounts on the given platforms, monitored or not (the settings screen lists them all). */
export async function listBodyAccounts(
  db: Executor,
  bodyId: string,
  platforms: readonly MonitoredPlatform[],
): Promise<MonitoredAccount[]> {
  const rows = await db
    .select({ account: socialAccounts, monitor: accountMonitors })
    .from(socialAccounts)
    .leftJoin(accountMonitors, eq(accountMonitors.accountId, socialAccounts.id))
    .where(and(eq(socialAccounts.bodyId, bodyId), inArray(socialAccounts.platform, [...platforms])))
    .orderBy(asc(socialAccounts.platform), asc(socialAccounts.handle));
  return rows;
}

/** Enabled monitors of official accounts: of one body, or of every body (the hourly job). */
export async function listEnabledMonitors(
  db: Executor,
  bodyId?: string,
): Promise<{ account: SocialAccountRow; monitor: AccountMonitorRow }[]> {
  return db
    .select({ account: socialAccounts, monitor: accountMonitors })
    .from(accountMonitors)
    .innerJoin(socialAccounts, eq(socialAccounts.id, accountMonitors.accountId))
    .where(
      and(
        eq(accountMonitors.enabled, true),
        eq(socialAccounts.official, true),
        bodyId ? eq(socialAccounts.bodyId, bodyId) : undefined,
      ),
    )
    .orderBy(asc(socialAccounts.bodyId), asc(socialAccounts.platform), asc(socialAccounts.handle));
}

export async function findSocialAccount(
  db: Executor,
  platform: MonitoredPlatform,
  handle: string,
): Promise<SocialAccountRow | undefined> {
  const [row] = await db
    .select()
    .from(socialAccounts)
    .where(and(eq(socialAccounts.platform, platform), eq(socialAccounts.handle, handle)));
  return row;
}

export async function insertSocialAccount(
  db: Executor,
  v: { bodyId: string; platform: SocialAccountRow["platform"]; handle: string; url: string | null },
): Promise<SocialAccountRow> {
  const [row] = await db
    .insert(socialAccounts)
    .values({ ...v, official: true })
    .returning();
  return row!;
}

export async function findAccountMonitor(db: Executor, accountId: string): Promise<AccountMonitorRow | undefined> {
  const [row] = await db.select().from(accountMonitors).where(eq(accountMonitors.accountId, accountId));
  return row;
}

export async function upsertAccountMonitor(
  db: Executor,
  v: { accountId: string; enabled: boolean; externalId: string; tokenEnv: string; updatedBy: string | null },
): Promise<AccountMonitorRow> {
  const [row] = await db
    .insert(accountMonitors)
    .values(v)
    .onConflictDoUpdate({
      target: accountMonitors.accountId,
      set: {
        enabled: v.enabled,
        externalId: v.externalId,
        tokenEnv: v.tokenEnv,
        updatedBy: v.updatedBy,
        updatedAt: new Date(),
      },
    })
    .returning();
  return row!;
}

/**
 * Takes the account for one run; false while another run holds it. A hold older than `staleBefore`
 * is a crashed run's and is taken over.
 */
export async function claimAccountMonitor(db: Executor, accountId: string, staleBefore: Date): Promise<boolean> {
  const rows = await db
    .update(accountMonitors)
    .set({ runStartedAt: sql`now()` })
    .where(
      and(
        eq(accountMonitors.accountId, accountId),
        or(isNull(accountMonitors.runStartedAt), lt(accountMonitors.runStartedAt, staleBefore)),
      ),
    )
    .returning({ accountId: accountMonitors.accountId });
  return rows.length > 0;
}

export interface MonitorOutcome {
  status: "ok" | "failed";
  errorCode: string | null;
  error: string | null;
  added: number;
  updated: number;
  runId: string | null;
}

/** Records a run's outcome and releases the account. */
export async function recordMonitorOutcome(db: Executor, accountId: string, o: MonitorOutcome): Promise<void> {
  await db
    .update(accountMonitors)
    .set({
      runStartedAt: null,
      lastRunAt: sql`now()`,
      lastStatus: o.status,
      lastErrorCode: o.errorCode,
      lastError: o.error,
      lastAdded: o.added,
      lastUpdated: o.updated,
      lastRunId: o.runId,
    })
    .where(eq(accountMonitors.accountId, accountId));
}

export async function findSocialAccountById(db: Executor, id: string): Promise<SocialAccountRow | undefined> {
  const [row] = await db.select().from(socialAccounts).where(eq(socialAccounts.id, id));
  return row;
}

/** Whether any item names the account (then its row stays, so those items keep their source). */
export async function accountHasItems(db: Executor, accountId: string): Promise<boolean> {
  const rows = await db
    .select({ one: sql<number>`1` })
    .from(feedbackItems)
    .where(eq(feedbackItems.socialAccountId, accountId))
    .limit(1);
  return rows.length > 0;
}

export async function deleteAccountMonitor(db: Executor, accountId: string): Promise<void> {
  await db.delete(accountMonitors).where(eq(accountMonitors.accountId, accountId));
}

export async function deleteSocialAccount(db: Executor, id: string): Promise<void> {
  await db.delete(socialAccounts).where(eq(socialAccounts.id, id));
}

export async function moveSocialAccount(db: Executor, id: string, bodyId: string): Promise<SocialAccountRow> {
  const [row] = await db.update(socialAccounts).set({ bodyId }).where(eq(socialAccounts.id, id)).returning();
  return row!;
}

/** Frees the handle: the row keeps the items imported under it, no longer official, under another name. */
export async function retireSocialAccount(db: Executor, id: string, handle: string): Promise<void> {
  await db.update(socialAccounts).set({ handle, official: false }).where(eq(socialAccounts.id, id));
}
