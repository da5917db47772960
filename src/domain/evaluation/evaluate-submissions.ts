import { calendarPeriodKind, isIsoDate, type PeriodKind } from "./dates.ts";
import { EvaluationError } from "./errors.ts";
import { computeIndicator, type IndicatorResult } from "./indicator.ts";
import { rulesFor, type RuleSet } from "./rule-sets.ts";
import { resultStatus, type ResultStatus } from "./result-status.ts";
import {
  isRecord,
  validateSubmission,
  type Submission,
  type SubmissionError,
  type Validated,
} from "./validate-submission.ts";

import { METHODOLOGY_START, periodProblem } from "./round-period.ts";

export { METHODOLOGY_START };

export interface EvaluationPeriod {
  from: string;
  to: string;
}

export interface EvaluationInput {
  period: EvaluationPeriod;
  bodies: Submission[];
}

export interface BodyResult extends IndicatorResult {
  id: string;
  name: string;
  /** Every body of a §20 input submitted, so this is "evaluated" or "nothing_received" (result-status.ts). */
  status: ResultStatus;
}

export interface EvaluationOutcome {
  period: EvaluationPeriod & { kind: PeriodKind };
  rules: RuleSet;
  results: BodyResult[];
}

function validatePeriod(
  raw: unknown,
  errors: SubmissionError[],
): (EvaluationPeriod & { kind: PeriodKind }) | undefined {
  if (raw === undefined) return void errors.push({ field: "period", code: "missing", params: {} });
  if (!isRecord(raw)) return void errors.push({ field: "period", code: "notAnObject", params: { value: String(raw) } });
  const { from, to } = raw;
  let ok = true;
  for (const [field, v] of [
    ["period.from", from],
    ["period.to", to],
  ] as const) {
    if (v === undefined) errors.push({ field, code: "missing", params: {} });
    else if (!isIsoDate(v)) errors.push({ field, code: "badDate", params: { value: String(v) } });
    else continue;
    ok = false;
  }
  if (!ok) return undefined;
  const period = { from: from as string, to: to as string };
  // The same rule as rounds opened through the API (round-period.ts).
  const problem = periodProblem(period.from, period.to);
  if (problem) {
    const field = problem.code === "notCalendarPeriod" ? "period" : "period.from";
    errors.push({ field, code: problem.code, params: problem.params });
    return undefined;
  }
  return { ...period, kind: calendarPeriodKind(period.from, period.to)! };
}

/** Validates the whole §20 input: the period, every body, and that body ids are unique. */
export function validateEvaluationInput(raw: unknown): Validated<EvaluationInput & { period: { kind: PeriodKind } }> {
  const errors: SubmissionError[] = [];
  if (!isRecord(raw)) {
    return { ok: false, errors: [{ field: "", code: "notAnObject", params: { value: String(raw) } }] };
  }
  const period = validatePeriod(raw.period, errors);
  const bodies: Submission[] = [];
  if (raw.bodies === undefined) errors.push({ field: "bodies", code: "missing", params: {} });
  else if (!Array.isArray(raw.bodies)) errors.push({ field: "bodies", code: "notAnArray", params: {} });
  else if (raw.bodies.length === 0) errors.push({ field: "bodies", code: "empty", params: {} });
  else {
    const firstIndexById = new Map<string, number>();
    raw.bodies.forEach((item: unknown, index: number) => {
      const checked = validateSubmission(item, index);
      if (!checked.ok) errors.push(...checked.errors);
      else bodies.push(checked.value);
      const id = isRecord(item) && typeof item.id === "string" ? item.id : undefined;
      if (id === undefined || id.trim() === "") return;
      const first = firstIndexById.get(id);
      if (first === undefined) firstIndexById.set(id, index);
      else {
        const name = isRecord(item) && typeof item.name === "string" ? item.name : undefined;
        errors.push({
          bodyId: id,
          ...(name ? { bodyName: name } : {}),
          bodyIndex: index,
          field: "id",
          code: "duplicateId",
          params: { id, firstNumber: first + 1 },
        });
      }
    });
  }
  if (errors.length > 0 || !period) return { ok: false, errors };
  return { ok: true, value: { period, bodies } };
}

/** Validates, picks the rules in force at the period's end, and computes F for every body. */
export function evaluateSubmissions(raw: unknown): Validated<EvaluationOutcome> {
  const checked = validateEvaluationInput(raw);
  if (!checked.ok) return checked;
  const { period, bodies } = checked.value;
  let rules: RuleSet;
  try {
    rules = rulesFor(period.to);
  } catch (e) {
    if (e instanceof EvaluationError && e.code === "noRulesInForce") {
      return { ok: false, errors: [{ field: "period.to", code: "noRulesInForce", params: e.params }] };
    }
    throw e;
  }
  const results = bodies.map((body): BodyResult => {
    const indicator = computeIndicator(
      {
        B: body.remarks.accepted,
        C: body.remarks.received,
        E: body.comments.answered,
        G: body.comments.received,
        ...(body.openAccess !== undefined ? { openAccess: body.openAccess } : {}),
        ...(body.countedItems ? { countedItems: body.countedItems } : {}),
      },
      rules,
    );
    return {
      id: body.id,
      name: body.name,
      ...indicator,
      status: resultStatus({ submitted: true, C: indicator.C, G: indicator.G }),
    };
  });
  return { ok: true, value: { period, rules, results } };
}
