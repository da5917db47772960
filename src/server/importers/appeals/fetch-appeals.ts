/**
 * eOtinish offers bodies an export (CSV/XLSX) but no public API: imports are by file. A scheduled
 * connector would implement this and hand the file to services/imports.
 */
export interface AppealsSource {
  exportAppeals(bodyCode: string, from: Date, to: Date, file: string): Promise<void>;
}
