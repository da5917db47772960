/**
 * §20: the analyst resolves one difference between a body's submission and Pikir's record —
 * accept the submitted or the recorded value, with a note (domain/evaluation/disputes.ts). Audited;
 * a new resolution of the same difference supersedes the old (both kept). Makes a new version of the
 * results; on a published round the correction waits until no difference is left unresolved.
 */
import {
  resolveFigures,
  valueText,
  type DisputeField,
  type ResolutionChoice,
} from "../../../domain/evaluation/disputes.ts";
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { findRound, listResults } from "../../repositories/evaluation.repository.ts";
import {
  insertResolution,
  listCurrentResolutions,
  lockCurrentResolution,
  supersedeResolution,
  type ResolutionRow,
} from "../../repositories/round-corrections.repository.ts";
import { lockCurrentSubmission } from "../../repositories/evaluation.repository.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import { recomputeRound, type ComputeOutcome } from "./compute-round.ts";

export interface ResolveDifferenceInput {
  roundId: string;
  bodyId: string;
  field: DisputeField;
  choice: ResolutionChoice;
  note?: string | null;
}

interface StoredDifference {
  field: DisputeField;
  submitted: number | boolean | "unstated";
  recorded: number | boolean | "unstated";
}

export async function resolveDifference(
  ctx: AppContext,
  actor: Actor,
  input: ResolveDifferenceInput,
): Promise<{ resolution: ResolutionRow; outcome: ComputeOutcome }> {
  authorize(actor, "evaluation.manage");
  const note = input.note?.trim() ?? "";
  if (!note) throw new AppError("resolution_note_required");
  return transaction(ctx, async (tx) => {
    const round = await findRound(tx, input.roundId, true);
    if (!round) throw notFound("evaluation round");
    if (round.status === "open") throw new AppError("round_not_computed");
    if (round.status === "cancelled") throw new AppError("round_not_open", { status: round.status });
    const submission = await lockCurrentSubmission(tx, round.id, input.bodyId);
    const results = await listResults(tx, round.id, input.bodyId);
    const official = results.find((r) => r.source === "submission");
    const recorded = results.find((r) => r.source === "recorded");
    const explanation = official?.explanation as
      | { submissionId?: string; differences?: StoredDifference[] }
      | undefined;
    const diff = explanation?.differences?.find((d) => d.field === input.field);
    // The difference must be the current submission's, as last computed.
    if (!submission || !official || !recorded || !diff || explanation?.submissionId !== submission.id)
      throw new AppError("difference_not_found", { field: input.field });

    const now = new Date();
    const current = await lockCurrentResolution(tx, submission.id, input.field);
    const choice = {
      field: input.field,
      choice: input.choice,
      submittedValue: valueText(diff.submitted),
      recordedValue: valueText(diff.recorded),
      note,
    };
    // The choice may not make more accepted than received, given the other current choices (§22).
    const others = (await listCurrentResolutions(tx, round.id))
      .filter((r) => r.submissionId === submission.id && r.field !== input.field)
      .map((r) => ({ ...r, field: r.field as DisputeField }));
    const check = resolveFigures(
      {
        B: submission.remarksAccepted,
        C: submission.remarksReceived,
        E: submission.commentsAnswered,
        G: submission.commentsReceived,
        openAccess: {},
      },
      { B: recorded.b, C: recorded.c, E: recorded.e, G: recorded.g, openAccess: {} },
      [...others, choice],
    );
    if (check.inconsistent.includes(input.field))
      throw new AppError("resolution_inconsistent", { fields: check.inconsistent.join(", ") });
    if (current) await supersedeResolution(tx, current.id, now);
    const resolution = await insertResolution(tx, {
      ...choice,
      roundId: round.id,
      bodyId: input.bodyId,
      submissionId: submission.id,
      resolvedBy: actor.userId,
      resolvedAt: now,
    });
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: "difference.resolve",
      entity: "evaluation_submission",
      entityId: submission.id,
      bodyId: input.bodyId,
      before: current ?? null,
      after: { field: input.field, choice: input.choice, submitted: diff.submitted, recorded: diff.recorded, note },
    });
    const outcome = await recomputeRound(tx, actor, round, "resolution", note);
    return { resolution, outcome };
  });
}
