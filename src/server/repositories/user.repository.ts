import { and, eq, gt, sql } from "drizzle-orm";
import { sessions, users } from "../db/index.ts";
import type { Executor } from "../context.ts";

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return row;
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function upsertUser(db: Executor, values: NewUser): Promise<UserRow> {
  const existing = await findUserByEmail(db, values.email);
  if (existing) {
    const [row] = await db
      .update(users)
      .set({ ...values, id: existing.id })
      .where(eq(users.id, existing.id))
      .returning();
    return row!;
  }
  const [row] = await db.insert(users).values(values).returning();
  return row!;
}

export async function listUsers(db: Executor): Promise<UserRow[]> {
  return db.select().from(users).orderBy(users.role, users.email);
}

export async function insertSession(db: Executor, id: string, userId: string, expiresAt: Date): Promise<void> {
  await db.insert(sessions).values({ id, userId, expiresAt });
}

/** A session is live until its absolute expiry and while it was used within the idle window. */
export async function findLiveSession(
  db: Executor,
  id: string,
  now: Date,
  idleSince: Date,
): Promise<{ user: UserRow; expiresAt: Date; lastSeenAt: Date } | undefined> {
  const [row] = await db
    .select({ user: users, expiresAt: sessions.expiresAt, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(eq(sessions.id, id), gt(sessions.expiresAt, now), gt(sessions.lastSeenAt, idleSince), eq(users.active, true)),
    );
  return row;
}

export async function touchSession(db: Executor, id: string, now: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
}

/** Ends every session of a user (deactivation, a new password, an administrator's "sign out everywhere"). */
export async function deleteUserSessions(db: Executor, userId: string): Promise<number> {
  const rows = await db.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
  return rows.length;
}

export async function clearFailedSignIns(db: Executor, userId: string): Promise<void> {
  await db.update(users).set({ failedSignIns: 0, lockedUntil: null }).where(eq(users.id, userId));
}

export async function deleteSession(db: Executor, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}
