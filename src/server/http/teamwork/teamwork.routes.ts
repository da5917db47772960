/** Teamwork on a body's items: assignment with a due date, notes, and the "awaiting me" list. */
import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.ts";
import { addItemNote, listItemNotes } from "../../services/teamwork/add-item-note.ts";
import { assignItem } from "../../services/teamwork/assign-item.ts";
import { listAwaitingMe } from "../../services/teamwork/list-awaiting-me.ts";
import { requireActor } from "../plugins/auth.ts";
import { errorSchema, isoDate } from "../common.schema.ts";
import { itemParam } from "./teamwork.schema.ts";

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };

export const teamworkRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.put(
      "/api/items/:id/assignment",
      {
        schema: {
          tags: ["feedback"],
          summary: "Assign the item to a colleague with a due date (assigneeId null clears it)",
          params: itemParam,
          body: z.object({ assigneeId: z.uuid().nullable(), dueOn: isoDate.nullable().optional() }),
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await assignItem(ctx, requireActor(request), request.params.id, request.body);
        return reply.status(204).send(null);
      },
    );
    app.get(
      "/api/items/:id/notes",
      {
        schema: {
          tags: ["feedback"],
          summary: "The team's notes on the item",
          params: itemParam,
          response: {
            200: z.array(
              z.object({ id: z.number(), text: z.string(), author: z.string().nullable(), createdAt: z.string() }),
            ),
            ...errors,
          },
        },
      },
      async (request) =>
        (await listItemNotes(ctx, requireActor(request), request.params.id)).map((n) => ({
          ...n,
          createdAt: n.createdAt.toISOString(),
        })),
    );
    app.post(
      "/api/items/:id/notes",
      {
        schema: {
          tags: ["feedback"],
          summary: "Add a note for the team (never shown to the citizen)",
          params: itemParam,
          body: z.object({ text: z.string().trim().min(1).max(5000) }),
          response: { 201: z.object({ id: z.number(), createdAt: z.string() }), ...errors },
        },
      },
      async (request, reply) => {
        const note = await addItemNote(ctx, requireActor(request), request.params.id, request.body.text);
        return reply.status(201).send({ id: note.id, createdAt: note.createdAt.toISOString() });
      },
    );
    app.get(
      "/api/workspace/awaiting-me",
      {
        schema: {
          tags: ["workspace"],
          summary: "Items assigned to me, the earliest due first",
          response: {
            200: z.array(
              z.object({
                itemId: z.number(),
                dueOn: z.string().nullable(),
                kind: z.string(),
                text: z.string(),
                receivedAt: z.string(),
              }),
            ),
            401: errorSchema,
          },
        },
      },
      async (request) =>
        (await listAwaitingMe(ctx, requireActor(request))).map((i) => ({
          ...i,
          receivedAt: i.receivedAt.toISOString(),
        })),
    );
  };
