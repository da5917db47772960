/**
 * The ministry's choice to evaluate a body §1 does not exclude (a district or city akimat): no §1
 * reason is needed, because the body stays in scope — it keeps its duties and its calendar, it is
 * only left out of the rounds opened from that date (their §20 requests, so their ranking).
 * Dated and audited like every registry change; the note says why.
 */
import type { Actor, AppContext } from "../../context.ts";
import type { BodyRow } from "../../repositories/body.repository.ts";
import { updateBody } from "../../repositories/registry.repository.ts";
import { changeBody } from "./registry-rules.ts";

export function setBodyEvaluated(
  ctx: AppContext,
  actor: Actor,
  bodyId: string,
  input: { evaluated: boolean; scopeNote?: string | null; effectiveOn: string },
): Promise<BodyRow> {
  return changeBody(ctx, actor, bodyId, "evaluated", input.effectiveOn, (tx, before) =>
    updateBody(tx, bodyId, {
      evaluated: input.evaluated,
      ...(input.scopeNote !== undefined ? { scopeNote: input.scopeNote || null } : {}),
    }).then((row) => row ?? before),
  );
}
