import { rateTenths, type Band } from "./bands.ts";
import { EvaluationError } from "./errors.ts";
import type { ExplanationLine } from "./explanation.ts";
import { zeroReasonsFor, type OpenAccessInput, type ZeroReason } from "./open-access.ts";
import {
  multiply,
  rational,
  roundHalfUpToTenths,
  tenthsToNumber,
  tenthsToString,
  toFractionString,
  type Rational,
} from "./rational.ts";
import type { RuleSet } from "./rule-sets.ts";
import { isNothingReceived } from "./result-status.ts";

/** §22's four counts for one body and period, plus what §23 needs to know about open access. */
export interface BodyFigures {
  /** Accepted remarks and/or proposals (§20.1, counted per `countsInB`). */
  B: number;
  /** All remarks and/or proposals received (§20.1); each item counts, form letters included. */
  C: number;
  /** Comments answered (§20.2). */
  E: number;
  /** All comments received (§20.2). */
  G: number;
  openAccess?: OpenAccessInput;
  /**
   * §16 slots required in the period with no publication in open access and no exemption
   * (evidence-zeroing.ts): any zeroes F with "resultsNotPublished" (§23).
   */
  unpublishedResults?: readonly string[];
  /** Item ids behind B/C and E/G, passed through so a reader can audit what was counted. */
  countedItems?: CountedItems;
}

export interface CountedItems {
  remarks?: string[];
  comments?: string[];
}

export interface RatioResult {
  /** Reduced fraction "n/d". */
  value: string;
  /** True when the denominator was 0 and §22 set the ratio to 1. */
  defaulted: boolean;
}

export interface IndicatorResult {
  /** F in percent, rounded half-up to one decimal. */
  F: number;
  /** F in percent as an exact reduced fraction (after zeroing). */
  exact: { numerator: string; denominator: string };
  band: Band;
  zeroed: boolean;
  zeroReasons: ZeroReason[];
  /** C = G = 0: F is only the §22 default and says nothing about the body (see result-status.ts). */
  nothingReceived: boolean;
  B: number;
  C: number;
  E: number;
  G: number;
  ratios: { remarks: RatioResult; comments: RatioResult };
  rulesVersion: string;
  explanation: ExplanationLine[];
  countedItems?: CountedItems;
}

function checkFigures({ B, C, E, G }: BodyFigures): void {
  for (const [name, v] of Object.entries({ B, C, E, G })) {
    if (!Number.isSafeInteger(v) || v < 0) {
      throw new EvaluationError("figuresInconsistent", { field: name, value: String(v) });
    }
  }
  // More accepted than received (or answered than received) means the summary is wrong, not F > 100%.
  if (B > C) throw new EvaluationError("figuresInconsistent", { field: "B", value: `${B} > C = ${C}` });
  if (E > G) throw new EvaluationError("figuresInconsistent", { field: "E", value: `${E} > G = ${G}` });
}

function ratio(part: number, whole: number): { r: Rational; result: RatioResult } {
  // §22: "where none were received, the ratio equals 1".
  const r = whole === 0 ? rational(1) : rational(part, whole);
  return { r, result: { value: toFractionString(r), defaulted: whole === 0 } };
}

/** "27/40" or "20/20 = 1" — the reduced form only when it differs, so the line reads naturally. */
function showRatio(part: number, whole: number, r: Rational): string {
  const raw = `${part}/${whole}`;
  const reduced = r.d === 1n ? r.n.toString() : toFractionString(r);
  return raw === reduced ? raw : `${raw} = ${reduced}`;
}

function showExact(r: Rational): string {
  return r.d === 1n ? r.n.toString() : toFractionString(r);
}

export function computeIndicator(figures: BodyFigures, rules: RuleSet): IndicatorResult {
  checkFigures(figures);
  const { B, C, E, G } = figures;
  const remarks = ratio(B, C);
  const comments = ratio(E, G);
  const computed = multiply(multiply(remarks.r, comments.r), rational(100));
  const computedTenths = roundHalfUpToTenths(computed);
  const unpublished = figures.unpublishedResults ?? [];
  const zeroReasons: ZeroReason[] = [
    ...zeroReasonsFor(figures.openAccess),
    ...(unpublished.length > 0 ? (["resultsNotPublished"] as const) : []),
  ];
  const zeroed = zeroReasons.length > 0;
  const exact = zeroed ? rational(0) : computed;
  const tenths = zeroed ? 0n : computedTenths;
  const band = rateTenths(Number(tenths), rules.bandEdges);
  const F = tenthsToNumber(tenths);

  const explanation: ExplanationLine[] = [
    { key: "explain.rules", params: { version: rules.version, effectiveFrom: rules.effectiveFrom } },
    // §8 of docs/methodology.md: say when the version's date is estimated or its new text is missing (audit 1e).
    ...(rules.effectiveFromEstimated ? [{ key: "explain.rulesEstimated", params: {} } as const] : []),
    ...(rules.textMissing.length > 0
      ? [{ key: "explain.rulesTextMissing", params: { paragraphs: rules.textMissing.join(", ") } } as const]
      : []),
    remarks.result.defaulted
      ? { key: "explain.remarksDefaulted", params: {} }
      : { key: "explain.remarksRatio", params: { fraction: showRatio(B, C, remarks.r) } },
    comments.result.defaulted
      ? { key: "explain.commentsDefaulted", params: {} }
      : { key: "explain.commentsRatio", params: { fraction: showRatio(E, G, comments.r) } },
    { key: "explain.formula", params: { exact: showExact(computed) } },
    { key: "explain.rounded", params: { F: tenthsToString(computedTenths) } },
  ];
  if (zeroed) {
    explanation.push({ key: "explain.zeroed", params: { computed: tenthsToString(computedTenths) } });
    for (const reason of zeroReasons)
      explanation.push({
        key: `zero.${reason}`,
        params: reason === "resultsNotPublished" ? { slots: unpublished.join(", ") } : {},
      });
  }
  explanation.push({ key: "explain.band", params: { F: tenthsToString(tenths), band } });
  const nothingReceived = isNothingReceived(figures);
  if (nothingReceived) explanation.push({ key: "explain.nothingReceived", params: {} });

  const result: IndicatorResult = {
    F,
    exact: { numerator: exact.n.toString(), denominator: exact.d.toString() },
    band,
    zeroed,
    zeroReasons,
    nothingReceived,
    B,
    C,
    E,
    G,
    ratios: { remarks: remarks.result, comments: comments.result },
    rulesVersion: rules.version,
    explanation,
  };
  if (figures.countedItems) result.countedItems = figures.countedItems;
  return result;
}
