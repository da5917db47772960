/** One entry point for every format: the bytes, the content type and the file extension. */
import type { ReportDocument } from "../../../domain/reports/document.ts";
import { renderCsv } from "./csv.ts";
import { renderDocx } from "./docx.ts";
import { renderPdf } from "./pdf.ts";
import { renderXlsx } from "./xlsx.ts";

export const REPORT_FORMATS = ["docx", "xlsx", "pdf", "csv"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const CONTENT_TYPES: Record<ReportFormat, string> = {
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
  /** The same name, non-ASCII letters kept, for Content-Disposition's filename*. */
  displayName: string;
}

/** One part of a file name: no separators, spaces or characters file systems refuse. */
const namePart = (text: string, ascii: boolean) => {
  const cleaned = text.normalize("NFC").replace(/[\\/:*?"<>|\u0000-\u001f\s_]+/g, "-");
  return (ascii ? cleaned.replace(/[^A-Za-z0-9.-]+/g, "-") : cleaned)
    .replace(/-{3,}/g, "--")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
};

/**
 * `<body code>_<document>_<period>_<lang>.<ext>`, e.g. "MINFIN_submission_2025-Q1_kk.docx": a
 * registry clerk sees whose, what, for when and in which language without opening it. The ASCII
 * form is the Content-Disposition fallback and the CLI's default; the other keeps a body code
 * written in Cyrillic as it is, for filename* (RFC 5987).
 */
export function reportFileName(doc: ReportDocument, format: ReportFormat, ascii = true): string {
  const parts = doc.fileParts ?? { bodyCode: doc.fileStem, period: "" };
  const name = [parts.bodyCode, doc.kind, parts.period, doc.locale]
    .map((p) => namePart(p, ascii))
    .filter(Boolean)
    .join("_");
  return `${name}.${format}`;
}

export async function renderReport(doc: ReportDocument, format: ReportFormat): Promise<RenderedReport> {
  const bytes =
    format === "docx"
      ? await renderDocx(doc)
      : format === "xlsx"
        ? await renderXlsx(doc)
        : format === "pdf"
          ? await renderPdf(doc)
          : renderCsv(doc);
  return {
    bytes,
    contentType: CONTENT_TYPES[format],
    fileName: reportFileName(doc, format),
    displayName: reportFileName(doc, format, false),
  };
}
