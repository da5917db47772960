/** The mail outbox: reminders waiting to be sent (or, without SMTP, kept for the UI), and who gets them. */
import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import { outbox, users } from "../db/index.ts";
import type { Executor } from "../context.ts";
import type { Page, Paged } from "./pagination.ts";

export type OutboxRow = typeof outbox.$inferSelect;
export type NewOutboxRow = typeof outbox.$inferInsert;

/** Inserts the messages whose dedupe key is new; returns how many were new. */
export async function insertOutboxOnce(db: Executor, rows: NewOutboxRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db
    .insert(outbox)
    .values(rows)
    .onConflictDoNothing({ target: outbox.dedupeKey })
    .returning({ id: outbox.id });
  return inserted.length;
}

/**
 * Claims up to `limit` unsent messages for one sender. A claim older than `staleAfterMs` is taken
 * to belong to a sender that died, so its messages are tried again.
 */
export async function claimUnsent(
  db: Executor,
  limit: number,
  now: Date,
  staleAfterMs: number,
  maxAttempts: number,
): Promise<OutboxRow[]> {
  const staleBefore = new Date(now.getTime() - staleAfterMs);
  return db
    .update(outbox)
    .set({ claimedAt: now, attempts: sql`${outbox.attempts} + 1` })
    .where(
      inArray(
        outbox.id,
        sql`(select id from outbox where sent_at is null and attempts < ${maxAttempts}
      and (claimed_at is null or claimed_at < ${staleBefore.toISOString()}::timestamptz) order by id limit ${limit} for update skip locked)`,
      ),
    )
    .returning();
}

export async function markSent(db: Executor, id: number, at: Date): Promise<void> {
  await db.update(outbox).set({ sentAt: at, claimedAt: null, error: null }).where(eq(outbox.id, id));
}

/** Keeps the claim: the message is tried again once the claim goes stale, not in the same run. */
export async function markFailed(db: Executor, id: number, error: string): Promise<void> {
  await db
    .update(outbox)
    .set({ error: error.slice(0, 2000) })
    .where(eq(outbox.id, id));
}

export async function countUnsent(db: Executor): Promise<number> {
  const [row] = await db.select({ n: count() }).from(outbox).where(sql`${outbox.sentAt} is null`);
  return Number(row?.n ?? 0);
}

/** One user's messages (userId) or everyone's ("all"), newest first. */
export async function listOutbox(db: Executor, userId: string | "all", page: Page): Promise<Paged<OutboxRow>> {
  const where = userId === "all" ? undefined : eq(outbox.userId, userId);
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(outbox)
      .where(where)
      .orderBy(desc(outbox.createdAt), desc(outbox.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(outbox).where(where),
  ]);
  return { items, total: Number(total?.n ?? 0), limit: page.limit, offset: page.offset };
}

export interface DigestRecipient {
  id: string;
  email: string;
  displayName: string;
  locale: string;
  bodyId: string;
}

/** The officers and heads of the given bodies who are active: they get the body's daily digest. */
export async function listBodyStaff(db: Executor, bodyIds: string[]): Promise<DigestRecipient[]> {
  if (bodyIds.length === 0) return [];
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      locale: users.locale,
      bodyId: users.bodyId,
    })
    .from(users)
    .where(
      and(inArray(users.bodyId, bodyIds), inArray(users.role, ["body_officer", "body_head"]), eq(users.active, true)),
    )
    .orderBy(asc(users.email));
  return rows.map((r) => ({ ...r, bodyId: r.bodyId! }));
}
