/** Follow-through of accepted feedback: where it went (§8, §13) and where a conference's result was used (§19). */
import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.ts";
import { listItemFollowThroughLinks } from "../../services/followthrough/list-item-follow-throughs.ts";
import { recordFollowThrough } from "../../services/followthrough/record-follow-through.ts";
import { removeFollowThrough } from "../../services/followthrough/remove-follow-through.ts";
import { requireActor } from "../plugins/auth.ts";
import { errorSchema, uuidParam } from "../common.schema.ts";
import {
  followThroughBody,
  followThroughSchema,
  itemFollowThroughsSchema,
  itemParam,
  presentFollowThrough,
} from "./follow-through.schema.ts";

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 422: errorSchema };

export const followThroughRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/items/:id/follow-throughs",
      {
        schema: {
          tags: ["feedback"],
          summary: "Where the item went (§8, §13, §19), and the kinds of link that fit it",
          params: itemParam,
          response: { 200: itemFollowThroughsSchema, ...errors },
        },
      },
      async (request) => {
        const { links, kinds } = await listItemFollowThroughLinks(ctx, requireActor(request), request.params.id);
        return { links: links.map(presentFollowThrough), kinds };
      },
    );
    app.post(
      "/api/items/:id/follow-throughs",
      {
        schema: {
          tags: ["feedback"],
          summary: "Link an accepted proposal to a plan or budget (§8, §13), or a conference question to its use (§19)",
          params: itemParam,
          body: followThroughBody,
          response: { 201: followThroughSchema, ...errors },
        },
      },
      async (request, reply) => {
        const row = await recordFollowThrough(ctx, requireActor(request), request.params.id, request.body);
        return reply.status(201).send(presentFollowThrough(row));
      },
    );
    app.delete(
      "/api/follow-throughs/:id",
      {
        schema: {
          tags: ["feedback"],
          summary: "Remove a link entered by mistake (kept and audited)",
          params: uuidParam,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await removeFollowThrough(ctx, requireActor(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
