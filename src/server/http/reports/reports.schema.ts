/** Wire shapes (zod) of the reports routes; the routes validate and document with these. */
import { z } from "zod";
import { REPORT_FORMATS } from "../../reports/render/render-report.ts";

export const fileQuery = z.object({
  /** docx (default), xlsx, pdf or csv. */
  format: z.enum(REPORT_FORMATS).default("docx"),
  /** The document's language; default: the caller's. */
  lang: z.enum(["kk", "ru", "en"]).optional(),
});
