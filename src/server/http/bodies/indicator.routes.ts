import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.ts";
import { getBodyIndicator } from "../../services/indicators/get-body-indicator.ts";
import { parsePeriod } from "../../services/period.ts";
import { localizeExplanation } from "../../../domain/evaluation/explanation.ts";
import { AppError } from "../../errors.ts";
import { requireActor } from "../plugins/auth.ts";
import { errorSchema, uuidParam } from "../common.schema.ts";
import { bodiesIndicatorQuery, bodiesIndicatorResponse } from "./indicator.schema.ts";

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
          querystring: bodiesIndicatorQuery,
          response: {
            200: bodiesIndicatorResponse,
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
