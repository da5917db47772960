/** External identities linked to accounts (eGov / OpenID Connect sign-in). */
import { and, eq, sql } from "drizzle-orm";
import { userIdentities, users } from "../db/index.ts";
import type { Executor } from "../context.ts";
import type { UserRow } from "./user.repository.ts";

/** The account an identity was linked to, touching its last sign-in. */
export async function findUserByIdentity(db: Executor, issuer: string, subject: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select({ user: users })
    .from(userIdentities)
    .innerJoin(users, eq(users.id, userIdentities.userId))
    .where(and(eq(userIdentities.issuer, issuer), eq(userIdentities.subject, subject)));
  if (row)
    await db
      .update(userIdentities)
      .set({ lastSignInAt: sql`now()` })
      .where(and(eq(userIdentities.issuer, issuer), eq(userIdentities.subject, subject)));
  return row?.user;
}

/** Links an identity to an account; a second link of the same identity keeps the first. */
export async function linkIdentity(db: Executor, issuer: string, subject: string, userId: string): Promise<void> {
  await db.insert(userIdentities).values({ issuer, subject, userId }).onConflictDoNothing();
}
