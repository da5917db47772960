/**
 * §12: the body brought a budget-program discussion or implementation report to its public
 * council. Recording the session (with its protocol) closes the calendar's §12 duty.
 */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { findInitiative } from "../../repositories/initiative.repository.ts";
import { insertCouncilSession, type CouncilSessionRow } from "../../repositories/review-council.repository.ts";
import { evidenceRecordProblem } from "../../../domain/compliance/evidence-record-rules.ts";
import { kazakhstanToday } from "../period.ts";
import { writeFirstRevision } from "../evidence/revise-evidence.ts";

export interface CouncilSessionInput {
  bodyId: string;
  initiativeId: string;
  heldOn: string;
  protocolUrl: string;
}

const COUNCIL_KINDS = new Set(["draft_budget_program", "budget_report"]);

export async function recordCouncilSession(
  ctx: AppContext,
  actor: Actor,
  input: CouncilSessionInput,
  today = kazakhstanToday(),
): Promise<CouncilSessionRow> {
  authorize(actor, "evidence.write", input.bodyId);
  const initiative = await findInitiative(ctx.database.db, input.initiativeId);
  if (!initiative || initiative.bodyId !== input.bodyId) throw notFound("initiative");
  if (!COUNCIL_KINDS.has(initiative.kind)) {
    throw new AppError("validation_failed", {
      details: `initiativeId: §12 sessions hear budget programs and budget reports, not ${initiative.kind}`,
    });
  }
  // §12 dates (issue 10): not in the future, not before the discussion the council hears.
  const problem = evidenceRecordProblem(
    "council-sessions",
    { heldOn: input.heldOn, discussionStartsOn: initiative.discussionStartsOn },
    today,
  );
  if (problem) throw new AppError(problem.code, problem.params);
  return transaction(ctx, async (tx) => {
    const row = await insertCouncilSession(tx, {
      ...input,
      protocolUrl: input.protocolUrl.trim(),
      recordedBy: actor.userId,
    });
    // Revision 1 of the session's history (0024): it is corrected and withdrawn like other evidence.
    await writeFirstRevision(tx, actor, "council-sessions", row, {
      action: "council_session.create",
      entity: "council_session",
    });
    return row;
  });
}
