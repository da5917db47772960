/** Shapes of the §15 review API (src/server/http/review/review.schema.ts), inferred from its schemas. */
import type * as Api from "../../../server/http/api-contract.ts";
import type { ActionStatus, ReviewStatus } from "../../../domain/review/review-state-machine.ts";

// The statuses are the §15 state machine's own (pure constants), so the screen offers what the server accepts.
export {
  ACTION_STATUSES,
  REVIEW_STATUSES,
  type ActionStatus,
  type ReviewStatus,
} from "../../../domain/review/review-state-machine.ts";

export type Review = Api.Review;
export type ReviewAction = Api.ReviewAction;
export type ReviewDetail = Api.ReviewDetail;

export const REVIEW_STATUS_COLORS: Record<ReviewStatus, string> = {
  submitted: "blue",
  returned: "orange",
  approved: "green",
};
export const ACTION_STATUS_COLORS: Record<ActionStatus, string> = {
  open: "default",
  in_progress: "gold",
  done: "green",
};
