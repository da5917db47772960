/** Accounts as the administrator manages them: users, their sessions, links, identities, duties. */
import { and, asc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import {
  bodyOfficials,
  userIdentities,
  userInvitations,
  users,
  type BodyDuty,
  type InvitationPurpose,
} from "../db/index.ts";
import type { Executor } from "../context.ts";
import type { NewUser, UserRow } from "./user.repository.ts";

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

/** Locks the row for the rest of the transaction, so two administrators' edits serialise. */
export async function lockUser(tx: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await tx.select().from(users).where(eq(users.id, id)).for("update");
  return row;
}

export async function insertUser(db: Executor, values: NewUser): Promise<UserRow> {
  const [row] = await db.insert(users).values(values).returning();
  return row!;
}

export async function updateUser(db: Executor, id: string, patch: Partial<NewUser>): Promise<UserRow> {
  const [row] = await db.update(users).set(patch).where(eq(users.id, id)).returning();
  return row!;
}

/** Ends every session of the account (deactivation, password reset): one statement, in user.repository. */
export { deleteUserSessions as revokeSessionsOfUser } from "./user.repository.ts";

export async function countActiveAdministrators(db: Executor): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.role, "administrator"), eq(users.active, true)));
  return Number(row?.n ?? 0);
}

/** A new one-time link replaces any unused one of the same purpose. */
export async function insertInvitation(
  db: Executor,
  values: { tokenHash: string; userId: string; purpose: InvitationPurpose; createdBy: string | null; expiresAt: Date },
): Promise<void> {
  await db
    .delete(userInvitations)
    .where(
      and(
        eq(userInvitations.userId, values.userId),
        eq(userInvitations.purpose, values.purpose),
        isNull(userInvitations.usedAt),
      ),
    );
  await db.insert(userInvitations).values(values);
}

export async function findLiveInvitation(
  db: Executor,
  tokenHash: string,
  now: Date,
): Promise<{ userId: string; purpose: InvitationPurpose; expiresAt: Date } | undefined> {
  const [row] = await db
    .select({ userId: userInvitations.userId, purpose: userInvitations.purpose, expiresAt: userInvitations.expiresAt })
    .from(userInvitations)
    .where(
      and(eq(userInvitations.tokenHash, tokenHash), isNull(userInvitations.usedAt), gt(userInvitations.expiresAt, now)),
    );
  return row;
}

/** Marks the link used, in the same statement that checks it is still live: one use, even under a race. */
export async function consumeInvitation(
  db: Executor,
  tokenHash: string,
  now: Date,
): Promise<{ userId: string; purpose: InvitationPurpose } | undefined> {
  const [row] = await db
    .update(userInvitations)
    .set({ usedAt: now })
    .where(
      and(eq(userInvitations.tokenHash, tokenHash), isNull(userInvitations.usedAt), gt(userInvitations.expiresAt, now)),
    )
    .returning({ userId: userInvitations.userId, purpose: userInvitations.purpose });
  return row;
}

export async function listPendingInvitations(
  db: Executor,
  userIds: string[],
  now: Date,
): Promise<{ userId: string; purpose: InvitationPurpose; expiresAt: Date }[]> {
  if (userIds.length === 0) return [];
  return db
    .select({ userId: userInvitations.userId, purpose: userInvitations.purpose, expiresAt: userInvitations.expiresAt })
    .from(userInvitations)
    .where(
      and(inArray(userInvitations.userId, userIds), isNull(userInvitations.usedAt), gt(userInvitations.expiresAt, now)),
    );
}

export async function listIdentities(
  db: Executor,
  userIds?: string[],
): Promise<{ userId: string; issuer: string; subject: string; linkedAt: Date; lastSignInAt: Date }[]> {
  if (userIds && userIds.length === 0) return [];
  return db
    .select({
      userId: userIdentities.userId,
      issuer: userIdentities.issuer,
      subject: userIdentities.subject,
      linkedAt: userIdentities.linkedAt,
      lastSignInAt: userIdentities.lastSignInAt,
    })
    .from(userIdentities)
    .where(userIds ? inArray(userIdentities.userId, userIds) : undefined)
    .orderBy(asc(userIdentities.linkedAt));
}

/** Links an identity; false when it is already linked (to this or another account). */
export async function insertIdentity(db: Executor, issuer: string, subject: string, userId: string): Promise<boolean> {
  const rows = await db
    .insert(userIdentities)
    .values({ issuer, subject, userId })
    .onConflictDoNothing()
    .returning({ userId: userIdentities.userId });
  return rows.length === 1;
}

export async function deleteIdentity(db: Executor, issuer: string, subject: string, userId: string): Promise<boolean> {
  const rows = await db
    .delete(userIdentities)
    .where(
      and(eq(userIdentities.issuer, issuer), eq(userIdentities.subject, subject), eq(userIdentities.userId, userId)),
    )
    .returning({ userId: userIdentities.userId });
  return rows.length === 1;
}

export interface BodyOfficialRow {
  bodyId: string;
  duty: BodyDuty;
  userId: string;
  displayName: string;
  email: string;
  designatedAt: Date;
}

export async function listBodyOfficials(db: Executor, bodyIds?: string[]): Promise<BodyOfficialRow[]> {
  if (bodyIds && bodyIds.length === 0) return [];
  return db
    .select({
      bodyId: bodyOfficials.bodyId,
      duty: bodyOfficials.duty,
      userId: bodyOfficials.userId,
      displayName: users.displayName,
      email: users.email,
      designatedAt: bodyOfficials.designatedAt,
    })
    .from(bodyOfficials)
    .innerJoin(users, eq(users.id, bodyOfficials.userId))
    .where(bodyIds ? inArray(bodyOfficials.bodyId, bodyIds) : undefined)
    .orderBy(asc(bodyOfficials.bodyId), asc(bodyOfficials.duty));
}

export async function findBodyOfficial(
  db: Executor,
  bodyId: string,
  duty: BodyDuty,
): Promise<{ userId: string } | undefined> {
  const [row] = await db
    .select({ userId: bodyOfficials.userId })
    .from(bodyOfficials)
    .where(and(eq(bodyOfficials.bodyId, bodyId), eq(bodyOfficials.duty, duty)));
  return row;
}

export async function setBodyOfficial(
  db: Executor,
  bodyId: string,
  duty: BodyDuty,
  userId: string,
  designatedBy: string | null,
): Promise<void> {
  await db
    .insert(bodyOfficials)
    .values({ bodyId, duty, userId, designatedBy })
    .onConflictDoUpdate({
      target: [bodyOfficials.bodyId, bodyOfficials.duty],
      set: { userId, designatedBy, designatedAt: sql`now()` },
    });
}

export async function clearBodyOfficial(db: Executor, bodyId: string, duty: BodyDuty): Promise<void> {
  await db.delete(bodyOfficials).where(and(eq(bodyOfficials.bodyId, bodyId), eq(bodyOfficials.duty, duty)));
}

/** Duties a user holds (a deactivated or moved account must not stay someone's first head). */
export async function listDutiesOfUser(db: Executor, userId: string): Promise<{ bodyId: string; duty: BodyDuty }[]> {
  return db
    .select({ bodyId: bodyOfficials.bodyId, duty: bodyOfficials.duty })
    .from(bodyOfficials)
    .where(eq(bodyOfficials.userId, userId));
}
