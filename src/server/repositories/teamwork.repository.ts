/** Teamwork on items: who an item is assigned to, by when, and the team's notes on it. */
import { and, asc, eq, sql } from "drizzle-orm";
import { itemAssignments, itemNotes, users } from "../db/index.ts";
import type { Executor } from "../context.ts";

export async function setAssignment(
  db: Executor,
  itemId: number,
  assigneeId: string,
  dueOn: string | null,
  assignedBy: string | null,
): Promise<void> {
  await db
    .insert(itemAssignments)
    .values({ itemId, assigneeId, dueOn, assignedBy })
    .onConflictDoUpdate({
      target: itemAssignments.itemId,
      set: { assigneeId, dueOn, assignedBy, assignedAt: sql`now()` },
    });
}

export async function clearAssignment(db: Executor, itemId: number): Promise<void> {
  await db.delete(itemAssignments).where(eq(itemAssignments.itemId, itemId));
}

export async function findAssignment(
  db: Executor,
  itemId: number,
): Promise<{ assigneeId: string; dueOn: string | null } | undefined> {
  const [row] = await db
    .select({ assigneeId: itemAssignments.assigneeId, dueOn: itemAssignments.dueOn })
    .from(itemAssignments)
    .where(eq(itemAssignments.itemId, itemId));
  return row;
}

/** What is assigned to a person, the earliest due first (no due date last). */
export async function listAssignedTo(
  db: Executor,
  assigneeId: string,
): Promise<{ itemId: number; dueOn: string | null; assignedAt: Date }[]> {
  return db
    .select({ itemId: itemAssignments.itemId, dueOn: itemAssignments.dueOn, assignedAt: itemAssignments.assignedAt })
    .from(itemAssignments)
    .where(eq(itemAssignments.assigneeId, assigneeId))
    .orderBy(sql`${itemAssignments.dueOn} asc nulls last`, asc(itemAssignments.itemId));
}

export async function insertNote(
  db: Executor,
  itemId: number,
  authorId: string | null,
  text: string,
): Promise<{ id: number; createdAt: Date }> {
  const [row] = await db
    .insert(itemNotes)
    .values({ itemId, authorId, text })
    .returning({ id: itemNotes.id, createdAt: itemNotes.createdAt });
  return row!;
}

/** Notes with the author's name (never the e-mail: colleagues know each other by name). */
export async function listNotes(
  db: Executor,
  itemId: number,
): Promise<{ id: number; text: string; author: string | null; createdAt: Date }[]> {
  return db
    .select({ id: itemNotes.id, text: itemNotes.text, author: users.displayName, createdAt: itemNotes.createdAt })
    .from(itemNotes)
    .leftJoin(users, eq(users.id, itemNotes.authorId))
    .where(and(eq(itemNotes.itemId, itemId)))
    .orderBy(asc(itemNotes.id));
}
