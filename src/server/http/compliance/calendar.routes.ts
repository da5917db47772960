import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.ts";
import { computeBodyCalendar } from "../../services/compliance/compute-body-calendar.ts";
import { kazakhstanToday } from "../../services/reports/report-scope.ts";
import { requireActor } from "../plugins/auth.ts";
import { assertDateWindow, errorSchema, isoDate, uuidParam } from "../common.schema.ts";
import { dutySchema } from "./calendar.schema.ts";

export const calendarRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/bodies/:id/calendar",
      {
        schema: {
          tags: ["bodies"],
          summary: "The body's compliance calendar: every duty with its due date and status (due, overdue, done)",
          params: uuidParam,
          querystring: z.object({
            /** First day shown; default: 30 days ago. */
            from: isoDate.optional(),
            /** Last day shown; default: 90 days ahead. */
            to: isoDate.optional(),
          }),
          response: {
            200: z.object({ today: z.string(), duties: z.array(dutySchema) }),
            400: errorSchema,
            401: errorSchema,
            403: errorSchema,
          },
        },
      },
      async (request) => {
        const today = kazakhstanToday();
        const shift = (days: number) => new Date(Date.parse(today) + days * 86_400_000).toISOString().slice(0, 10);
        const actor = requireActor(request);
        const window = { from: request.query.from ?? shift(-30), to: request.query.to ?? shift(90) };
        assertDateWindow(window.from, window.to);
        return computeBodyCalendar(ctx, actor, request.params.id, window, today);
      },
    );
  };
