/**
 * §23 open access: a body's risk of a zero with the latest evidence per address, and "check now"
 * (the daily job's work for one body, so a fixed page can be confirmed at once).
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { checkOpenAccess } from "../../services/open-access/check-open-access.ts";
import { readOpenAccessRisk } from "../../services/open-access/read-open-access-risk.ts";
import { requireActor } from "../plugins/auth.ts";
import { errorSchema, uuidParam } from "../common.schema.ts";
import { checkRunSchema, presentRisk, presentRun, riskSchema } from "./open-access.schema.ts";

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const tags = ["compliance"];
const langQuery = z.object({ lang: z.enum(["kk", "ru", "en"]).optional() });

export const openAccessRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/bodies/:id/open-access",
      {
        schema: {
          tags,
          summary: "The body's §23 risk: required addresses not in open access now, with the latest check of each",
          params: uuidParam,
          querystring: langQuery,
          response: { 200: riskSchema, ...errors },
        },
      },
      async (request) =>
        presentRisk(await readOpenAccessRisk(ctx, requireActor(request), request.params.id), request.locale),
    );

    app.post(
      "/api/bodies/:id/open-access/check",
      {
        // Each call fetches every address of the body from the outside world: keep it rare.
        config: { rateLimit: { max: 6, timeWindow: "1 minute" } },
        schema: {
          tags,
          summary: "Check the body's required addresses now (as the daily job does) and return the new risk",
          params: uuidParam,
          querystring: langQuery,
          response: { 200: checkRunSchema, ...errors, 429: errorSchema },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const run = await checkOpenAccess(ctx, actor, { bodyId: request.params.id, timeoutMs: 10_000 });
        return presentRun(run, await readOpenAccessRisk(ctx, actor, request.params.id), request.locale);
      },
    );
  };
