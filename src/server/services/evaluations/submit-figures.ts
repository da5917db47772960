/**
 * A body's §20 submission to an open round. A resubmission supersedes the previous one (both are
 * kept and audited), so the ministry can see what changed and when.
 */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { isDialoguePortalUrl } from "../../../domain/evaluation/dialogue-link.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import {
  findRequest,
  findRound,
  insertSubmission,
  lockCurrentSubmission,
  markRequestSubmitted,
  supersedeSubmission,
  type SubmissionRow,
} from "../../repositories/evaluation.repository.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";

export interface SubmitFiguresInput {
  roundId: string;
  bodyId: string;
  remarks: { received: number; accepted: number; rejected: number };
  comments: { received: number; answered: number };
  conferenceLinks?: string[];
  mediaMaterials?: { kind: string; url: string; title?: string }[];
  openAccess?: { drafts?: boolean; budgetReports?: boolean; results?: boolean };
}

export async function submitFigures(ctx: AppContext, actor: Actor, input: SubmitFiguresInput): Promise<SubmissionRow> {
  authorize(actor, "evaluation.submit", input.bodyId);
  const { remarks, comments } = input;
  if (remarks.accepted + remarks.rejected > remarks.received) {
    throw new AppError("validation_failed", { details: "remarks.accepted + remarks.rejected > remarks.received" });
  }
  if (comments.answered > comments.received) {
    throw new AppError("validation_failed", { details: "comments.answered > comments.received" });
  }
  const foreign = (input.conferenceLinks ?? []).find((url) => !isDialoguePortalUrl(url));
  if (foreign) throw new AppError("conference_link_not_dialogue", { url: foreign });
  return transaction(ctx, async (tx) => {
    const round = await findRound(tx, input.roundId, true);
    if (!round) throw notFound("evaluation round");
    if (round.status !== "open") throw new AppError("round_not_open", { status: round.status });
    if (!(await findRequest(tx, round.id, input.bodyId))) throw new AppError("body_out_of_scope");
    const current = await lockCurrentSubmission(tx, round.id, input.bodyId);
    const now = new Date();
    if (current) await supersedeSubmission(tx, current.id, now);
    const submission = await insertSubmission(tx, {
      roundId: round.id,
      bodyId: input.bodyId,
      remarksReceived: remarks.received,
      remarksAccepted: remarks.accepted,
      remarksRejected: remarks.rejected,
      commentsReceived: comments.received,
      commentsAnswered: comments.answered,
      conferenceLinks: input.conferenceLinks ?? [],
      mediaMaterials: input.mediaMaterials ?? [],
      openAccess: input.openAccess ?? {},
      submittedBy: actor.userId,
      submittedAt: now,
    });
    await markRequestSubmitted(tx, round.id, input.bodyId, now);
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: current ? "submission.replace" : "submission.create",
      entity: "evaluation_submission",
      entityId: submission.id,
      bodyId: input.bodyId,
      before: current ?? null,
      after: submission,
    });
    return submission;
  });
}
