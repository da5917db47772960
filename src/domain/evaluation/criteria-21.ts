import type { ExplanationLine } from "./explanation.ts";
import { rational, roundHalfUpToTenths, tenthsToNumber, tenthsToString, toFractionString } from "./rational.ts";

/**
 * §21 lists three criteria the authorised body weighs "together" but gives no formula joining
 * them to each other or to F (§22). Pikir therefore reports them beside F, never folded into it.
 */
export interface Criteria21Input {
  /** §21.1: how many took part in developing projects and initiatives (counts, as recorded). */
  participation?: { items?: number; participants?: number; events?: number };
  /** §21.2: required results publications (§16) and how many of them were in open access. */
  access?: { published: number; required: number };
  /** §21.3: satisfaction in percent, from the authorised body's sociological survey. */
  satisfaction?: { percent: number; surveyId?: string };
}

export interface Criteria21Result {
  participation: { provided: boolean; items: number | null; participants: number | null; events: number | null };
  access: { provided: boolean; share: string | null; percent: number | null };
  satisfaction: { provided: boolean; percent: number | null; surveyId: string | null };
  /** Always false: the order has no formula combining §21 with F. */
  combinedWithF: false;
  explanation: ExplanationLine[];
}

function count(value: number | undefined, name: string): number | null {
  if (value === undefined) return null;
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`§21 ${name} must be a non-negative integer`);
  return value;
}

export function assessCriteria21(input: Criteria21Input): Criteria21Result {
  const explanation: ExplanationLine[] = [];

  const p = input.participation;
  const items = count(p?.items, "participation.items");
  const participants = count(p?.participants, "participation.participants");
  const events = count(p?.events, "participation.events");
  const participationProvided = items !== null || participants !== null || events !== null;
  explanation.push(
    participationProvided
      ? {
          key: "criteria.participation",
          params: { items: items ?? "—", participants: participants ?? "—", events: events ?? "—" },
        }
      : { key: "criteria.participationMissing", params: {} },
  );

  let share: string | null = null;
  let accessPercent: number | null = null;
  const a = input.access;
  if (a) {
    const published = count(a.published, "access.published") ?? 0;
    const required = count(a.required, "access.required") ?? 0;
    if (published > required) throw new RangeError("§21 access.published cannot exceed access.required");
    // Unlike §22 there is no "equals 1" rule here: with nothing required the share is undefined, not 100%.
    if (required > 0) {
      const r = rational(published, required);
      const tenths = roundHalfUpToTenths(rational(r.n * 100n, r.d));
      share = toFractionString(r);
      accessPercent = tenthsToNumber(tenths);
      explanation.push({ key: "criteria.access", params: { published, required, percent: tenthsToString(tenths) } });
    } else {
      explanation.push({ key: "criteria.accessNothingRequired", params: {} });
    }
  } else {
    explanation.push({ key: "criteria.accessMissing", params: {} });
  }

  const s = input.satisfaction;
  if (s && (!Number.isFinite(s.percent) || s.percent < 0 || s.percent > 100)) {
    throw new RangeError("§21 satisfaction.percent must be within 0..100");
  }
  explanation.push(
    s
      ? { key: "criteria.satisfaction", params: { percent: s.percent } }
      : { key: "criteria.satisfactionMissing", params: {} },
  );
  explanation.push({ key: "criteria.notCombined", params: {} });

  return {
    participation: { provided: participationProvided, items, participants, events },
    access: { provided: !!a, share, percent: accessPercent },
    satisfaction: { provided: !!s, percent: s?.percent ?? null, surveyId: s?.surveyId ?? null },
    combinedWithF: false,
    explanation,
  };
}
