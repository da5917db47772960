import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.ts";
import { openRound } from "../../services/evaluations/open-round.ts";
import { submitFigures } from "../../services/evaluations/submit-figures.ts";
import { computeRound } from "../../services/evaluations/compute-round.ts";
import { publishRound } from "../../services/evaluations/publish-round.ts";
import { cancelRound } from "../../services/evaluations/cancel-round.ts";
import { readSubmission } from "../../services/evaluations/read-submission.ts";
import { recordSatisfaction } from "../../services/evaluations/record-satisfaction.ts";
import { listVisibleRounds, readRound, readRoundResults } from "../../services/evaluations/read-round.ts";
import { requireActor } from "../plugins/auth.ts";
import { errorSchema, uuidParam } from "../common.schema.ts";
import {
  cancelRoundBody,
  computeRoundBody,
  openRoundBody,
  presentResult,
  presentRound,
  resultSchema,
  roundSchema,
  satisfactionBody,
  presentSubmission,
  submissionBody,
  submissionSchema,
} from "./evaluations.schema.ts";

export const evaluationsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/evaluations",
      {
        schema: {
          tags: ["evaluations"],
          summary: "Evaluation rounds (published ones for everyone; all for the ministry)",
          response: { 200: z.array(roundSchema) },
        },
      },
      async (request) => (await listVisibleRounds(ctx, request.actor)).map(presentRound),
    );

    app.post(
      "/api/evaluations",
      {
        schema: {
          tags: ["evaluations"],
          summary: "Open a round and request §20 figures from every in-scope body",
          body: openRoundBody,
          response: { 201: roundSchema.extend({ requested: z.number() }), 403: errorSchema },
        },
      },
      async (request, reply) => {
        const round = await openRound(ctx, requireActor(request), request.body);
        return reply.status(201).send({ ...presentRound(round), requested: round.requested });
      },
    );

    app.get(
      "/api/evaluations/:id",
      {
        schema: {
          tags: ["evaluations"],
          summary: "A round with its submission progress",
          params: uuidParam,
          response: {
            200: z.object({
              round: roundSchema,
              progress: z.object({ requested: z.number(), submitted: z.number() }),
              requests: z.array(
                z.object({ bodyId: z.string(), status: z.string(), submittedAt: z.string().nullable() }),
              ),
            }),
            404: errorSchema,
          },
        },
      },
      async (request) => {
        const { round, progress, requests } = await readRound(ctx, request.actor, request.params.id);
        return {
          round: presentRound(round),
          progress,
          requests: requests.map((r) => ({
            bodyId: r.bodyId,
            status: r.status,
            submittedAt: r.submittedAt?.toISOString() ?? null,
          })),
        };
      },
    );

    app.post(
      "/api/evaluations/:id/submissions",
      {
        schema: {
          tags: ["evaluations"],
          summary: "A body's §20 submission (resubmitting supersedes)",
          params: uuidParam,
          body: submissionBody,
          response: { 201: z.object({ id: z.string(), submittedAt: z.string() }), 403: errorSchema, 409: errorSchema },
        },
      },
      async (request, reply) => {
        const s = await submitFigures(ctx, requireActor(request), { roundId: request.params.id, ...request.body });
        return reply.status(201).send({ id: s.id, submittedAt: s.submittedAt.toISOString() });
      },
    );

    app.get(
      "/api/evaluations/:id/submissions/:bodyId",
      {
        schema: {
          tags: ["evaluations"],
          summary: "A body's current §20 submission: figures, §20.1 items or document, §20.3 links, §20.4 materials",
          params: z.object({ id: z.uuid(), bodyId: z.uuid() }),
          response: { 200: z.object({ submission: submissionSchema.nullable() }), 403: errorSchema, 404: errorSchema },
        },
      },
      async (request) => {
        const s = await readSubmission(ctx, requireActor(request), request.params.id, request.params.bodyId);
        return { submission: s ? presentSubmission(s) : null };
      },
    );

    app.put(
      "/api/evaluations/:id/satisfaction/:bodyId",
      {
        schema: {
          tags: ["evaluations"],
          summary: "§21.3 satisfaction from the authorised body's survey (after compute: a new version of the results)",
          params: z.object({ id: z.uuid(), bodyId: z.uuid() }),
          body: satisfactionBody,
          response: {
            200: z.object({ version: z.number().int().nullable() }),
            400: errorSchema,
            403: errorSchema,
            404: errorSchema,
            409: errorSchema,
          },
        },
      },
      async (request, reply) => {
        const { version } = await recordSatisfaction(ctx, requireActor(request), {
          roundId: request.params.id,
          bodyId: request.params.bodyId,
          ...request.body,
        });
        return reply.status(200).send({ version });
      },
    );

    app.post(
      "/api/evaluations/:id/compute",
      {
        schema: {
          tags: ["evaluations"],
          summary: "Compute F (§22–§23) for every requested body: a new version (after publication with a reason)",
          params: uuidParam,
          body: computeRoundBody,
          response: {
            200: z.object({ round: roundSchema, computed: z.number(), version: z.number().int().nullable() }),
            400: errorSchema,
            403: errorSchema,
            409: errorSchema,
          },
        },
      },
      async (request) => {
        const { round, computed, version } = await computeRound(ctx, requireActor(request), request.params.id, {
          reason: request.body?.reason,
        });
        return { round: presentRound(round), computed, version };
      },
    );

    app.post(
      "/api/evaluations/:id/publish",
      {
        schema: {
          tags: ["evaluations"],
          summary: "Publish a computed round (below the quorum or before the due date only with confirm: true)",
          params: uuidParam,
          body: z.object({ confirm: z.boolean().optional() }).nullish(),
          response: { 200: roundSchema, 403: errorSchema, 409: errorSchema },
        },
      },
      async (request) =>
        presentRound(
          await publishRound(ctx, requireActor(request), request.params.id, {
            confirm: request.body?.confirm === true,
          }),
        ),
    );

    app.post(
      "/api/evaluations/:id/cancel",
      {
        schema: {
          tags: ["evaluations"],
          summary: "Cancel a round before publication, with a reason; its §20 requests leave the bodies' calendars",
          params: uuidParam,
          body: cancelRoundBody,
          response: { 200: roundSchema, 400: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      async (request) =>
        presentRound(
          await cancelRound(ctx, requireActor(request), request.params.id, { reason: request.body?.reason }),
        ),
    );

    app.get(
      "/api/evaluations/:id/results",
      {
        schema: {
          tags: ["evaluations"],
          summary: "The ranking with bands and explanations",
          params: uuidParam,
          querystring: z.object({
            source: z.enum(["submission", "recorded"]).optional(),
            lang: z.enum(["kk", "ru", "en"]).optional(),
          }),
          response: { 200: z.object({ round: roundSchema, results: z.array(resultSchema) }), 404: errorSchema },
        },
      },
      async (request) => {
        const { round, results } = await readRoundResults(ctx, request.actor, request.params.id);
        const source = request.query.source;
        return {
          round: presentRound(round),
          results: results.filter((r) => !source || r.source === source).map(presentResult),
        };
      },
    );
  };
