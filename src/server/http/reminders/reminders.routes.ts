/** Reminders: the outbox (shown in the UI when there is no SMTP) and the ministry's overdue list. */
import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.ts";
import { listOutboxFor } from "../../services/reminders/list-outbox.ts";
import { listOverdueDuties } from "../../services/reminders/list-overdue.ts";
import { requireActor } from "../plugins/auth.ts";
import { assertDateWindow, booleanQuery, errorSchema, iso, pageQuery, pagedOf } from "../common.schema.ts";
import { kazakhstanToday } from "../../services/reports/report-scope.ts";
import { realDate } from "../review/review.schema.ts";
import { messageSchema, overdueSchema } from "./reminders.schema.ts";

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema };

export const remindersRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/outbox",
      {
        schema: {
          tags: ["compliance"],
          summary:
            "Reminder mail: the caller's own messages (administrators: everyone's, unless all=false), newest first",
          querystring: pageQuery.extend({ all: booleanQuery.optional() }),
          response: { 200: pagedOf(messageSchema), ...errors },
        },
      },
      async (request) => {
        const { limit, offset, all } = request.query;
        const page = await listOutboxFor(ctx, requireActor(request), { limit, offset }, { all });
        return {
          ...page,
          items: page.items.map(({ dedupeKey: _k, claimedAt: _c, ...m }) => ({
            ...m,
            createdAt: m.createdAt.toISOString(),
            sentAt: iso(m.sentAt),
          })),
        };
      },
    );

    app.get(
      "/api/compliance/overdue",
      {
        schema: {
          tags: ["compliance"],
          summary: "Every in-scope body's overdue duties (the ministry's view), bodies with the most first",
          querystring: z.object({
            /** Oldest due date looked at; default: 180 days ago. */
            from: realDate.optional(),
            lang: z.enum(["kk", "ru", "en"]).optional(),
          }),
          response: {
            200: overdueSchema,
            ...errors,
          },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        if (request.query.from) assertDateWindow(request.query.from, kazakhstanToday());
        const result = await listOverdueDuties(ctx, actor, { from: request.query.from });
        return {
          today: result.today,
          from: result.from,
          bodies: result.bodies.map(({ body, duties }) => ({
            bodyId: body.id,
            code: body.code,
            name: { kk: body.nameKk, ru: body.nameRu, en: body.nameEn },
            duties,
          })),
        };
      },
    );
  };
