import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ping } from "../../db/client.ts";
import type { AppContext } from "../../context.ts";
import { healthResponse } from "./health.schema.ts";

export const healthRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/health",
      {
        schema: {
          tags: ["system"],
          summary: "Liveness and database reachability",
          response: { 200: healthResponse },
        },
      },
      async () => {
        await ping(ctx.database);
        return { status: "ok" as const, engine: ctx.database.engine, time: new Date().toISOString() };
      },
    );
  };
