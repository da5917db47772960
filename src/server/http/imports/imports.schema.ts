import { z } from "zod";
import { IMPORTERS } from "../../importers/shared/types.ts";
import type { ImportRunRow } from "../../repositories/import-run.repository.ts";
import { IMPORT_RUN_STATUSES } from "../../db/schema-intake.ts";
import { describeProblem } from "../../services/imports/describe-problem.ts";
import { iso } from "../common.schema.ts";
import type { Locale } from "../../../i18n/index.ts";

export const uploadQuery = z.object({
  channel: z.enum(IMPORTERS),
  bodyId: z.uuid(),
  /** The original file name, shown in the list of runs. */
  fileName: z.string().trim().min(1).max(200).optional(),
  lang: z.enum(["kk", "ru", "en"]).optional(),
});

export const runSchema = z.object({
  id: z.string(),
  bodyId: z.string(),
  importer: z.string(),
  fileName: z.string(),
  status: z.enum(IMPORT_RUN_STATUSES),
  encoding: z.string().nullable(),
  rowsRead: z.number(),
  added: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  rejected: z.number(),
  /** Share of the file read so far, 0..1 (live progress while the run is going). */
  progress: z.number(),
  warnings: z.array(z.string()),
  error: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  reportUrl: z.string(),
});

export function presentRun(run: ImportRunRow, locale: Locale): z.infer<typeof runSchema> {
  return {
    id: run.id,
    bodyId: run.bodyId,
    importer: run.importer,
    fileName: run.fileName,
    status: run.status,
    encoding: run.encoding,
    rowsRead: run.rowsRead,
    added: run.added,
    updated: run.updated,
    unchanged: run.unchanged,
    rejected: run.rejected,
    progress: run.status === "done" ? 1 : run.fileBytes > 0 ? Math.min(1, run.bytesDone / run.fileBytes) : 0,
    warnings: run.warnings.map((w) => describeProblem(locale, w.code, w.params)),
    error: run.error,
    startedAt: iso(run.startedAt)!,
    finishedAt: iso(run.finishedAt),
    reportUrl: `/api/imports/${run.id}/rejected.csv`,
  };
}

export const publicFeedbackBody = z.object({
  bodyId: z.uuid(),
  initiativeId: z.uuid().nullable().optional(),
  kind: z.enum(["comment", "proposal", "remark"]).default("comment"),
  text: z.string().trim().min(3).max(5_000),
  idempotencyKey: z.string().trim().min(8).max(100).optional(),
  /** Leave out to write anonymously. */
  author: z
    .object({
      name: z.string().trim().max(200).nullable().optional(),
      email: z.email().max(200).nullable().optional(),
      phone: z
        .string()
        .trim()
        .regex(/^[+\d][\d\s()-]{5,20}$/)
        .nullable()
        .optional(),
    })
    .nullable()
    .optional(),
});
