/**
 * One initiative's public-discussion report (§7, §11) for the portal: only once its discussion was
 * announced (a draft is not public), with the body it belongs to.
 */
import type { AppContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { findBody, type BodyRow } from "../../repositories/body.repository.ts";
import { findInitiative } from "../../repositories/initiative.repository.ts";
import { PUBLIC_INITIATIVE_STATUSES } from "../../repositories/portal.repository.ts";
import { readDiscussionReport, type DiscussionReport } from "../initiatives/read-discussion-report.ts";

export async function readPortalInitiative(ctx: AppContext, id: string): Promise<DiscussionReport & { body: BodyRow }> {
  const initiative = await findInitiative(ctx.database.db, id);
  if (!initiative || !(PUBLIC_INITIATIVE_STATUSES as readonly string[]).includes(initiative.status)) throw notFound("initiative");
  const [report, body] = await Promise.all([readDiscussionReport(ctx, id), findBody(ctx.database.db, initiative.bodyId)]);
  if (!body) throw notFound("initiative");
  return { ...report, body };
}
