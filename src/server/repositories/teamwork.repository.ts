/** Teamwork on items: who an item is assigned to, by when, and the team's notes on it. */
import { and, asc, eq, inArray, lt, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { feedbackItems, feedbackKeys, itemAssignments, itemNotes, users } from "../db/index.ts";
import type { ItemKind } from "../db/enums.ts";
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

/** An item's assignment with the assignee's and assigner's names (for the item drawer). */
export async function findAssignmentView(
  db: Executor,
  itemId: number,
): Promise<
  | { assigneeId: string; assigneeName: string; dueOn: string | null; assignedBy: string | null; assignedAt: Date }
  | undefined
> {
  const assigner = alias(users, "assigner");
  const [row] = await db
    .select({
      assigneeId: itemAssignments.assigneeId,
      assigneeName: users.displayName,
      dueOn: itemAssignments.dueOn,
      assignedBy: assigner.displayName,
      assignedAt: itemAssignments.assignedAt,
    })
    .from(itemAssignments)
    .innerJoin(users, eq(users.id, itemAssignments.assigneeId))
    .leftJoin(assigner, eq(assigner.id, itemAssignments.assignedBy))
    .where(eq(itemAssignments.itemId, itemId));
  return row;
}

/**
 * The body's assignments due before a date (overdue as of today), with the assignee's name: the
 * head's view of the team. Items of another body (a person moved) are left out by the join.
 */
export async function listBodyOverdueAssignments(
  db: Executor,
  bodyId: string,
  today: string,
  limit: number,
): Promise<
  {
    itemId: number;
    assigneeId: string;
    assigneeName: string;
    dueOn: string;
    kind: ItemKind;
    text: string;
    receivedAt: Date;
  }[]
> {
  const rows = await db
    .select({
      itemId: itemAssignments.itemId,
      assigneeId: itemAssignments.assigneeId,
      assigneeName: users.displayName,
      dueOn: itemAssignments.dueOn,
      kind: feedbackItems.kind,
      text: sql<string>`left(${feedbackItems.text}, 300)`,
      receivedAt: feedbackItems.receivedAt,
    })
    .from(itemAssignments)
    .innerJoin(users, eq(users.id, itemAssignments.assigneeId))
    .innerJoin(feedbackKeys, eq(feedbackKeys.id, itemAssignments.itemId))
    .innerJoin(
      feedbackItems,
      and(eq(feedbackItems.id, feedbackKeys.id), eq(feedbackItems.receivedAt, feedbackKeys.receivedAt)),
    )
    .where(and(eq(feedbackItems.bodyId, bodyId), lt(itemAssignments.dueOn, today)))
    .orderBy(asc(itemAssignments.dueOn), asc(itemAssignments.itemId))
    .limit(limit);
  return rows.map((r) => ({ ...r, dueOn: r.dueOn! }));
}

/** The active officers and heads of a body: whom its items may be assigned to. */
export async function listColleagues(
  db: Executor,
  bodyId: string,
): Promise<{ id: string; displayName: string; role: string }[]> {
  return db
    .select({ id: users.id, displayName: users.displayName, role: users.role })
    .from(users)
    .where(and(eq(users.bodyId, bodyId), eq(users.active, true), inArray(users.role, ["body_officer", "body_head"])))
    .orderBy(asc(users.displayName));
}
