/** dialog.egov.kz has no public API: conference and survey results are imported from its export. */
export interface DialogPortalSource {
  exportEvents(bodyCode: string, file: string): Promise<void>;
}
