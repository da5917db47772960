/**
 * One initiative's public-discussion report (§7, §11) for the portal: only once its discussion was
 * announced (a draft is not public), with the body it belongs to. Citizens' texts and the reasons
 * are published, so IINs, phones and e-mails written into them are redacted.
 */
import type { AppContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { findBody, type BodyRow } from "../../repositories/body.repository.ts";
import { findInitiative } from "../../repositories/initiative.repository.ts";
import { PUBLIC_INITIATIVE_STATUSES } from "../../repositories/portal.repository.ts";
import { readDiscussionReport, type DiscussionReport } from "../initiatives/read-discussion-report.ts";
import { redactNullable, redactText } from "../../../domain/privacy/redact-text.ts";

export async function readPortalInitiative(ctx: AppContext, id: string): Promise<DiscussionReport & { body: BodyRow }> {
  const initiative = await findInitiative(ctx.database.db, id);
  if (!initiative || !(PUBLIC_INITIATIVE_STATUSES as readonly string[]).includes(initiative.status))
    throw notFound("initiative");
  const [report, body] = await Promise.all([
    readDiscussionReport(ctx, id),
    findBody(ctx.database.db, initiative.bodyId),
  ]);
  if (!body) throw notFound("initiative");
  const remarks = report.remarks.map((i) => ({
    ...i,
    text: redactText(i.text),
    decision: i.decision ? { ...i.decision, reason: redactNullable(i.decision.reason) } : null,
  }));
  return { ...report, remarks, body };
}
