import { translate, type Locale, type MessageParams } from "../../i18n/index.ts";
import { evaluationMessages, type EvaluationMessageKey } from "../../i18n/messages/evaluation.ts";
import { BANDS, type Band } from "./bands.ts";

/** One localisable step of an explanation: the UI and CLI render it in kk, ru or en. */
export interface ExplanationLine {
  key: EvaluationMessageKey;
  params: MessageParams;
}

function isBand(value: unknown): value is Band {
  return typeof value === "string" && (BANDS as readonly string[]).includes(value);
}

const ROMAN = ["I", "II", "III", "IV"] as const;

/** A §16 slot ("2025-Q3", "2025-final", domain/compliance/result-slots.ts) as a reader says it. */
export function slotName(slot: string, locale: Locale): string {
  const match = /^(\d{4})-(?:Q([1-4])|final)$/.exec(slot.trim());
  if (!match) return slot;
  const [, year, q] = match as unknown as [string, string, string | undefined];
  return q
    ? translate(evaluationMessages, locale, "slot.quarter", { year, quarter: ROMAN[Number(q) - 1]! })
    : translate(evaluationMessages, locale, "slot.final", { year });
}

/** The `slots` param ("2025-Q3, 2025-final") in readable form; "—" when none are known. */
export function slotNames(slots: string, locale: Locale): string {
  const names = slots
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => slotName(s, locale));
  return names.length > 0 ? names.join(", ") : "—";
}

/**
 * Renders one line; a `band` param is itself translated so "medium" reads as the band's name, and
 * the §16 `slots` of "resultsNotPublished" read as "2025 III тоқсан" (never the bare placeholder).
 */
export function localizeLine(line: ExplanationLine, locale: Locale): string {
  const params: MessageParams = { ...line.params };
  if (isBand(params.band)) params.band = translate(evaluationMessages, locale, `band.${params.band}`);
  if (typeof params.slots === "string") params.slots = slotNames(params.slots, locale);
  else if (line.key === "zero.resultsNotPublished") params.slots = "—";
  return translate(evaluationMessages, locale, line.key, params);
}

/** One zeroing reason (§23) with its parameters taken from the explanation line that carries them. */
export function localizeZeroReason(reason: string, lines: readonly ExplanationLine[], locale: Locale): string {
  const key = `zero.${reason}` as EvaluationMessageKey;
  return localizeLine(lines.find((l) => l.key === key) ?? { key, params: {} }, locale);
}

export function localizeExplanation(lines: readonly ExplanationLine[], locale: Locale): string[] {
  return lines.map((line) => localizeLine(line, locale));
}
