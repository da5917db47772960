/** Wire shapes (zod) of the teamwork routes; the routes validate and document with these. */
import { z } from "zod";
import { CHANNELS, ITEM_KINDS, ITEM_LANGS, ITEM_STATUSES, REFERENCE_KINDS } from "../../db/enums.ts";
import { BULK_ACTIONS, BULK_STATUSES, NOTIFICATION_KINDS, type BulkRefusal } from "../../db/index.ts";
import type { BulkRunRow } from "../../repositories/bulk-action.repository.ts";
import type { NotificationRow } from "../../repositories/notification.repository.ts";
import { notificationLink, notificationTitle } from "../../services/teamwork/notify-user.ts";
import { translate, type Locale } from "../../../i18n/index.ts";
import { errorMessages, type ErrorCode } from "../../../i18n/messages/errors.ts";
import { httpUrl, iso, isoDate } from "../common.schema.ts";

export const itemParam = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });
export const runParam = z.object({ id: z.uuid() });

export const assignmentSchema = z
  .object({
    assigneeId: z.string(),
    assigneeName: z.string(),
    dueOn: z.string().nullable(),
    assignedBy: z.string().nullable(),
    assignedAt: z.string(),
  })
  .nullable();

export const colleagueSchema = z.object({ id: z.string(), displayName: z.string(), role: z.string() });

const awaitingItem = z.object({
  itemId: z.number(),
  dueOn: z.string().nullable(),
  kind: z.string(),
  text: z.string(),
  receivedAt: z.string(),
});

export const awaitingSchema = z.object({
  /** Kazakhstan's today, against which "overdue" is judged. */
  today: z.string(),
  assigned: z.array(awaitingItem.extend({ overdue: z.boolean() })),
  /** Mine that are overdue; for the head, every overdue assignment of the body, with the assignee. */
  overdue: z.array(
    awaitingItem.extend({ dueOn: z.string(), assigneeId: z.string(), assigneeName: z.string().nullable() }),
  ),
  /** §15 reviews waiting on me: returned ones (officer), submitted ones (head). */
  reviews: z.array(z.object({ id: z.string(), year: z.number(), quarter: z.number(), status: z.string() })),
});

/** The inbox's filter, as its query has it (the page and page size are not part of a selection). */
export const bulkFilter = z.object({
  initiativeId: z.uuid().optional(),
  channel: z.enum(CHANNELS).optional(),
  kind: z.enum(ITEM_KINDS).optional(),
  itemLang: z.enum(ITEM_LANGS).optional(),
  status: z.enum(ITEM_STATUSES).optional(),
  referenceMissing: z.boolean().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  q: z.string().trim().min(1).max(200).optional(),
});

export const bulkParams = z.discriminatedUnion("action", [
  z.object({ action: z.literal("assign"), assigneeId: z.uuid(), dueOn: isoDate.nullable().default(null) }),
  z.object({ action: z.literal("set_kind"), kind: z.enum(ITEM_KINDS) }),
  z.object({
    action: z.literal("accept"),
    referenceKind: z.enum(REFERENCE_KINDS),
    referenceText: z.string().trim().min(1).max(2000),
    referenceUrl: httpUrl.nullable().default(null),
  }),
  z.object({ action: z.literal("reject"), reason: z.string().trim().min(1).max(4000) }),
  z.object({
    action: z.literal("answer"),
    text: z.string().trim().min(1).max(8000),
    url: httpUrl.nullable().default(null),
  }),
]);

export const bulkBody = z.object({ filter: bulkFilter, params: bulkParams });

/** How many refusals are listed one by one (all are counted, grouped by reason). */
export const REFUSALS_LISTED = 200;

export const bulkRunSchema = z.object({
  id: z.string(),
  action: z.enum(BULK_ACTIONS),
  status: z.enum(BULK_STATUSES),
  total: z.number(),
  processed: z.number(),
  applied: z.number(),
  refusedCount: z.number(),
  /** The refusals grouped by reason (the reason in the reader's language), the most frequent first. */
  refusedByReason: z.array(z.object({ code: z.string(), message: z.string(), count: z.number() })),
  refused: z.array(z.object({ itemId: z.number(), code: z.string(), message: z.string() })),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

function refusalMessage(r: BulkRefusal, locale: Locale): string {
  return r.code in errorMessages.en ? translate(errorMessages, locale, r.code as ErrorCode, r.params) : r.code;
}

export function presentBulkRun(run: BulkRunRow, locale: Locale): z.infer<typeof bulkRunSchema> {
  const groups = new Map<string, { code: string; message: string; count: number }>();
  for (const r of run.refused) {
    // Grouped by code and message, so "decided on 01.12 as accepted" and "… as rejected" stay apart.
    const message = refusalMessage(r, locale);
    const key = `${r.code}\u0000${r.code === "decision_exists" ? r.code : message}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { code: r.code, message, count: 1 });
  }
  return {
    id: run.id,
    action: run.action,
    status: run.status,
    total: run.total,
    processed: run.processed,
    applied: run.applied,
    refusedCount: run.refused.length,
    refusedByReason: [...groups.values()].sort((a, b) => b.count - a.count),
    refused: run.refused
      .slice(0, REFUSALS_LISTED)
      .map((r) => ({ itemId: r.itemId, code: r.code, message: refusalMessage(r, locale) })),
    createdAt: run.createdAt.toISOString(),
    finishedAt: iso(run.finishedAt),
  };
}

export const notificationSchema = z.object({
  id: z.number(),
  kind: z.enum(NOTIFICATION_KINDS),
  /** The one line to show, in the reader's language. */
  title: z.string(),
  /** Where it leads in the web app. */
  link: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

export const notificationsSchema = z.object({ unread: z.number(), items: z.array(notificationSchema) });
export const notificationsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  before: z.coerce.number().int().positive().optional(),
  unreadOnly: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
  lang: z.enum(["kk", "ru", "en"]).optional(),
});
export const markReadBody = z.object({
  ids: z.union([z.array(z.number().int().positive()).max(500), z.literal("all")]),
});
export const markReadSchema = z.object({ marked: z.number(), unread: z.number() });

export function presentNotification(n: NotificationRow, locale: Locale): z.infer<typeof notificationSchema> {
  return {
    id: n.id,
    kind: n.kind,
    title: notificationTitle(n, locale),
    link: notificationLink(n),
    createdAt: n.createdAt.toISOString(),
    readAt: iso(n.readAt),
  };
}
