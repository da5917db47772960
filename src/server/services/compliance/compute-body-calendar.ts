/**
 * A body's compliance calendar: the facts from the record, the duties from the pure rules. Plain
 * function, so the daily digest job (src/server/jobs) can call it for every body.
 */
import { computeDueDuties, dutiesInWindow, type Duty } from "../../../domain/compliance/compute-due-duties.ts";
import type { Actor, AppContext } from "../../context.ts";
import { AppError } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { gatherCalendarFacts } from "./calendar-facts.ts";
import { kazakhstanToday } from "../reports/report-scope.ts";

export interface CalendarWindow {
  from: string;
  to: string;
}

export async function computeBodyCalendar(
  ctx: AppContext,
  actor: Actor,
  bodyId: string,
  window: CalendarWindow,
  today = kazakhstanToday(),
): Promise<{ today: string; duties: Duty[] }> {
  authorize(actor, "item.read", bodyId);
  if (window.to < window.from) throw new AppError("validation_failed", { details: "to is before from" });
  const facts = await gatherCalendarFacts(ctx, bodyId, window, today);
  return { today, duties: dutiesInWindow(computeDueDuties(facts), window.from, window.to) };
}
