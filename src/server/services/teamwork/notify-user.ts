/**
 * Tells a person what happened to them (an item assigned, their review returned): a notification
 * for the bell, and the same message in their language in the outbox, which the mail job sends
 * (dedupe key "notification:<id>", so a retried write never mails twice). Nobody is told about
 * their own act, and an inactive account is not told at all.
 */
import type { Executor } from "../../context.ts";
import type { NotificationKind } from "../../db/index.ts";
import { formatDate } from "../../../domain/reports/document.ts";
import { translate, type Locale } from "../../../i18n/index.ts";
import { teamworkMessages } from "../../../i18n/messages/teamwork.ts";
import { findUserById } from "../../repositories/account.repository.ts";
import { insertNotification, type NotificationRow } from "../../repositories/notification.repository.ts";
import { insertOutboxOnce } from "../../repositories/outbox.repository.ts";
import { localeOf } from "../reminders/compose-digest.ts";

export interface NotificationInput {
  userId: string;
  kind: NotificationKind;
  bodyId: string | null;
  entity: string;
  entityId: string;
  params: Record<string, string | number | null>;
}

/** The notification's one line, in the reader's language (the bell and the mail's subject). */
export function notificationTitle(n: Pick<NotificationRow, "kind" | "params">, locale: Locale): string {
  const p = Object.fromEntries(Object.entries(n.params).map(([k, v]) => [k, v ?? ""])) as Record<
    string,
    string | number
  >;
  const t = (key: keyof (typeof teamworkMessages)["en"]) => translate(teamworkMessages, locale, key, p);
  if (n.kind === "review.returned") return t("notification.review.returned");
  const head = p.count !== undefined ? t("notification.items.assigned") : t("notification.item.assigned");
  return p.dueOn
    ? head + translate(teamworkMessages, locale, "notification.due", { dueOn: formatDate(String(p.dueOn)) })
    : head;
}

/** Where the notification leads in the web app. */
export function notificationLink(n: Pick<NotificationRow, "kind" | "entity" | "entityId">): string {
  if (n.kind === "review.returned") return "/review";
  if (n.entity === "feedback_item") return `/inbox?item=${n.entityId}`;
  return "/awaiting";
}

export async function notifyUser(
  db: Executor,
  actorId: string | null,
  input: NotificationInput,
): Promise<NotificationRow | null> {
  if (input.userId === actorId) return null;
  const user = await findUserById(db, input.userId);
  if (!user?.active) return null;
  const row = await insertNotification(db, input);
  const locale = localeOf(user.locale);
  const title = notificationTitle(row, locale);
  const t = (key: keyof (typeof teamworkMessages)["en"], params: Record<string, string>) =>
    translate(teamworkMessages, locale, key, params);
  await insertOutboxOnce(db, [
    {
      userId: user.id,
      email: user.email,
      locale,
      kind: `notification.${row.kind}`,
      dedupeKey: `notification:${row.id}`,
      subject: t("mail.subject", { title }),
      body: [
        t("mail.greeting", { name: user.displayName }),
        "",
        title,
        "",
        t("mail.footer", { link: notificationLink(row) }),
      ].join("\n"),
    },
  ]);
  return row;
}
