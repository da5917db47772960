/** One error type for the whole server; its code maps to an HTTP status at the edge. */
import { errorMessages, type ErrorCode } from "../i18n/messages/errors.ts";
import { translate, type Locale, type MessageParams } from "../i18n/index.ts";
import { evaluationMessages } from "../i18n/messages/evaluation.ts";
import type { SubmissionProblem } from "../domain/evaluation/submission-rules.ts";

const STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  not_authenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  not_found: 404,
  decision_exists: 409,
  decision_stale: 409,
  answer_exists: 409,
  not_decidable: 422,
  not_answerable: 422,
  reference_required: 422,
  reason_required: 422,
  round_not_open: 409,
  round_not_computed: 409,
  body_out_of_scope: 422,
  rate_limited: 429,
  account_locked: 423,
  cross_site_request: 403,
  identity_without_account: 403,
  identity_failed: 400,
  password_too_short: 422,
  password_common: 422,
  password_contains_name: 422,
  invitation_invalid: 410,
  email_taken: 409,
  bin_invalid: 400,
  last_administrator: 409,
  role_needs_body: 422,
  personal_data_forbidden: 403,
  conflict: 409,
  internal: 500,
  kind_outside_portal: 422,
  round_not_calendar: 400,
  round_future: 400,
  round_duplicate: 409,
  round_before_methodology: 400,
  publish_confirm_required: 409,
  cancel_reason_required: 400,
  conference_link_not_dialogue: 400,
  evidence_date_future: 400,
  announced_after_event: 400,
  review_quarter_future: 400,
  council_before_discussion: 400,
  event_not_on_dialogue_portal: 400,
  import_running: 409,
  correction_reason_required: 400,
  differences_unresolved: 409,
  exemption_reason_required: 400,
  exemption_slot_not_required: 400,
  resolution_note_required: 400,
  difference_not_found: 404,
  resolution_inconsistent: 422,
  submission_invalid: 400,
  follow_through_not_accepted: 422,
  follow_through_kind_mismatch: 422,
  evidence_stale: 409,
  evidence_withdrawn: 409,
  evidence_period_mismatch: 400,
  bulk_too_large: 422,
  assigned_elsewhere: 409,
  kind_by_reviewer: 409,
  title_required: 400,
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: MessageParams = {},
    readonly details?: unknown,
  ) {
    super(translate(errorMessages, "en", code, params));
    this.name = "AppError";
  }

  get status(): number {
    return STATUS[this.code];
  }

  messageIn(locale: Locale): string {
    return translate(errorMessages, locale, this.code, this.params);
  }
}

export const notFound = (entity: string) => new AppError("not_found", { entity });
const forbidden = () => new AppError("forbidden");

/**
 * 400 submission_invalid: every §20 problem the domain found (submission-rules.ts), each named by
 * its field and told in the caller's language; `details` keeps the codes for programs.
 */
export class SubmissionInvalidError extends AppError {
  constructor(readonly problems: readonly SubmissionProblem[]) {
    super("submission_invalid", { count: problems.length, problems: "" }, problems);
  }

  override messageIn(locale: Locale): string {
    const problems = this.problems
      .map((p) => `${p.field}: ${translate(evaluationMessages, locale, `error.${p.code}`, p.params)}`)
      .join("; ");
    return translate(errorMessages, locale, "submission_invalid", { count: this.problems.length, problems });
  }
}
