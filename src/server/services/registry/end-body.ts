/**
 * Ends a body on a date (abolished), or merges it into another (its successor): it stays in the
 * registry for the periods it existed in, and is not asked in rounds that start after.
 */
import type { Actor, AppContext } from "../../context.ts";
import { AppError, notFound } from "../../errors.ts";
import { findBody, type BodyRow } from "../../repositories/body.repository.ts";
import { updateBody } from "../../repositories/registry.repository.ts";
import { changeBody } from "./registry-rules.ts";

export function endBody(
  ctx: AppContext,
  actor: Actor,
  bodyId: string,
  input: { validTo: string; mergedIntoId?: string | null },
): Promise<BodyRow> {
  return changeBody(ctx, actor, bodyId, input.mergedIntoId ? "merge" : "end", input.validTo, async (tx, before) => {
    if (input.mergedIntoId) {
      if (input.mergedIntoId === bodyId)
        throw new AppError("validation_failed", { details: "a body cannot be merged into itself" });
      const into = await findBody(tx, input.mergedIntoId);
      if (!into) throw notFound("body");
      if (into.validTo && into.validTo < input.validTo)
        throw new AppError("validation_failed", { details: "the successor had already ended" });
    }
    if (before.validFrom && input.validTo < before.validFrom)
      throw new AppError("validation_failed", { details: "a body cannot end before it began" });
    return updateBody(tx, bodyId, { validTo: input.validTo, mergedIntoId: input.mergedIntoId ?? null });
  });
}
