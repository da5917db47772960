/** Shapes of the §15 review API (src/server/http/review/review.schema.ts), as the UI reads them. */
export const REVIEW_STATUSES = ["submitted", "returned", "approved"] as const;
export const ACTION_STATUSES = ["open", "in_progress", "done"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface Review {
  id: string;
  bodyId: string;
  quarter: string;
  status: ReviewStatus;
  currentVersion: number;
  decidedBy: string | null;
  decidedAt: string | null;
  createdAt: string;
  updatedAt: string;
  generatedDocument: string;
}
export interface ReviewVersion {
  version: number;
  summary: string | null;
  recommendations: string[];
  documentUrl: string | null;
  submittedBy: string | null;
  submittedByLabel: string;
  submittedAt: string;
  returnComments: string | null;
  returnedBy: string | null;
  returnedAt: string | null;
}
export interface ReviewAction {
  id: string;
  reviewId: string;
  bodyId: string;
  unitName: string;
  description: string;
  dueOn: string;
  status: ActionStatus;
  note: string | null;
  assignedBy: string | null;
  assignedAt: string;
  updatedBy: string | null;
  updatedAt: string;
  doneAt: string | null;
}
export interface ReviewDetail {
  review: Review;
  versions: ReviewVersion[];
  actions: ReviewAction[];
}

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
