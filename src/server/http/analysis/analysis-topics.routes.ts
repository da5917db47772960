/** The officer's topics (name, merge; kept from quarter to quarter) and saved §14 drafts (issue 16). */
import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.ts";
import { mergeTopics } from "../../services/analysis/merge-topics.ts";
import { nameTopic } from "../../services/analysis/name-topic.ts";
import { parseQuarter } from "../../services/analysis/quarters.ts";
import { resetAnalysisDrafts } from "../../services/analysis/reset-analysis-drafts.ts";
import { saveAnalysisDrafts } from "../../services/analysis/save-analysis-drafts.ts";
import { requireActor } from "../plugins/auth.ts";
import { errorSchema } from "../common.schema.ts";
import {
  draftsBody,
  draftsParams,
  draftsQuery,
  mergeTopicBody,
  nameTopicBody,
  presentDraft,
  savedDraftSchema,
  topicChangeSchema,
  topicParams,
} from "./analysis-topics.schema.ts";

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };

export const analysisTopicsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.put(
      "/api/bodies/:id/analysis/topics/:key/name",
      {
        schema: {
          tags: ["analysis"],
          summary: "Name a topic of the quarter; the name stays with the topic in later quarters (§14, §17)",
          params: topicParams,
          body: nameTopicBody,
          response: { 200: topicChangeSchema, ...errors },
        },
      },
      async (request) =>
        nameTopic(ctx, requireActor(request), {
          bodyId: request.params.id,
          key: request.params.key,
          quarter: parseQuarter(request.body.period)!,
          scope: request.body.scope,
          name: request.body.name,
        }),
    );

    app.put(
      "/api/bodies/:id/analysis/topics/:key/merge",
      {
        schema: {
          tags: ["analysis"],
          summary: "Merge a topic into another (null: undo); later quarters keep the merge",
          params: topicParams,
          body: mergeTopicBody,
          response: { 200: topicChangeSchema, ...errors },
        },
      },
      async (request) =>
        mergeTopics(ctx, requireActor(request), {
          bodyId: request.params.id,
          key: request.params.key,
          quarter: parseQuarter(request.body.period)!,
          scope: request.body.scope,
          into: request.body.into,
        }),
    );

    app.put(
      "/api/bodies/:id/analysis/drafts/:lang",
      {
        schema: {
          tags: ["analysis"],
          summary: "Save the officer's edit of the quarter's §17 topics and §14 recommendations in one language",
          params: draftsParams,
          body: draftsBody,
          response: { 200: savedDraftSchema, ...errors },
        },
      },
      async (request) =>
        presentDraft(
          await saveAnalysisDrafts(ctx, requireActor(request), {
            bodyId: request.params.id,
            lang: request.params.lang,
            quarter: parseQuarter(request.body.period)!,
            topics: request.body.topics,
            recommendations: request.body.recommendations,
          }),
        ),
    );

    app.delete(
      "/api/bodies/:id/analysis/drafts/:lang",
      {
        schema: {
          tags: ["analysis"],
          summary: "Remove the saved edit of the drafts in one language (the generated drafts show again)",
          params: draftsParams,
          querystring: draftsQuery,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await resetAnalysisDrafts(ctx, requireActor(request), {
          bodyId: request.params.id,
          lang: request.params.lang,
          quarter: parseQuarter(request.query.period)!,
        });
        return reply.status(204).send(null);
      },
    );
  };
