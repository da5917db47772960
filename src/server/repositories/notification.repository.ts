/** Notifications per user (0025): what happened to whom, and whether they have read it. */
import { and, desc, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import { notifications, type NotificationKind } from "../db/index.ts";
import type { Executor } from "../context.ts";

export type NotificationRow = typeof notifications.$inferSelect;

export async function insertNotification(
  db: Executor,
  values: {
    userId: string;
    kind: NotificationKind;
    bodyId: string | null;
    entity: string;
    entityId: string;
    params: Record<string, string | number | null>;
  },
): Promise<NotificationRow> {
  const [row] = await db.insert(notifications).values(values).returning();
  return row!;
}

/** The newest first; `before` pages back by id. */
export async function listNotifications(
  db: Executor,
  userId: string,
  options: { limit: number; before?: number; unreadOnly?: boolean },
): Promise<NotificationRow[]> {
  return db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        options.before ? lt(notifications.id, options.before) : undefined,
        options.unreadOnly ? isNull(notifications.readAt) : undefined,
      ),
    )
    .orderBy(desc(notifications.id))
    .limit(options.limit);
}

export async function countUnread(db: Executor, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

/** Marks the user's own notifications read (the given ids, or all); returns how many changed. */
export async function markRead(db: Executor, userId: string, ids: number[] | "all", at: Date): Promise<number> {
  if (ids !== "all" && ids.length === 0) return 0;
  const rows = await db
    .update(notifications)
    .set({ readAt: at })
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        ids === "all" ? undefined : inArray(notifications.id, ids),
      ),
    )
    .returning({ id: notifications.id });
  return rows.length;
}
