/** §17's list of topics for conferences and surveys, kept by the body and linked to its §18 events. */
import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.ts";
import { addConferenceTopic } from "../../services/followthrough/add-conference-topic.ts";
import { buildConferenceTopics } from "../../services/followthrough/build-conference-topics.ts";
import { listConferenceTopics } from "../../services/followthrough/list-conference-topics.ts";
import { removeConferenceTopic } from "../../services/followthrough/remove-conference-topic.ts";
import { updateConferenceTopic } from "../../services/followthrough/update-conference-topic.ts";
import { requireActor } from "../plugins/auth.ts";
import { errorSchema } from "../common.schema.ts";
import {
  addTopicBody,
  bodyParam,
  buildBody,
  conferenceTopicSchema,
  presentTopic,
  quartersQuery,
  topicParam,
  updateTopicBody,
} from "./conference-topics.schema.ts";

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };

export const conferenceTopicsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/bodies/:bodyId/conference-topics",
      {
        schema: {
          tags: ["analysis"],
          summary: "§17: the body's list of topics for the quarter(s), with the §18 events held on each",
          params: bodyParam,
          querystring: quartersQuery,
          response: { 200: z.array(conferenceTopicSchema), ...errors },
        },
      },
      async (request) =>
        (
          await listConferenceTopics(
            ctx,
            requireActor(request),
            request.params.bodyId,
            request.query.quarter.split(","),
          )
        ).map(presentTopic),
    );
    app.post(
      "/api/bodies/:bodyId/conference-topics/build",
      {
        schema: {
          tags: ["analysis"],
          summary:
            "§17: add the problems of the quarter's appeals and social comments to the list (never re-adds a removed one)",
          params: bodyParam,
          body: buildBody,
          response: { 200: z.object({ added: z.number() }), ...errors },
        },
      },
      async (request) => buildConferenceTopics(ctx, requireActor(request), request.params.bodyId, request.body.quarter),
    );
    app.post(
      "/api/bodies/:bodyId/conference-topics",
      {
        schema: {
          tags: ["analysis"],
          summary: "§17: add a topic by hand",
          params: bodyParam,
          body: addTopicBody,
          response: { 201: conferenceTopicSchema, ...errors },
        },
      },
      async (request, reply) => {
        const row = await addConferenceTopic(ctx, requireActor(request), request.params.bodyId, request.body);
        return reply.status(201).send(presentTopic({ ...row, events: [] }));
      },
    );
    app.patch(
      "/api/conference-topics/:id",
      {
        schema: {
          tags: ["analysis"],
          summary: "§17–§18: rename a topic and/or link the conferences and surveys held on it",
          params: topicParam,
          body: updateTopicBody,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await updateConferenceTopic(ctx, requireActor(request), request.params.id, request.body);
        return reply.status(204).send(null);
      },
    );
    app.delete(
      "/api/conference-topics/:id",
      {
        schema: {
          tags: ["analysis"],
          summary: "§17: take a topic off the list (kept and audited)",
          params: topicParam,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await removeConferenceTopic(ctx, requireActor(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
