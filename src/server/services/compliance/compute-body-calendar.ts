/**
 * A body's compliance calendar: the facts from the record, the duties from the pure rules. Plain
 * function, so the daily digest job (src/server/jobs) can call it for every body.
 */
import { computeDueDuties, dutiesInWindow, type Duty } from "../../../domain/compliance/compute-due-duties.ts";
import type { Actor, AppContext } from "../../context.ts";
import { AppError } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { gatherCalendarFactsOfBodies } from "./calendar-facts.ts";
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
  const duties = await computeBodyCalendars(ctx, actor, [bodyId], window, today);
  return { today, duties: duties.get(bodyId)! };
}

/** The calendars of many bodies with one read of the record (the ministry's list, the digest). */
export async function computeBodyCalendars(
  ctx: AppContext,
  actor: Actor,
  bodyIds: string[],
  window: CalendarWindow,
  today = kazakhstanToday(),
): Promise<Map<string, Duty[]>> {
  for (const bodyId of bodyIds) authorize(actor, "item.read", bodyId);
  if (window.to < window.from) throw new AppError("validation_failed", { details: "to is before from" });
  const facts = await gatherCalendarFactsOfBodies(ctx, bodyIds, window, today);
  return new Map(
    bodyIds.map((bodyId) => [bodyId, dutiesInWindow(computeDueDuties(facts.get(bodyId)!), window.from, window.to)]),
  );
}
