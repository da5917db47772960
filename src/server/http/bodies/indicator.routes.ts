import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.ts";
import { getBodyIndicator } from "../../services/indicators/get-body-indicator.ts";
import { parsePeriod } from "../../services/period.ts";
import { localizeExplanation } from "../../../domain/evaluation/explanation.ts";
import { AppError } from "../../errors.ts";
import { requireActor } from "../plugins/auth.ts";
import { errorSchema, isoDate, uuidParam } from "../common.schema.ts";

export const indicatorRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/bodies/:id/indicator",
      {
        schema: {
          tags: ["indicators"],
          summary: "The body's live feedback indicator F (§22) from recorded items, with what would raise it",
          params: uuidParam,
          querystring: z.object({
            /** "2025", "2025-H1" or "2025-Q2"; or give from and to. */
            period: z.string().max(10).optional(),
            from: isoDate.optional(),
            to: isoDate.optional(),
            lang: z.enum(["kk", "ru", "en"]).optional(),
          }),
          response: {
            200: z.object({
              bodyId: z.string(),
              period: z.object({ from: z.string(), to: z.string() }),
              F: z.number(),
              band: z.string(),
              zeroed: z.boolean(),
              zeroReasons: z.array(z.string()),
              B: z.number(),
              C: z.number(),
              E: z.number(),
              G: z.number(),
              rulesVersion: z.string(),
              figures: z.record(z.string(), z.unknown()),
              openAccess: z.record(z.string(), z.boolean()),
              improvements: z.object({
                undecided: z.number(),
                unanswered: z.number(),
                acceptedWithoutReference: z.number(),
              }),
              explanation: z.array(z.string()),
            }),
            400: errorSchema,
            403: errorSchema,
            404: errorSchema,
          },
        },
      },
      async (request) => {
        const { period: text, from, to } = request.query;
        const period = text
          ? parsePeriod(text)
          : from && to
            ? { from, to }
            : parsePeriod(String(new Date().getFullYear()));
        if (!period)
          throw new AppError("validation_failed", { details: `period "${text}": use 2025, 2025-H1 or 2025-Q2` });
        const { result, figures, openAccess, improvements } = await getBodyIndicator(
          ctx,
          requireActor(request),
          request.params.id,
          period,
        );
        return {
          bodyId: request.params.id,
          period,
          F: result.F,
          band: result.band,
          zeroed: result.zeroed,
          zeroReasons: result.zeroReasons,
          B: result.B,
          C: result.C,
          E: result.E,
          G: result.G,
          rulesVersion: result.rulesVersion,
          figures: { ...figures },
          openAccess: { ...openAccess },
          improvements,
          explanation: localizeExplanation(result.explanation, request.locale),
        };
      },
    );
  };
