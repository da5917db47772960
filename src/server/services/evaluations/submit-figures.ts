/**
 * A body's §20 submission to an open round. A resubmission supersedes the previous one (both are
 * kept and audited), so the ministry can see what changed and when.
 */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import {
  checkSubmission,
  type AcceptedItem,
  type AttachedDocument,
  type Material,
} from "../../../domain/evaluation/submission-rules.ts";
import { AppError, notFound, SubmissionInvalidError } from "../../errors.ts";
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
  acceptedItems?: AcceptedItem[];
  acceptedItemsDocument?: AttachedDocument | null;
  conferenceLinks?: string[];
  mediaMaterials?: Material[];
  openAccess?: { drafts?: boolean; budgetReports?: boolean; results?: boolean };
}

export async function submitFigures(ctx: AppContext, actor: Actor, input: SubmitFiguresInput): Promise<SubmissionRow> {
  authorize(actor, "evaluation.submit", input.bodyId);
  const { remarks, comments } = input;
  // Every §20 rule once, in the domain; the answer names every problem at once.
  const problems = checkSubmission(input);
  if (problems.length > 0) throw new SubmissionInvalidError(problems);
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
      acceptedItems: (input.acceptedItems ?? []).map((i) => ({
        item: i.item,
        referenceKind: i.referenceKind,
        reference: i.reference,
        referenceUrl: i.referenceUrl ?? null,
      })),
      acceptedItemsDocument: input.acceptedItemsDocument ?? null,
      conferenceLinks: input.conferenceLinks ?? [],
      mediaMaterials: (input.mediaMaterials ?? []).map((m) => ({
        kind: m.kind,
        url: m.url,
        ...(m.title ? { title: m.title } : {}),
      })),
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
