import type { MessageParams } from "../../i18n/index.ts";

/**
 * Thrown by the pure functions when their caller broke a precondition (e.g. rules asked for a
 * period before the order existed). The code is a catalog key suffix, so every layer can localise it.
 */
export class EvaluationError extends Error {
  constructor(
    readonly code: EvaluationErrorCode,
    readonly params: MessageParams = {},
  ) {
    super(`${code}: ${JSON.stringify(params)}`);
    this.name = "EvaluationError";
  }
}

export type EvaluationErrorCode = "badDate" | "noRulesInForce" | "figuresInconsistent";
