/**
 * The import screen's column-mapping preview and the monitor screen (issue 17): upload a table file
 * to see its columns with samples and what importing it under a mapping would do (nothing is
 * written); list the body's monitored portals with last and next run; set one up; run now.
 */
import { createWriteStream, rmSync } from "node:fs";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.ts";
import { AppError } from "../../errors.ts";
import { PRIVATE_FILE_MODE, uploadsDir } from "../../private-files.ts";
import { UnreadableFileError } from "../../importers/shared/encoding.ts";
import { describeProblem } from "../../services/imports/describe-problem.ts";
import { listPortalMonitors } from "../../services/imports/list-portal-monitors.ts";
import { previewColumnMap } from "../../services/imports/preview-column-map.ts";
import { runPortalMonitorNow } from "../../services/imports/run-portal-monitor-now.ts";
import { savePortalMonitor } from "../../services/imports/save-portal-monitor.ts";
import { requireActor } from "../plugins/auth.ts";
import { errorSchema, uuidParam } from "../common.schema.ts";
import {
  budgetMonitorBody,
  portalMonitorBody,
  portalMonitorsSchema,
  portalParam,
  previewParams,
  previewQuery,
  previewSchema,
  runNowSchema,
} from "./intake-screens.schema.ts";

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const tags = ["imports"];
/** A preview reads the whole file (a dry run): large national exports are imported, not previewed. */
const PREVIEW_LIMIT = 64 * 1024 * 1024;
const UPLOAD_TYPES = [
  "application/octet-stream",
  "text/csv",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
];

export const intakeScreensRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    for (const type of UPLOAD_TYPES)
      if (!app.hasContentTypeParser(type))
        app.addContentTypeParser(type, { bodyLimit: PREVIEW_LIMIT }, (_request, payload, done) => done(null, payload));

    app.post(
      "/api/bodies/:id/import-columns/:importer/preview",
      {
        bodyLimit: PREVIEW_LIMIT,
        schema: {
          tags,
          summary:
            "Preview a table file under a column mapping: its columns with sample values, each key's column, and a dry run (nothing is written)",
          params: previewParams,
          querystring: previewQuery,
          response: { 200: previewSchema, ...errors, 422: errorSchema },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        if (!(request.body instanceof Readable))
          throw new AppError("validation_failed", {
            details: "send the file as the raw request body (application/octet-stream)",
          });
        const file = path.join(uploadsDir(), randomUUID());
        try {
          await pipeline(request.body, createWriteStream(file, { mode: PRIVATE_FILE_MODE, flags: "wx" }));
          return await previewColumnMap(ctx, actor, {
            bodyId: request.params.id,
            importer: request.params.importer,
            file,
            mapping: request.query.mapping,
            locale: request.locale,
          });
        } catch (error) {
          if (error instanceof UnreadableFileError)
            return reply.status(422).send({
              error: {
                code: "validation_failed",
                message: describeProblem(request.locale, error.code, error.params),
                details: { code: error.code },
              },
            });
          throw error;
        } finally {
          rmSync(file, { force: true });
        }
      },
    );

    app.get(
      "/api/bodies/:id/portal-monitors",
      {
        schema: {
          tags,
          summary:
            "The body's monitored portals (legalacts.egov.kz drafts, budget.egov.kz programs, dialog.egov.kz blog): settings, last run, next run",
          params: uuidParam,
          response: { 200: portalMonitorsSchema, ...errors },
        },
      },
      async (request) => ({ items: await listPortalMonitors(ctx, requireActor(request), request.params.id) }),
    );

    app.put(
      "/api/bodies/:id/portal-monitors/:portal",
      {
        schema: {
          tags,
          summary:
            "Name the body's id on the portal (legalacts governmentId, budget govAgencyId, dialog blog id) so its pages are read every six hours (job intake.<portal>)",
          params: portalParam,
          body: portalMonitorBody,
          response: { 200: portalMonitorsSchema, ...errors },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { id: bodyId, portal } = request.params;
        await savePortalMonitor(ctx, actor, { bodyId, portal, ...request.body });
        return { items: await listPortalMonitors(ctx, actor, bodyId) };
      },
    );

    app.put(
      "/api/bodies/:id/budget-monitor",
      {
        schema: {
          tags,
          summary: "Kept for existing clients: PUT /api/bodies/{id}/portal-monitors/budget with the body's govAgencyId",
          params: uuidParam,
          body: budgetMonitorBody,
          response: { 200: portalMonitorsSchema, ...errors },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { govAgencyId, enabled } = request.body;
        await savePortalMonitor(ctx, actor, {
          bodyId: request.params.id,
          portal: "budget",
          portalBodyId: govAgencyId,
          enabled,
        });
        return { items: await listPortalMonitors(ctx, actor, request.params.id) };
      },
    );

    app.post(
      "/api/bodies/:id/portal-monitors/:portal/run",
      {
        schema: {
          tags,
          summary:
            "Read every draft, program or blog page of the body on the portal now (queued where a job queue runs)",
          params: portalParam,
          response: { 200: runNowSchema, ...errors },
        },
      },
      async (request) => runPortalMonitorNow(ctx, requireActor(request), request.params.id, request.params.portal),
    );
  };
