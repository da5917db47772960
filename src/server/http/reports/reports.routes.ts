/**
 * Documents as files: GET returns the DOCX, XLSX, PDF or CSV itself, named for download. Body
 * documents need the body's own officer or head, or the ministry (services/reports/report-scope.ts).
 */
import { z } from "zod";
import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.ts";
import { type RenderedReport } from "../../reports/render/render-report.ts";
import { produceReport } from "../../services/reports/produce-report.ts";
import { requireActor } from "../plugins/auth.ts";
import { errorSchema, uuidParam } from "../common.schema.ts";
import { fileQuery } from "./reports.schema.ts";

const BODY_REPORTS = ["submission", "results", "quarterly", "topics", "council"] as const;

/** The reports of one subject (an initiative, a round) rather than of a body and period. */
const SUBJECT_REPORTS = [
  {
    kind: "discussion",
    summary: "Public-discussion report of a draft act or budget program (§7, §11), as a file",
  },
  { kind: "evaluation", summary: "Evaluation results of a round: ranking, bands, explanations (§20–§23), as a file" },
] as const;

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };

/** RFC 6266: an ASCII fallback for old clients, and the UTF-8 title for the rest. */
export function contentDisposition(file: RenderedReport): string {
  const ascii = file.fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  const encoded = encodeURIComponent(file.displayName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

function sendFile(reply: FastifyReply, file: RenderedReport) {
  return reply
    .header("content-disposition", contentDisposition(file))
    .header("cache-control", "no-store")
    .type(file.contentType)
    .send(file.bytes);
}

export const reportsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    // A report of one subject (a draft's discussion, a round's results): the two differ only in what they are.
    for (const { kind, summary } of SUBJECT_REPORTS)
      app.get(
        `/api/reports/${kind}/:id`,
        { schema: { tags: ["reports"], summary, params: uuidParam, querystring: fileQuery, response: errors } },
        async (request, reply) =>
          sendFile(
            reply,
            await produceReport(ctx, requireActor(request), {
              kind,
              subjectId: request.params.id,
              locale: request.query.lang ?? request.locale,
              format: request.query.format,
            }),
          ),
      );

    app.get(
      "/api/reports/bodies/:id/:kind",
      {
        schema: {
          tags: ["reports"],
          summary:
            "A body's document for a period: §20 information (submission), §16 results, §14 quarterly analysis, §17 topics, §12 council pack",
          params: uuidParam.extend({ kind: z.enum(BODY_REPORTS) }),
          querystring: fileQuery.extend({
            /** "2025", "2025-H1" or "2025-Q1". */
            period: z.string().regex(/^\d{4}(-(Q[1-4]|H[12]))?$/i, "use 2025, 2025-H1 or 2025-Q1"),
          }),
          response: errors,
        },
      },
      async (request, reply) =>
        sendFile(
          reply,
          await produceReport(ctx, requireActor(request), {
            kind: request.params.kind,
            subjectId: request.params.id,
            period: request.query.period,
            locale: request.query.lang ?? request.locale,
            format: request.query.format,
          }),
        ),
    );
  };
