/**
 * The daily digest (job "compliance.digest", 08:00 in Almaty): for every in-scope body with
 * something overdue or due within 7 days, one message per officer and head, in their language,
 * written to the outbox. Idempotent: a second run the same day adds nothing (dedupe key per user
 * and day), so a retried or doubled job never mails twice.
 */
import { SYSTEM_ACTOR, type AppContext } from "../../context.ts";
import { listInScopeBodies } from "../../repositories/body.repository.ts";
import { insertOutboxOnce, listBodyStaff, type NewOutboxRow } from "../../repositories/outbox.repository.ts";
import { addDays, OVERDUE_LOOKBACK_DAYS } from "../../../domain/compliance/compute-due-duties.ts";
import { computeBodyCalendars } from "../compliance/compute-body-calendar.ts";
import { kazakhstanToday } from "../reports/report-scope.ts";
import { composeDigest, digestDuties, DIGEST_DAYS, localeOf } from "./compose-digest.ts";

/** How far back overdue duties are looked for: the calendar's own horizon (src/domain/compliance). */
export { OVERDUE_LOOKBACK_DAYS };

export interface DigestRun {
  today: string;
  bodies: number;
  withDuties: number;
  written: number;
  alreadyWritten: number;
}

export async function buildDailyDigests(
  ctx: AppContext,
  options: { today?: string; bodyIds?: string[] } = {},
): Promise<DigestRun> {
  const today = options.today ?? kazakhstanToday();
  const db = ctx.database.db;
  const bodies = (await listInScopeBodies(db)).filter((b) => !options.bodyIds || options.bodyIds.includes(b.id));
  const staff = await listBodyStaff(
    db,
    bodies.map((b) => b.id),
  );
  const run: DigestRun = { today, bodies: 0, withDuties: 0, written: 0, alreadyWritten: 0 };
  const staffed = bodies.filter((body) => staff.some((u) => u.bodyId === body.id));
  const calendars = await computeBodyCalendars(
    ctx,
    SYSTEM_ACTOR,
    staffed.map((b) => b.id),
    { from: addDays(today, -OVERDUE_LOOKBACK_DAYS), to: addDays(today, DIGEST_DAYS) },
    today,
  );
  for (const body of staffed) {
    const recipients = staff.filter((u) => u.bodyId === body.id);
    run.bodies++;
    const digest = digestDuties(calendars.get(body.id)!, today);
    if (digest.overdue.length === 0 && digest.due.length === 0) continue;
    run.withDuties++;
    const rows: NewOutboxRow[] = recipients.map((user) => {
      const locale = localeOf(user.locale);
      const bodyName = locale === "ru" ? body.nameRu : locale === "en" ? body.nameEn : body.nameKk;
      const { subject, body: text } = composeDigest(locale, {
        name: user.displayName,
        bodyName,
        today,
        duties: digest,
      });
      return {
        userId: user.id,
        email: user.email,
        locale,
        kind: "compliance.digest",
        dedupeKey: `compliance.digest:${user.id}:${today}`,
        subject,
        body: text,
      };
    });
    const written = await insertOutboxOnce(db, rows);
    run.written += written;
    run.alreadyWritten += rows.length - written;
  }
  return run;
}
