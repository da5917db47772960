/**
 * Public API of the evaluation domain (order No. 17-НҚ, §20–§23). Pure: no database, HTTP or
 * file system — services load rows, call these functions and store what they return.
 */
export { BANDS, BAND_EDGES_2024, BAND_RANGES, rateIndicator, rateTenths } from "./bands.ts";
export type { Band, BandEdges } from "./bands.ts";
export { computeIndicator } from "./indicator.ts";
export type { BodyFigures, CountedItems, IndicatorResult, RatioResult } from "./indicator.ts";
export { ZERO_REASONS, zeroReasonsFor } from "./open-access.ts";
export type { OpenAccess, OpenAccessInput, ZeroReason } from "./open-access.ts";
export { RULE_SETS, rulesFor } from "./rule-sets.ts";
export type { Channel, RuleSet } from "./rule-sets.ts";
export { countsInB, REFERENCE_KINDS } from "./counts-in-b.ts";
export type { CountInB, DecisionReference, ReferenceKind, RemarkDecision } from "./counts-in-b.ts";
export { assessCriteria21 } from "./criteria-21.ts";
export type { Criteria21Input, Criteria21Result } from "./criteria-21.ts";
export { SUBMISSION_ERROR_CODES, validateSubmission } from "./validate-submission.ts";
export type { Submission, SubmissionError, SubmissionErrorCode, Validated } from "./validate-submission.ts";
export { evaluateSubmissions, METHODOLOGY_START, validateEvaluationInput } from "./evaluate-submissions.ts";
export type { BodyResult, EvaluationInput, EvaluationOutcome, EvaluationPeriod } from "./evaluate-submissions.ts";
export { calendarPeriodKind, isIsoDate } from "./dates.ts";
export type { PeriodKind } from "./dates.ts";
export { EvaluationError } from "./errors.ts";
export type { EvaluationErrorCode } from "./errors.ts";
export { localizeExplanation, localizeLine } from "./explanation.ts";
export type { ExplanationLine } from "./explanation.ts";
export { formatSubmissionError } from "./format-error.ts";
export {
  isNothingReceived,
  isResultStatus,
  officialFigure,
  rankGroup,
  rankResults,
  RESULT_STATUSES,
  resultStatus,
  summaryKey,
} from "./result-status.ts";
export type { ResultStatus, SummaryKey } from "./result-status.ts";
