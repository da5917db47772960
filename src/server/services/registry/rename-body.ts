/** Renames a body from a date (reorganisations rename ministries); periods before keep the old name. */
import type { Actor, AppContext } from "../../context.ts";
import type { BodyRow } from "../../repositories/body.repository.ts";
import { updateBody } from "../../repositories/registry.repository.ts";
import { changeBody } from "./registry-rules.ts";

export function renameBody(
  ctx: AppContext,
  actor: Actor,
  bodyId: string,
  input: { nameKk: string; nameRu: string; nameEn: string; website?: string | null; effectiveOn: string },
): Promise<BodyRow> {
  return changeBody(ctx, actor, bodyId, "rename", input.effectiveOn, (tx) =>
    updateBody(tx, bodyId, {
      nameKk: input.nameKk,
      nameRu: input.nameRu,
      nameEn: input.nameEn,
      ...(input.website !== undefined ? { website: input.website } : {}),
    }),
  );
}
