/** The signed-in person's notifications (the bell): the newest first, with the unread count; and marking them read. */
import type { Actor, AppContext } from "../../context.ts";
import { AppError } from "../../errors.ts";
import {
  countUnread,
  listNotifications as listRows,
  markRead,
  type NotificationRow,
} from "../../repositories/notification.repository.ts";

function userOf(actor: Actor): string {
  if (!actor.userId) throw new AppError("not_authenticated");
  return actor.userId;
}

export async function listNotifications(
  ctx: AppContext,
  actor: Actor,
  options: { limit: number; before?: number; unreadOnly?: boolean },
): Promise<{ unread: number; items: NotificationRow[] }> {
  const userId = userOf(actor);
  const [unread, items] = await Promise.all([
    countUnread(ctx.database.db, userId),
    listRows(ctx.database.db, userId, options),
  ]);
  return { unread, items };
}

/** Only one's own notifications can be marked; another's id is simply not found among them. */
export async function markNotificationsRead(
  ctx: AppContext,
  actor: Actor,
  ids: number[] | "all",
): Promise<{ marked: number; unread: number }> {
  const userId = userOf(actor);
  const marked = await markRead(ctx.database.db, userId, ids, new Date());
  return { marked, unread: await countUnread(ctx.database.db, userId) };
}
