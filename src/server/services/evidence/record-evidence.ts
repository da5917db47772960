/** Records evidence of §6, §16 and §18 duties for the actor's body, audited. */
import { transaction, type Actor, type AppContext, type Executor } from "../../context.ts";
import { authorize } from "../../policies/policy.ts";
import {
  insertDialogueEvent,
  insertMediaWork,
  insertResultPublication,
  type EvidenceKind,
} from "../../repositories/evidence.repository.ts";
import { assertInitiativesOfBody } from "../initiatives/assert-initiative-of-body.ts";
import { AppError } from "../../errors.ts";
import { kazakhstanToday } from "../period.ts";
import { evidenceRecordProblem } from "../../../domain/compliance/evidence-record-rules.ts";
import { writeFirstRevision } from "./revise-evidence.ts";

const INSERTERS = {
  "result-publications": insertResultPublication,
  "media-work": insertMediaWork,
  "dialogue-events": insertDialogueEvent,
} satisfies Record<EvidenceKind, (tx: Executor, values: never) => Promise<{ id: string; bodyId: string }>>;

type EvidenceRow = { id: string; bodyId: string; createdAt: Date };

export async function recordEvidence<K extends EvidenceKind>(
  ctx: AppContext,
  actor: Actor,
  kind: K,
  values: Parameters<(typeof INSERTERS)[K]>[1],
  today = kazakhstanToday(),
): Promise<EvidenceRow & Record<string, unknown>> {
  authorize(actor, "evidence.write", values.bodyId);
  // Proof of a duty done cannot be dated ahead, nor a §6 event announced after it; the same rules
  // hold for every correction (evidence-record-rules.ts).
  const problem = evidenceRecordProblem(kind, values as Record<string, unknown>, today);
  if (problem) throw new AppError(problem.code, problem.params);
  // Evidence naming another body's initiative would be filed as that body's §6/§16 proof (W25).
  if ("initiativeId" in values)
    await assertInitiativesOfBody(ctx.database.db, [values as { bodyId: string; initiativeId?: string | null }]);
  return transaction(ctx, async (tx) => {
    const insert = INSERTERS[kind] as (
      tx: Executor,
      v: typeof values,
    ) => Promise<EvidenceRow & Record<string, unknown>>;
    const row = await insert(tx, values);
    await writeFirstRevision(tx, actor, kind, row, { action: `evidence.${kind}.create`, entity: kind });
    return row;
  });
}
