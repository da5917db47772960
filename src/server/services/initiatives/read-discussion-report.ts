/**
 * The public-discussion report of one initiative (§7, §11): every remark and proposal with its
 * decision, reason and §20.1 reference, and the comments' totals. Public: it holds what citizens
 * already posted on the portal, without author references; appeals and social comments are never in it.
 */
import type { AppContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { findInitiative, type InitiativeRow } from "../../repositories/initiative.repository.ts";
import { listFeedbackItems, type FeedbackItemView } from "../../repositories/feedback-item.repository.ts";

export interface DiscussionReport {
  initiative: InitiativeRow;
  remarks: FeedbackItemView[];
  totals: {
    remarks: number;
    accepted: number;
    rejected: number;
    undecided: number;
    comments: number;
    answered: number;
  };
}

const MAX_ROWS = 5_000;

export async function readDiscussionReport(ctx: AppContext, initiativeId: string): Promise<DiscussionReport> {
  const initiative = await findInitiative(ctx.database.db, initiativeId);
  if (!initiative) throw notFound("initiative");
  const db = ctx.database.db;
  // Only the initiative's own body's items: the report is that body's official record (W1).
  const bodyId = initiative.bodyId;
  const page = { limit: MAX_ROWS, offset: 0 };
  const [remarks, proposals, comments, answered] = await Promise.all([
    listFeedbackItems(db, { bodyId, initiativeId, kind: "remark" }, page),
    listFeedbackItems(db, { bodyId, initiativeId, kind: "proposal" }, page),
    listFeedbackItems(db, { bodyId, initiativeId, kind: "comment" }, { limit: 1, offset: 0 }),
    listFeedbackItems(db, { bodyId, initiativeId, status: "answered" }, { limit: 1, offset: 0 }),
  ]);
  const all = [...remarks.items, ...proposals.items].sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
  const accepted = all.filter((i) => i.decision?.outcome === "accepted").length;
  const rejected = all.filter((i) => i.decision?.outcome === "rejected").length;
  return {
    initiative,
    remarks: all,
    totals: {
      remarks: remarks.total + proposals.total,
      accepted,
      rejected,
      undecided: remarks.total + proposals.total - accepted - rejected,
      comments: comments.total,
      answered: answered.total,
    },
  };
}
