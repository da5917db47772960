/**
 * Initiatives through the JSON API, under the portal's rules (W3): anyone sees an initiative once
 * its discussion was announced; a draft only its own body's staff and the ministry and
 * administrators (item.read) see. A draft is answered "not found" to everyone else, so its id is
 * no oracle. The discussion report is public: citizens' texts and the reasons are redacted exactly
 * as on the portal, whoever asks (unmasked data only through the audited reveal).
 */
import type { Actor, AppContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { can, readableBodies } from "../../policies/policy.ts";
import {
  findInitiative,
  listInitiatives,
  type InitiativeFilter,
  type InitiativeRow,
} from "../../repositories/initiative.repository.ts";
import { PUBLIC_INITIATIVE_STATUSES } from "../../repositories/portal.repository.ts";
import type { Page, Paged } from "../../repositories/pagination.ts";
import { redactNullable, redactText } from "../../../domain/privacy/redact-text.ts";
import { readDiscussionReport, type DiscussionReport } from "./read-discussion-report.ts";

const isPublic = (i: InitiativeRow) => (PUBLIC_INITIATIVE_STATUSES as readonly string[]).includes(i.status);

function canSeeInitiative(actor: Actor | null, i: InitiativeRow): boolean {
  return isPublic(i) || (actor !== null && can(actor, "item.read", i.bodyId));
}

export async function listVisibleInitiatives(
  ctx: AppContext,
  actor: Actor | null,
  filter: Omit<InitiativeFilter, "visibleTo">,
  page: Page,
): Promise<Paged<InitiativeRow>> {
  const bodies = actor ? readableBodies(actor, "item.read") : [];
  const visibleTo = bodies === "all" ? undefined : { publicStatuses: PUBLIC_INITIATIVE_STATUSES, bodyIds: bodies };
  return listInitiatives(ctx.database.db, { ...filter, visibleTo }, page);
}

export async function readVisibleInitiative(ctx: AppContext, actor: Actor | null, id: string): Promise<InitiativeRow> {
  const row = await findInitiative(ctx.database.db, id);
  if (!row || !canSeeInitiative(actor, row)) throw notFound("initiative");
  return row;
}

export async function readPublicDiscussionReport(
  ctx: AppContext,
  actor: Actor | null,
  id: string,
): Promise<DiscussionReport> {
  await readVisibleInitiative(ctx, actor, id);
  const report = await readDiscussionReport(ctx, id);
  return {
    ...report,
    remarks: report.remarks.map((i) => ({
      ...i,
      text: redactText(i.text),
      decision: i.decision
        ? {
            ...i.decision,
            reason: redactNullable(i.decision.reason),
            referenceText: redactNullable(i.decision.referenceText),
          }
        : null,
    })),
  };
}
