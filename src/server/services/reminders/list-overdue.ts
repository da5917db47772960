/** The ministry's view across bodies: every in-scope body's overdue duties, worst first. */
import type { Duty } from "../../../domain/compliance/compute-due-duties.ts";
import { addDays } from "../../../domain/compliance/compute-due-duties.ts";
import type { Actor, AppContext } from "../../context.ts";
import { authorize } from "../../policies/policy.ts";
import { listInScopeBodies, type BodyRow } from "../../repositories/body.repository.ts";
import { computeBodyCalendars } from "../compliance/compute-body-calendar.ts";
import { kazakhstanToday } from "../reports/report-scope.ts";
import { OVERDUE_LOOKBACK_DAYS } from "./build-daily-digests.ts";

export interface BodyOverdue {
  body: BodyRow;
  duties: Duty[];
}

export async function listOverdueDuties(
  ctx: AppContext,
  actor: Actor,
  options: { today?: string; from?: string } = {},
): Promise<{ today: string; from: string; bodies: BodyOverdue[] }> {
  authorize(actor, "compliance.overview");
  const today = options.today ?? kazakhstanToday();
  const from = options.from ?? addDays(today, -OVERDUE_LOOKBACK_DAYS);
  const out: BodyOverdue[] = [];
  const bodies = await listInScopeBodies(ctx.database.db);
  const calendars = await computeBodyCalendars(
    ctx,
    actor,
    bodies.map((b) => b.id),
    { from, to: today },
    today,
  );
  for (const body of bodies) {
    const overdue = calendars.get(body.id)!.filter((d) => d.status === "overdue");
    if (overdue.length) out.push({ body, duties: overdue });
  }
  out.sort((a, b) => b.duties.length - a.duties.length || a.body.code.localeCompare(b.body.code));
  return { today, from, bodies: out };
}
