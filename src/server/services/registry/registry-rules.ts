/** What every registry change shares: the snapshot, the audit entry, one short transaction. */
import type { Actor, AppContext } from "../../context.ts";
import { transaction, type Executor } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import type { BodyRow } from "../../repositories/body.repository.ts";
import { appendBodyVersion, lockBody } from "../../repositories/registry.repository.ts";

const view = (b: BodyRow) => ({
  code: b.code,
  nameKk: b.nameKk,
  nameRu: b.nameRu,
  nameEn: b.nameEn,
  kind: b.kind,
  parentId: b.parentId,
  inScope: b.inScope,
  exclusionReason: b.exclusionReason,
  scopeNote: b.scopeNote,
  legalReference: b.legalReference,
  validFrom: b.validFrom,
  validTo: b.validTo,
  mergedIntoId: b.mergedIntoId,
  addressKk: b.addressKk,
  addressRu: b.addressRu,
  phone: b.phone,
  email: b.email,
  bin: b.bin,
  evaluated: b.evaluated,
});

/** Locks the body, applies the change, records the dated version and the audit entry. */
export async function changeBody(
  ctx: AppContext,
  actor: Actor,
  bodyId: string,
  change: string,
  effectiveOn: string,
  apply: (tx: Executor, before: BodyRow) => Promise<BodyRow>,
): Promise<BodyRow> {
  authorize(actor, "registry.manage");
  return transaction(ctx, async (tx) => {
    const before = await lockBody(tx, bodyId);
    if (!before) throw notFound("body");
    const after = await apply(tx, before);
    await appendBodyVersion(tx, before, after, change, effectiveOn, actor.userId);
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: `registry.${change}`,
      entity: "state_body",
      entityId: bodyId,
      bodyId,
      before: view(before),
      after: { ...view(after), effectiveOn },
    });
    return after;
  });
}

export { view as registryAuditView };
