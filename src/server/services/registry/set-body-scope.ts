/**
 * Marks a body in or out of the methodology's scope (§1) from a date. Out of scope needs one of
 * §1's four reasons (the database enforces it) and a legal reference; the note says why.
 */
import type { Actor, AppContext } from "../../context.ts";
import type { ExclusionReason } from "../../db/enums.ts";
import { AppError } from "../../errors.ts";
import type { BodyRow } from "../../repositories/body.repository.ts";
import { updateBody } from "../../repositories/registry.repository.ts";
import { changeBody } from "./registry-rules.ts";

export function setBodyScope(
  ctx: AppContext,
  actor: Actor,
  bodyId: string,
  input: {
    exclusionReason: ExclusionReason | null;
    scopeNote?: string | null;
    legalReference?: string | null;
    effectiveOn: string;
  },
): Promise<BodyRow> {
  if (input.exclusionReason && !input.legalReference) {
    throw new AppError("validation_failed", {
      details: "an exclusion needs the legal reference (§1 of order No. 17-НҚ or the act that made the body)",
    });
  }
  return changeBody(ctx, actor, bodyId, "scope", input.effectiveOn, (tx) =>
    updateBody(tx, bodyId, {
      inScope: !input.exclusionReason,
      exclusionReason: input.exclusionReason,
      scopeNote: input.scopeNote ?? null,
      legalReference: input.legalReference ?? null,
    }),
  );
}
