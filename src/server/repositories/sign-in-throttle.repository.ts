/**
 * Sign-in throttling state (W19, migration 0022): failures per hashed key in three scopes. Claims are
 * single statements, so parallel attempts cannot all pass a limit at once (W11).
 */
import { and, eq, sql } from "drizzle-orm";
import { signInKnownSources, signInThrottle, type SignInScope } from "../db/index.ts";
import type { Executor } from "../context.ts";

/** State older than this is forgotten: the failures and the escalation start again. */
const FORGET_AFTER = sql`interval '1 day'`;

/**
 * Counts one attempt in progress for the key, unless the key is blocked or has `limit` attempts
 * already; then answers the block's end (or null while the counted attempts are still running).
 */
export async function claimAttempt(
  db: Executor,
  scope: SignInScope,
  key: string,
  limit: number,
  now: Date,
): Promise<{ claimed: true } | { claimed: false; blockedUntil: Date | null }> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const stale = sql`${signInThrottle.updatedAt} < ${at} - ${FORGET_AFTER}`;
  const rows = await db
    .insert(signInThrottle)
    .values({ scope, key, failures: 1, updatedAt: now })
    .onConflictDoUpdate({
      target: [signInThrottle.scope, signInThrottle.key],
      set: {
        failures: sql`case when ${stale} then 1 else ${signInThrottle.failures} + 1 end`,
        blocks: sql`case when ${stale} then 0 else ${signInThrottle.blocks} end`,
        blockedUntil: sql`null`,
        updatedAt: at,
      },
      setWhere: sql`${stale} or ((${signInThrottle.blockedUntil} is null or ${signInThrottle.blockedUntil} <= ${at}) and ${signInThrottle.failures} < ${limit})`,
    })
    .returning({ failures: signInThrottle.failures });
  if (rows.length > 0) return { claimed: true };
  const [row] = await db
    .select({ blockedUntil: signInThrottle.blockedUntil })
    .from(signInThrottle)
    .where(and(eq(signInThrottle.scope, scope), eq(signInThrottle.key, key)));
  return { claimed: false, blockedUntil: row?.blockedUntil && row.blockedUntil > now ? row.blockedUntil : null };
}

/**
 * A claimed attempt failed. At the limit the key is blocked for `baseMs` × 2^(blocks so far), at most
 * `maxMs`, and its count starts again; answers the block's end if this failure started one.
 */
export async function blockIfSpent(
  db: Executor,
  scope: SignInScope,
  key: string,
  limit: number,
  now: Date,
  baseMs: number,
  maxMs: number,
): Promise<Date | null> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const rows = await db
    .update(signInThrottle)
    .set({
      failures: 0,
      blocks: sql`${signInThrottle.blocks} + 1`,
      blockedUntil: sql`${at} + least(${maxMs}::bigint, ${baseMs}::bigint * power(2, least(${signInThrottle.blocks}, 20))::bigint) * interval '1 millisecond'`,
      updatedAt: at,
    })
    .where(
      and(eq(signInThrottle.scope, scope), eq(signInThrottle.key, key), sql`${signInThrottle.failures} >= ${limit}`),
    )
    .returning({ blockedUntil: signInThrottle.blockedUntil });
  return rows[0]?.blockedUntil ?? null;
}

/** A right password: the key's count and escalation start again. */
export async function forgetAttempts(db: Executor, scope: SignInScope, key: string): Promise<void> {
  await db.delete(signInThrottle).where(and(eq(signInThrottle.scope, scope), eq(signInThrottle.key, key)));
}

/** A right password from an address that also tried others: it gives back its own attempt. */
export async function releaseAttempt(db: Executor, scope: SignInScope, key: string): Promise<void> {
  await db
    .update(signInThrottle)
    .set({ failures: sql`greatest(${signInThrottle.failures} - 1, 0)` })
    .where(and(eq(signInThrottle.scope, scope), eq(signInThrottle.key, key)));
}

/** Has the user signed in from this (hashed) address within `withinDays`? */
export async function isKnownSource(
  db: Executor,
  userId: string | null,
  source: string,
  now: Date,
  withinDays: number,
): Promise<boolean> {
  const rows = await db
    .select({ source: signInKnownSources.source })
    .from(signInKnownSources)
    .where(
      and(
        // An e-mail without an account asks the same question of a user id that matches nothing.
        eq(signInKnownSources.userId, userId ?? "00000000-0000-0000-0000-000000000000"),
        eq(signInKnownSources.source, source),
        sql`${signInKnownSources.lastSuccessAt} > ${now.toISOString()}::timestamptz - ${withinDays} * interval '1 day'`,
      ),
    );
  return rows.length > 0;
}

export async function rememberSource(db: Executor, userId: string, source: string, now: Date): Promise<void> {
  await db
    .insert(signInKnownSources)
    .values({ userId, source, lastSuccessAt: now })
    .onConflictDoUpdate({
      target: [signInKnownSources.userId, signInKnownSources.source],
      set: { lastSuccessAt: now },
    });
}

/** The (hashed) addresses the user ever signed in from: their pair keys are the user's own. */
export async function listKnownSources(db: Executor, userId: string): Promise<string[]> {
  const rows = await db
    .select({ source: signInKnownSources.source })
    .from(signInKnownSources)
    .where(eq(signInKnownSources.userId, userId));
  return rows.map((r) => r.source);
}
