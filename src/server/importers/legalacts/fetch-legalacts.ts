/**
 * legalacts.egov.kz publishes no API: a body downloads the export of its draft's discussion and
 * imports the file (`pikir import legalacts FILE`). A scheduled monitor can plug in here once the
 * portal offers one; it must hand over a file of the export's shape.
 */
export interface LegalactsSource {
  /** Writes the export of one draft's discussion to `file`. */
  downloadDiscussion(draftId: string, file: string): Promise<void>;
}
