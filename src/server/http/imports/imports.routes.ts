/**
 * Intake over HTTP: upload a channel's export as a body officer (the import runs in the background;
 * its progress and counts are listed), download a run's rejected rows as CSV, download the generic
 * template, and the public feedback form (anonymous or identified, rate-limited).
 */
import { createWriteStream, rmSync } from "node:fs";
import { PRIVATE_FILE_MODE, uploadsDir } from "../../private-files.ts";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { z } from "zod";
import ExcelJS from "exceljs";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { FastifyRequest } from "fastify";
import type { AppContext } from "../../context.ts";
import { AppError } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { LOCALES, translate, type Locale } from "../../../i18n/index.ts";
import { importMessages } from "../../../i18n/messages/imports.ts";
import { startImport } from "../../services/imports/import-file.ts";
import { getRun, listRuns } from "../../services/imports/list-import-runs.ts";
import { readRejectedRows } from "../../services/imports/read-rejected-rows.ts";
import { submitPublicFeedback } from "../../services/imports/submit-public-feedback.ts";
import { describeProblem } from "../../services/imports/describe-problem.ts";
import { UnreadableFileError } from "../../importers/shared/encoding.ts";
import { TEMPLATE_EXAMPLE, TEMPLATE_LABELS, type TemplateKey } from "../../importers/template/template-columns.ts";
import { neutraliseText } from "../../reports/render/cells.ts";
import { requireActor } from "../plugins/auth.ts";
import { errorSchema, pagedOf, pageQuery, uuidParam } from "../common.schema.ts";
import { presentRun, publicFeedbackBody, runSchema, uploadQuery } from "./imports.schema.ts";

const UPLOAD_LIMIT = 1024 * 1024 * 1024; // 1 GiB: national exports are large, and the body is streamed to disk
const UPLOAD_TYPES = [
  "application/octet-stream",
  "text/csv",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
];

function csvField(value: string | number | null): string {
  if (value === null) return "";
  const text = neutraliseText(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const importsRoutes =
  (ctx: AppContext, options: { publicFormPerBodyHour?: number } = {}): FastifyPluginAsyncZod =>
  async (app) => {
    // Beside the per-address limit: however many addresses a sender has, one body's inbox takes at
    // most this many anonymous submissions an hour, so a flood cannot bury its figures (W2).
    // (A second limiter, not route config: the plugin runs one route limiter per request.)
    const bodyLimit = app.createRateLimit({
      max: options.publicFormPerBodyHour ?? 300,
      timeWindow: "1 hour",
      keyGenerator: (request) => `public-form:${(request.body as { bodyId?: string } | undefined)?.bodyId ?? "-"}`,
    });
    const perBody = async (request: FastifyRequest) => {
      const limit = await bodyLimit(request);
      if (!limit.isAllowed && limit.isExceeded) throw new AppError("rate_limited", { seconds: limit.ttlInSeconds });
    };
    // Uploads arrive as the raw file: handed over as a stream, never buffered whole in memory.
    app.addContentTypeParser(UPLOAD_TYPES, { bodyLimit: UPLOAD_LIMIT }, (_request, payload, done) =>
      done(null, payload),
    );

    app.post(
      "/api/imports",
      {
        bodyLimit: UPLOAD_LIMIT,
        schema: {
          tags: ["imports"],
          summary:
            "Upload a channel's export file (raw body, application/octet-stream); the import runs in the background",
          description:
            "Answers 202 with the run; poll GET /api/imports/{id} for its progress. Uploading the same file again resumes an unfinished run or re-imports idempotently.",
          querystring: uploadQuery,
          response: {
            202: runSchema,
            400: errorSchema,
            401: errorSchema,
            403: errorSchema,
            415: errorSchema,
            422: errorSchema,
          },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const { channel, bodyId, fileName } = request.query;
        authorize(actor, "item.create", bodyId);
        if (!(request.body instanceof Readable))
          throw new AppError("validation_failed", {
            details: "send the file as the raw request body (application/octet-stream)",
          });
        // Appeal exports are full of personal data: a private directory, files for this user only (W13).
        const file = path.join(uploadsDir(), randomUUID());
        try {
          await pipeline(request.body, createWriteStream(file, { mode: PRIVATE_FILE_MODE, flags: "wx" }));
          const started = await startImport(ctx, actor, {
            importer: channel,
            file,
            fileName: fileName ?? `${channel} upload`,
            bodyId,
          });
          started.done
            .catch((error: unknown) => ctx.log.warn({ err: error, runId: started.run?.id }, "import failed"))
            .finally(() => rmSync(file, { force: true }));
          return reply.status(202).send(presentRun(started.run!, request.locale));
        } catch (error) {
          rmSync(file, { force: true });
          if (error instanceof UnreadableFileError) {
            return reply.status(422).send({
              error: {
                code: "validation_failed",
                message: describeProblem(request.locale, error.code, error.params),
                details: { code: error.code },
              },
            });
          }
          throw error;
        }
      },
    );

    app.get(
      "/api/imports",
      {
        schema: {
          tags: ["imports"],
          summary: "Import runs with their progress and counts, newest first",
          querystring: pageQuery.extend({ bodyId: z.uuid().optional() }),
          response: { 200: pagedOf(runSchema), 401: errorSchema, 403: errorSchema },
        },
      },
      async (request) => {
        const { bodyId, limit, offset } = request.query;
        const page = await listRuns(ctx, requireActor(request), bodyId, { limit, offset });
        return { ...page, items: page.items.map((r) => presentRun(r, request.locale)) };
      },
    );

    app.get(
      "/api/imports/:id",
      {
        schema: {
          tags: ["imports"],
          summary: "One import run (live progress while it runs)",
          params: uuidParam,
          response: { 200: runSchema, 401: errorSchema, 404: errorSchema },
        },
      },
      async (request) => presentRun(await getRun(ctx, requireActor(request), request.params.id), request.locale),
    );

    app.get(
      "/api/imports/:id/rejected.csv",
      {
        schema: {
          tags: ["imports"],
          summary: "The run's rejected rows as CSV: line, reason (in the caller's language), the row as read",
          description:
            "The row as read (it may hold an appellant's personal data) only for the body's officers and head, and every such download is audited (personal.read).",
          params: uuidParam,
          querystring: z.object({ lang: z.enum(["kk", "ru", "en"]).optional() }),
          response: { 401: errorSchema, 404: errorSchema },
        },
      },
      async (request, reply) => {
        const { run, withRaw, rows } = await readRejectedRows(ctx, requireActor(request), request.params.id);
        const locale = request.locale;
        const header = [
          translate(importMessages, locale, "report.line"),
          translate(importMessages, locale, "report.reason"),
          ...(withRaw ? [translate(importMessages, locale, "report.raw")] : []),
        ];
        const lines = (async function* () {
          yield `\uFEFF${header.map(csvField).join(",")}\r\n`;
          for await (const r of rows)
            yield `${[r.line, describeProblem(locale, r.code, r.params), ...(withRaw ? [r.raw ?? ""] : [])].map(csvField).join(",")}\r\n`;
        })();
        return reply
          .header("content-type", "text/csv; charset=utf-8")
          .header("content-disposition", `attachment; filename="pikir-import-${run.id}-rejected.csv"`)
          .header("cache-control", "no-store")
          .send(Readable.from(lines) as never);
      },
    );

    app.get(
      "/api/imports/template",
      {
        schema: {
          tags: ["imports"],
          summary: "The generic import template (CSV or XLSX) with headers in kk, ru or en",
          querystring: z.object({ format: z.enum(["csv", "xlsx"]).default("csv"), lang: z.enum(LOCALES).optional() }),
          response: { 400: errorSchema },
        },
      },
      async (request, reply) => {
        const locale: Locale = request.query.lang ?? request.locale;
        const keys = Object.keys(TEMPLATE_LABELS) as TemplateKey[];
        const header = keys.map((k) => TEMPLATE_LABELS[k][locale]);
        const example = keys.map((k) => TEMPLATE_EXAMPLE[locale][k]);
        const name = `pikir-template-${locale}.${request.query.format}`;
        reply.header("content-disposition", `attachment; filename="${name}"`);
        if (request.query.format === "csv") {
          return reply
            .header("content-type", "text/csv; charset=utf-8")
            .send(`\uFEFF${header.map(csvField).join(",")}\r\n${example.map(csvField).join(",")}\r\n` as never);
        }
        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet("Pikir");
        sheet.addRow(header).font = { bold: true };
        sheet.addRow(example);
        sheet.columns.forEach((c) => {
          c.width = 22;
        });
        return reply
          .header("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
          .send(Buffer.from(await workbook.xlsx.writeBuffer()) as never);
      },
    );

    app.post(
      "/api/public/feedback",
      {
        config: { rateLimit: { max: 5, timeWindow: "1 minute" } },
        preHandler: perBody,
        schema: {
          tags: ["imports"],
          summary: "Public feedback form: write to a state body, anonymously or with contact details",
          description:
            "Contact details are kept apart from the text and shown only to the body. Send the same idempotencyKey to retry safely. Limited to 5 submissions a minute per address, and to a bound per state body an hour.",
          body: publicFeedbackBody,
          response: {
            200: z.object({ id: z.number(), created: z.boolean(), anonymous: z.boolean() }),
            201: z.object({ id: z.number(), created: z.boolean(), anonymous: z.boolean() }),
            404: errorSchema,
            429: errorSchema,
          },
        },
      },
      async (request, reply) => {
        const result = await submitPublicFeedback(ctx, request.body);
        return reply.status(result.created ? 201 : 200).send(result);
      },
    );
  };
