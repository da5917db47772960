/** Teamwork on a body's items: assignment with a due date, notes, and the "awaiting me" list. */
import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.ts";
import { addItemNote, listItemNotes } from "../../services/teamwork/add-item-note.ts";
import { assignItem } from "../../services/teamwork/assign-item.ts";
import { listAwaitingMe } from "../../services/teamwork/list-awaiting-me.ts";
import { requireActor } from "../plugins/auth.ts";
import { errorSchema, isoDate } from "../common.schema.ts";
import { periodBounds } from "../../services/period.ts";
import { readAwaiting, listAssignableColleagues } from "../../services/teamwork/read-awaiting.ts";
import { readItemAssignment } from "../../services/teamwork/read-item-assignment.ts";
import { startBulkAction } from "../../services/teamwork/start-bulk-action.ts";
import { readBulkAction } from "../../services/teamwork/read-bulk-action.ts";
import { listNotifications, markNotificationsRead } from "../../services/teamwork/list-notifications.ts";
import {
  assignmentSchema,
  awaitingSchema,
  bulkBody,
  bulkRunSchema,
  colleagueSchema,
  itemParam,
  markReadBody,
  markReadSchema,
  notificationsQuery,
  notificationsSchema,
  presentBulkRun,
  presentNotification,
  runParam,
} from "./teamwork.schema.ts";

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
    app.get(
      "/api/items/:id/assignment",
      {
        schema: {
          tags: ["feedback"],
          summary: "Who the item is assigned to and by when (null: nobody)",
          params: itemParam,
          response: { 200: assignmentSchema, ...errors },
        },
      },
      async (request) => {
        const a = await readItemAssignment(ctx, requireActor(request), request.params.id);
        return a && { ...a, assignedAt: a.assignedAt.toISOString() };
      },
    );
    app.get(
      "/api/workspace/colleagues",
      {
        schema: {
          tags: ["workspace"],
          summary: "The active officers and head of my body: whom its items may be assigned to",
          response: { 200: z.array(colleagueSchema), ...errors },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        return listAssignableColleagues(ctx, actor, actor.bodyId ?? "");
      },
    );
    app.get(
      "/api/workspace/awaiting",
      {
        schema: {
          tags: ["workspace"],
          summary: "Awaiting me: items assigned to me, what is overdue (the head: the team's), reviews waiting on me",
          response: { 200: awaitingSchema, ...errors },
        },
      },
      async (request) => {
        const awaiting = await readAwaiting(ctx, requireActor(request));
        const at = (d: Date) => d.toISOString();
        return {
          ...awaiting,
          assigned: awaiting.assigned.map((i) => ({ ...i, receivedAt: at(i.receivedAt) })),
          overdue: awaiting.overdue.map((i) => ({ ...i, receivedAt: at(i.receivedAt) })),
        };
      },
    );
    app.post(
      "/api/feedback/bulk",
      {
        schema: {
          tags: ["feedback"],
          summary:
            "Apply an action to the whole filtered selection of my body's items (not one page), item by item, audited",
          body: bulkBody,
          response: { 202: bulkRunSchema, 422: errorSchema, ...errors },
        },
      },
      async (request, reply) => {
        const { filter, params } = request.body;
        const { from, to, itemLang, ...rest } = filter;
        const bounds = from || to ? periodBounds(from ?? "1970-01-01", to ?? "9999-12-30") : null;
        const run = await startBulkAction(
          ctx,
          requireActor(request),
          {
            ...rest,
            lang: itemLang,
            receivedFrom: from ? bounds!.from : undefined,
            receivedBefore: to ? bounds!.before : undefined,
          },
          filter,
          params,
        );
        return reply.status(202).send(presentBulkRun(run, request.locale));
      },
    );
    app.get(
      "/api/feedback/bulk/:id",
      {
        schema: {
          tags: ["feedback"],
          summary: "A bulk action's progress and summary: applied, refused item by item with the reason",
          params: runParam,
          response: { 200: bulkRunSchema, ...errors },
        },
      },
      async (request) =>
        presentBulkRun(await readBulkAction(ctx, requireActor(request), request.params.id), request.locale),
    );
    app.get(
      "/api/notifications",
      {
        schema: {
          tags: ["workspace"],
          summary: "My notifications (assignments, returned reviews), the newest first, with the unread count",
          querystring: notificationsQuery,
          response: { 200: notificationsSchema, 401: errorSchema },
        },
      },
      async (request) => {
        const { lang: _lang, ...options } = request.query;
        const page = await listNotifications(ctx, requireActor(request), options);
        return { unread: page.unread, items: page.items.map((n) => presentNotification(n, request.locale)) };
      },
    );
    app.post(
      "/api/notifications/read",
      {
        schema: {
          tags: ["workspace"],
          summary: 'Mark my notifications read (the ids, or "all")',
          body: markReadBody,
          response: { 200: markReadSchema, ...errors },
        },
      },
      async (request) => markNotificationsRead(ctx, requireActor(request), request.body.ids),
    );
  };
