/**
 * Adds a body to the registry from a date (a new ministry, a district akimat under its region's
 * akimat). Out of scope only for one of §1's four reasons, with the legal reference.
 */
import type { Actor, AppContext } from "../../context.ts";
import { transaction } from "../../context.ts";
import type { BodyKind, ExclusionReason } from "../../db/enums.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import { findBody, findBodyByCode, type BodyRow } from "../../repositories/body.repository.ts";
import { appendBodyVersion, insertBody } from "../../repositories/registry.repository.ts";
import { registryAuditView } from "./registry-rules.ts";

export interface NewRegistryBody {
  code: string;
  nameKk: string;
  nameRu: string;
  nameEn: string;
  kind: BodyKind;
  regionCode?: string | null;
  parentId?: string | null;
  website?: string | null;
  exclusionReason?: ExclusionReason | null;
  scopeNote?: string | null;
  legalReference?: string | null;
  validFrom: string;
}

export async function addBody(ctx: AppContext, actor: Actor, input: NewRegistryBody): Promise<BodyRow> {
  authorize(actor, "registry.manage");
  return transaction(ctx, async (tx) => {
    if (await findBodyByCode(tx, input.code))
      throw new AppError("conflict", { details: `a body with the code ${input.code} exists` });
    if (input.parentId && !(await findBody(tx, input.parentId))) throw notFound("parent body");
    const body = await insertBody(tx, {
      code: input.code,
      nameKk: input.nameKk,
      nameRu: input.nameRu,
      nameEn: input.nameEn,
      kind: input.kind,
      regionCode: input.regionCode ?? null,
      parentId: input.parentId ?? null,
      website: input.website ?? null,
      inScope: !input.exclusionReason,
      exclusionReason: input.exclusionReason ?? null,
      scopeNote: input.scopeNote ?? null,
      legalReference: input.legalReference ?? null,
      validFrom: input.validFrom,
    });
    await appendBodyVersion(tx, null, body, "add", input.validFrom, actor.userId);
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: "registry.add",
      entity: "state_body",
      entityId: body.id,
      bodyId: body.id,
      before: null,
      after: registryAuditView(body),
    });
    return body;
  });
}
