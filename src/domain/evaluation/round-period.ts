/**
 * What period may be evaluated — one rule for the CLI's §20 input file and for the rounds the
 * authorised body opens through the API: a whole calendar quarter, half-year or year (§14, §16,
 * §18 work by those periods), not before the methodology, already ended (a running period cannot
 * be asked about under §20), and, for rounds, not one already being evaluated.
 */
import { calendarPeriodKind, isIsoDate, type PeriodKind } from "./dates.ts";

/** The order was adopted in January 2024; nothing before was collected under it. */
export const METHODOLOGY_START = "2024-01-01";

export type PeriodProblem =
  | { code: "badDate"; params: { value: string } }
  | { code: "periodOrder"; params: { from: string; to: string } }
  | { code: "periodBeforeMethodology"; params: { from: string; start: string } }
  | { code: "notCalendarPeriod"; params: { from: string; to: string } };

export function periodProblem(from: string, to: string): PeriodProblem | null {
  for (const value of [from, to]) if (!isIsoDate(value)) return { code: "badDate", params: { value: String(value) } };
  if (from > to) return { code: "periodOrder", params: { from, to } };
  if (from < METHODOLOGY_START) return { code: "periodBeforeMethodology", params: { from, start: METHODOLOGY_START } };
  if (!calendarPeriodKind(from, to)) return { code: "notCalendarPeriod", params: { from, to } };
  return null;
}

export interface ExistingRound {
  title: string;
  periodFrom: string;
  periodTo: string;
}

export type RoundPeriodProblem =
  | PeriodProblem
  | { code: "periodNotEnded"; params: { from: string; to: string; today: string } }
  | { code: "duplicatePeriod"; params: { from: string; to: string; title: string } };

/** `today` is the Kazakhstan calendar day; `existing` the rounds still standing (not cancelled). */
export function roundPeriodProblem(
  from: string,
  to: string,
  today: string,
  existing: readonly ExistingRound[],
): RoundPeriodProblem | null {
  const basic = periodProblem(from, to);
  if (basic) return basic;
  if (to >= today) return { code: "periodNotEnded", params: { from, to, today } };
  const same = existing.find((r) => r.periodFrom === from && r.periodTo === to);
  if (same) return { code: "duplicatePeriod", params: { from, to, title: same.title } };
  return null;
}

export function roundPeriodKind(from: string, to: string): PeriodKind | null {
  return calendarPeriodKind(from, to);
}

/**
 * Pikir's publication guard (the order sets no quorum): publishing with fewer than half of the
 * requested bodies' §20 information, or before the due date the round gave them, needs the
 * analyst's explicit confirmation — the figures of the others would be "not submitted".
 */
export const PUBLISH_QUORUM_PERCENT = 50;

export function publishNeedsConfirmation(input: {
  requested: number;
  submitted: number;
  dueOn: string | null;
  today: string;
}): boolean {
  const belowQuorum = input.requested > 0 && input.submitted * 100 < input.requested * PUBLISH_QUORUM_PERCENT;
  const beforeDue = input.dueOn !== null && input.today <= input.dueOn;
  return belowQuorum || beforeDue;
}
