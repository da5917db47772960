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

/** Renders one line; a `band` param is itself translated so "medium" reads as the band's name. */
export function localizeLine(line: ExplanationLine, locale: Locale): string {
  const params: MessageParams = { ...line.params };
  if (isBand(params.band)) params.band = translate(evaluationMessages, locale, `band.${params.band}`);
  return translate(evaluationMessages, locale, line.key, params);
}

export function localizeExplanation(lines: readonly ExplanationLine[], locale: Locale): string[] {
  return lines.map((line) => localizeLine(line, locale));
}
