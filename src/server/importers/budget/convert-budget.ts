/**
 * budget.egov.kz export (§9–§13): `{ document: {id, title, type: "program"|"report", developer, …},
 * comments: [...] }` — the draft budget program or implementation report and its feedback, with
 * the same statuses and replies as the legal-acts portal (acceptances refer to the budget program).
 */
import {
  convertPortalCard,
  convertPortalComment,
  type PortalCard,
  type PortalComment,
} from "../shared/portal-comments.ts";
import type { ConvertResult, NormalisedInitiative } from "../shared/types.ts";

export const BUDGET_SOURCE = "budget";

export function convertBudgetDocument(header: Record<string, unknown>): NormalisedInitiative | null {
  const card = header.document as (PortalCard & { type?: unknown }) | undefined;
  const isReport = /report|отч[её]т|есеп/i.test(String(card?.type ?? ""));
  return convertPortalCard(BUDGET_SOURCE, isReport ? "budget_report" : "draft_budget_program", card);
}

export function convertBudgetComment(documentRef: string, comment: unknown): ConvertResult {
  return convertPortalComment(BUDGET_SOURCE, "budget_program", documentRef, (comment ?? {}) as PortalComment);
}
