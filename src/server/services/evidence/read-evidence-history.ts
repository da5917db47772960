/**
 * The versions of one piece of evidence, oldest first: who (by name), when, what changed and why.
 * Evidence is public record (§16 results are published by law), so anyone signed in may read it.
 */
import { changedFields } from "../../../domain/compliance/evidence-record-rules.ts";
import type { AppContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import {
  findEvidenceRow,
  listEvidenceRevisions,
  type EvidenceEntity,
  type EvidenceRevisionRow,
} from "../../repositories/evidence-revisions.repository.ts";

export interface EvidenceVersion extends EvidenceRevisionRow {
  /** The fields this version changed against the one before (empty for the first recording). */
  changed: string[];
}

export async function readEvidenceHistory(
  ctx: AppContext,
  entity: EvidenceEntity,
  id: string,
): Promise<EvidenceVersion[]> {
  const row = await findEvidenceRow(ctx.database.db, entity, id);
  if (!row) throw notFound("evidence");
  const versions = await listEvidenceRevisions(ctx.database.db, entity, id);
  return versions.map((v, i) => ({
    ...v,
    changed: i === 0 ? [] : changedFields(entity, versions[i - 1]!.snapshot, v.snapshot),
  }));
}
