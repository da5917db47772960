/**
 * Designates a body's first head (§15: reviews the quarterly analysis and assigns actions) or its
 * responsible person (§14–§15: prepares the analysis, answers for the body's feedback work), or
 * clears the designation. The first head must be an active head-of-body account of that body; the
 * responsible person an active officer or head of it.
 */
import type { Actor, AppContext } from "../../context.ts";
import { transaction } from "../../context.ts";
import type { BodyDuty } from "../../db/index.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import {
  clearBodyOfficial,
  findBodyOfficial,
  findUserById,
  setBodyOfficial,
} from "../../repositories/account.repository.ts";
import { findBody } from "../../repositories/body.repository.ts";
import { actorAudit } from "./account-rules.ts";

export async function designateBodyOfficial(
  ctx: AppContext,
  actor: Actor,
  bodyId: string,
  duty: BodyDuty,
  userId: string | null,
): Promise<void> {
  authorize(actor, "user.manage");
  await transaction(ctx, async (tx) => {
    if (!(await findBody(tx, bodyId))) throw notFound("body");
    const before = await findBodyOfficial(tx, bodyId, duty);
    if (userId === null) {
      await clearBodyOfficial(tx, bodyId, duty);
    } else {
      const user = await findUserById(tx, userId);
      if (!user) throw notFound("user");
      const fits =
        user.active &&
        user.bodyId === bodyId &&
        (duty === "first_head" ? user.role === "body_head" : user.role === "body_officer" || user.role === "body_head");
      if (!fits) {
        throw new AppError("validation_failed", {
          details:
            duty === "first_head"
              ? "the first head (§15) must be an active head of this body"
              : "the responsible person (§14–§15) must be an active officer or head of this body",
        });
      }
      await setBodyOfficial(tx, bodyId, duty, userId, actor.userId);
    }
    await appendAudit(tx, {
      ...actorAudit(actor),
      action: "body.designate",
      entity: "state_body",
      entityId: bodyId,
      bodyId,
      before: before ? { duty, userId: before.userId } : null,
      after: userId ? { duty, userId } : null,
    });
  });
}
