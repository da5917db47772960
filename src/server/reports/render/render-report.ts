/** One entry point for every format: the bytes, the content type and the file extension. */
import type { ReportDocument } from "../../../domain/reports/document.ts";
import { renderCsv } from "./csv.ts";
import { renderDocx } from "./docx.ts";
import { renderPdf } from "./pdf.ts";
import { renderXlsx } from "./xlsx.ts";

export const REPORT_FORMATS = ["docx", "xlsx", "pdf", "csv"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
  csv: "text/csv; charset=utf-8",
};

export interface RenderedReport {
  bytes: Buffer;
  contentType: string;
  /** ASCII: the Content-Disposition fallback and the CLI's default. */
  fileName: string;
  /** The document's title in its language, for Content-Disposition's filename*. */
  displayName: string;
}

/** A title as a file name: no path separators or characters file systems refuse, at most 120 long. */
export function displayFileName(title: string, format: ReportFormat): string {
  const base = title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ").replace(/\s+/g, " ").trim().slice(0, 120).trim();
  return `${base || "report"}.${format}`;
}

export async function renderReport(doc: ReportDocument, format: ReportFormat): Promise<RenderedReport> {
  const bytes = format === "docx" ? await renderDocx(doc)
    : format === "xlsx" ? await renderXlsx(doc)
    : format === "pdf" ? await renderPdf(doc)
    : renderCsv(doc);
  return {
    bytes, contentType: CONTENT_TYPES[format], fileName: `${doc.fileStem}-${doc.locale}.${format}`,
    displayName: displayFileName(doc.title, format),
  };
}
