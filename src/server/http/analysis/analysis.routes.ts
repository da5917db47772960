/** The quarterly analysis (§14, §17), the items behind it, the review queue and label corrections. */
import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.ts";
import { AppError } from "../../errors.ts";
import { correctLabel } from "../../services/analysis/correct-label.ts";
import { listItemsBehind, listReviewQueue } from "../../services/analysis/list-analysis-items.ts";
import { readQuarterlyAnalysis } from "../../services/analysis/read-quarterly-analysis.ts";
import { requestLabelRun } from "../../services/analysis/request-label-run.ts";
import { readLabelProgress } from "../../services/analysis/read-label-progress.ts";
import { parseQuarter } from "../../services/analysis/quarters.ts";
import { parsePeriod } from "../../services/period.ts";
import { readItemLabels } from "../../services/analysis/read-item-labels.ts";
import { requireActor } from "../plugins/auth.ts";
import { redactText } from "../../../domain/privacy/redact-text.ts";
import { errorSchema, pagedOf, uuidParam } from "../common.schema.ts";
import {
  analysisItemSchema,
  analysisQuery,
  analysisSchema,
  correctionBody,
  correctionSchema,
  itemsQuery,
  labelSchema,
  labelRunSchema,
  presentAnalysisItem,
  presentCorrection,
  presentLabel,
  presentLabelRun,
  reviewQueueQuery,
} from "./analysis.schema.ts";

const itemIdParam = z.object({ id: z.coerce.number().int().positive() });
const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };

export const analysisRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/bodies/:id/analysis",
      {
        schema: {
          tags: ["analysis"],
          summary:
            "The body's quarterly analysis (§14): volumes, languages, sentiment per week, topics, campaigns, draft §17 topics and recommendations",
          params: uuidParam,
          querystring: analysisQuery,
          response: { 200: analysisSchema, ...errors },
        },
      },
      async (request) => {
        const { period, scope } = request.query;
        const result = await readQuarterlyAnalysis(
          ctx,
          requireActor(request),
          request.params.id,
          parseQuarter(period)!,
          scope,
        );
        return {
          ...result,
          savedDrafts: result.savedDrafts.map((d) => ({ ...d, updatedAt: d.updatedAt.toISOString() })),
          // A campaign's sample is a citizen's text: redacted like the items behind it.
          campaigns: {
            ...result.campaigns,
            top: result.campaigns.top.map((c) => ({
              ...c,
              sampleText: redactText(c.sampleText),
              firstReceivedAt: c.firstReceivedAt.toISOString(),
            })),
          },
        };
      },
    );

    app.get(
      "/api/bodies/:id/analysis/items",
      {
        schema: {
          tags: ["analysis"],
          summary:
            "The items behind a number of the quarterly analysis (topic, sentiment, campaign, channel, kind, language, week)",
          params: uuidParam,
          querystring: itemsQuery,
          response: { 200: pagedOf(analysisItemSchema), ...errors },
        },
      },
      async (request) => {
        const { period, limit, offset, lang: _lang, itemLang, ...filter } = request.query;
        const page = await listItemsBehind(
          ctx,
          requireActor(request),
          request.params.id,
          parseQuarter(period)!,
          { ...filter, lang: itemLang },
          { limit, offset },
        );
        return { ...page, items: page.items.map(presentAnalysisItem) };
      },
    );

    app.get(
      "/api/bodies/:id/analysis/review-queue",
      {
        schema: {
          tags: ["analysis"],
          summary: "Items whose labels nobody has reviewed yet, least confident first",
          params: uuidParam,
          querystring: reviewQueueQuery,
          response: { 200: pagedOf(analysisItemSchema), ...errors },
        },
      },
      async (request) => {
        const { period, limit, offset } = request.query;
        const page = await listReviewQueue(
          ctx,
          requireActor(request),
          request.params.id,
          period ? parseQuarter(period) : null,
          { limit, offset },
        );
        return { ...page, items: page.items.map(presentAnalysisItem) };
      },
    );

    app.post(
      "/api/bodies/:id/analysis/run",
      {
        schema: {
          tags: ["analysis"],
          summary: "Label the body's items of a period (2025, 2025-H1 or 2025-Q1) in the background",
          description:
            "Returns the job id. The range is widened to whole quarters (campaigns are grouped per quarter). Corrections are never overwritten.",
          params: uuidParam,
          querystring: z.object({ period: z.string().max(10), lang: z.enum(["kk", "ru", "en"]).optional() }),
          response: {
            202: z.object({
              jobId: z.string().nullable(),
              status: z.enum(["queued", "already_queued", "done"]),
              items: z.number().int().nullable(),
            }),
            ...errors,
          },
        },
      },
      async (request, reply) => {
        const period = parsePeriod(request.query.period);
        if (!period)
          throw new AppError("validation_failed", {
            details: `period "${request.query.period}": use 2025, 2025-H1 or 2025-Q1`,
          });
        const { jobId, run } = await requestLabelRun(ctx, requireActor(request), request.params.id, period);
        const status = run ? "done" : jobId ? "queued" : "already_queued";
        return reply.status(202).send({ jobId, status, items: run?.items ?? null });
      },
    );

    app.get(
      "/api/bodies/:id/analysis/labelling",
      {
        schema: {
          tags: ["analysis"],
          summary: "The body's latest labelling run: status and how many items it has analysed of how many",
          params: uuidParam,
          response: { 200: z.object({ run: labelRunSchema.nullable() }), ...errors },
        },
      },
      async (request) => {
        const run = await readLabelProgress(ctx, requireActor(request), request.params.id);
        return { run: run ? presentLabelRun(run) : null };
      },
    );

    app.get(
      "/api/feedback/:id/labels",
      {
        schema: {
          tags: ["analysis"],
          summary: "An item's labels (effective and automatic) with the history of corrections",
          params: itemIdParam,
          response: {
            200: z.object({
              itemId: z.number().int(),
              label: labelSchema.nullable(),
              corrections: z.array(correctionSchema),
            }),
            ...errors,
          },
        },
      },
      async (request) => {
        const { itemId, label, corrections } = await readItemLabels(ctx, requireActor(request), request.params.id);
        return {
          itemId,
          label: label ? presentLabel(label) : null,
          corrections: corrections.map(presentCorrection),
        };
      },
    );

    app.post(
      "/api/feedback/:id/labels",
      {
        schema: {
          tags: ["analysis"],
          summary:
            "Correct one label of an item (kind, sentiment, topic, appealType or lang); kept, audited, never overwritten by a re-run",
          description:
            "Correcting the kind of a comment, remark or proposal reclassifies the item, so the body's indicator F changes accordingly.",
          params: itemIdParam,
          body: correctionBody,
          response: {
            201: z.object({
              itemId: z.number().int(),
              label: labelSchema,
              correction: correctionSchema,
              reclassified: z.boolean(),
            }),
            ...errors,
            409: errorSchema,
            422: errorSchema,
          },
        },
      },
      async (request, reply) => {
        const { label, correction, reclassified } = await correctLabel(
          ctx,
          requireActor(request),
          request.params.id,
          request.body,
        );
        return reply.status(201).send({
          itemId: request.params.id,
          label: presentLabel(label),
          correction: presentCorrection(correction),
          reclassified,
        });
      },
    );
  };
