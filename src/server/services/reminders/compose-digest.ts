/**
 * The daily digest's text in the recipient's language: what is overdue and what falls due within
 * the next 7 days. Pure, so the wording is tested without a database.
 */
import type { Duty } from "../../../domain/compliance/compute-due-duties.ts";
import { addDays } from "../../../domain/compliance/compute-due-duties.ts";
import { formatDate } from "../../../domain/reports/document.ts";
import { isLocale, translate, type Locale } from "../../../i18n/index.ts";
import { reviewMessages } from "../../../i18n/messages/review.ts";

export const DIGEST_DAYS = 7;
type MessageKey = keyof (typeof reviewMessages)["en"];

export interface DigestDuties {
  overdue: Duty[];
  due: Duty[];
}

/** Splits a calendar into the digest's two lists; an empty digest is not sent. */
export function digestDuties(duties: Duty[], today: string): DigestDuties {
  const horizon = addDays(today, DIGEST_DAYS);
  return {
    overdue: duties.filter((d) => d.status === "overdue"),
    due: duties.filter((d) => d.status === "due" && d.dueOn >= today && d.dueOn <= horizon),
  };
}

export function localeOf(value: string): Locale {
  return isLocale(value) ? value : "kk";
}

export function composeDigest(
  locale: Locale,
  input: { name: string; bodyName: string; today: string; duties: DigestDuties },
): { subject: string; body: string } {
  const t = (key: MessageKey, params?: Record<string, string | number>) =>
    translate(reviewMessages, locale, key, params);
  const line = (d: Duty) =>
    t("digest.line", {
      date: formatDate(d.dueOn),
      duty: t(`duty.${d.kind}`),
      paragraph: d.paragraph,
      subject: d.subject,
    }) + (d.count ? t("digest.count", { count: d.count }) : "");
  const parts = [
    t("digest.greeting", { name: input.name }),
    "",
    t("digest.intro", { body: input.bodyName, date: formatDate(input.today) }),
  ];
  if (input.duties.overdue.length) parts.push("", t("digest.overdue"), ...input.duties.overdue.map(line));
  if (input.duties.due.length) parts.push("", t("digest.due"), ...input.duties.due.map(line));
  parts.push("", t("digest.footer"));
  return {
    subject: t("digest.subject", {
      overdue: input.duties.overdue.length,
      due: input.duties.due.length,
      body: input.bodyName,
    }),
    body: parts.join("\n"),
  };
}
