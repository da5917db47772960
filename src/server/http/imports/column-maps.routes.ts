/** The column-mapping step over HTTP: what a body's table files must hold, and its saved mapping. */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.ts";
import { describeColumnMap, saveColumnMap } from "../../services/imports/save-column-map.ts";
import { requireActor } from "../plugins/auth.ts";
import { errorSchema } from "../common.schema.ts";
import { columnMapBody, columnMapParams, columnMapSchema } from "./column-maps.schema.ts";

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const tags = ["imports"];

export const columnMapRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/bodies/:id/import-columns/:importer",
      {
        schema: {
          tags,
          summary:
            "The keys a table import reads (required or not, headers recognised) and the body's own column mapping",
          params: columnMapParams,
          response: { 200: columnMapSchema, ...errors },
        },
      },
      async (request) => {
        const view = await describeColumnMap(ctx, requireActor(request), request.params.id, request.params.importer);
        return { ...view, columns: view.columns.map((c) => ({ ...c, aliases: [...c.aliases] })) };
      },
    );

    app.put(
      "/api/bodies/:id/import-columns/:importer",
      {
        schema: {
          tags,
          summary:
            "Save which header of the body's export holds each key (eOtinish exports differ per body); used by every later import of the body",
          params: columnMapParams,
          body: columnMapBody,
          response: { 200: columnMapSchema, ...errors },
        },
      },
      async (request) => {
        const view = await saveColumnMap(ctx, requireActor(request), {
          bodyId: request.params.id,
          importer: request.params.importer,
          mapping: request.body.mapping,
        });
        return { ...view, columns: view.columns.map((c) => ({ ...c, aliases: [...c.aliases] })) };
      },
    );
  };
