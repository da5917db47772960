/** budget.egov.kz has no API either: file import, with this seam for a future monitor. */
export interface BudgetPortalSource {
  downloadDiscussion(documentId: string, file: string): Promise<void>;
}
