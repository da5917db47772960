/**
 * "Awaiting me" for the body's officer and head (issue 13): the items assigned to me (overdue ones
 * marked), what is overdue (mine; for the head, the whole team's, with the assignee), and the §15
 * reviews waiting on me (returned ones for the officer to revise; submitted ones for the head).
 */
import type { Actor, AppContext } from "../../context.ts";
import { AppError } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { listReviews } from "../../repositories/review.repository.ts";
import { listBodyOverdueAssignments, listColleagues } from "../../repositories/teamwork.repository.ts";
import { kazakhstanToday } from "../period.ts";
import { listAwaitingMe } from "./list-awaiting-me.ts";

export async function readAwaiting(ctx: AppContext, actor: Actor, today = kazakhstanToday()) {
  if (!actor.userId) throw new AppError("not_authenticated");
  authorize(actor, "item.decide", actor.bodyId);
  const bodyId = actor.bodyId!;
  const head = actor.role === "body_head";
  const [mine, team, reviews] = await Promise.all([
    listAwaitingMe(ctx, actor),
    head ? listBodyOverdueAssignments(ctx.database.db, bodyId, today, 200) : Promise.resolve(null),
    listReviews(ctx.database.db, { bodies: [bodyId], status: head ? "submitted" : "returned" }),
  ]);
  const assigned = mine.map((i) => ({ ...i, overdue: i.dueOn !== null && i.dueOn < today }));
  const overdue =
    team ??
    assigned
      .filter((i) => i.overdue)
      .map((i) => ({ ...i, dueOn: i.dueOn!, assigneeId: actor.userId!, assigneeName: null as string | null }));
  return {
    today,
    assigned,
    overdue,
    reviews: reviews.map((r) => ({ id: r.id, year: r.periodYear, quarter: r.periodQuarter, status: r.status })),
  };
}

/** Whom the body's items may be assigned to. */
export async function listAssignableColleagues(ctx: AppContext, actor: Actor, bodyId: string) {
  authorize(actor, "item.decide", bodyId);
  return listColleagues(ctx.database.db, bodyId);
}
