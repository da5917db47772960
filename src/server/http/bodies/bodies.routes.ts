import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.ts";
import type { BodyRow } from "../../repositories/body.repository.ts";
import { listBodies } from "../../services/bodies/list-bodies.ts";
import { listRegions } from "../../services/bodies/list-regions.ts";
import { readBody } from "../../services/bodies/read-body.ts";
import { errorSchema, pagedOf, uuidParam } from "../common.schema.ts";
import { bodiesQuery, bodySchema, regionSchema } from "./bodies.schema.ts";

function presentBody(b: BodyRow): z.infer<typeof bodySchema> {
  return {
    id: b.id,
    code: b.code,
    name: { kk: b.nameKk, ru: b.nameRu, en: b.nameEn },
    kind: b.kind,
    regionCode: b.regionCode,
    parentId: b.parentId,
    inScope: b.inScope,
    exclusionReason: b.exclusionReason,
    evaluated: b.evaluated,
    website: b.website,
  };
}

/** The registry of state bodies is public information. */
export const bodiesRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/regions",
      {
        schema: {
          tags: ["bodies"],
          summary: "Regions and cities of republican significance",
          response: { 200: z.array(regionSchema) },
        },
      },
      async () =>
        (await listRegions(ctx)).map((r) => ({
          code: r.code,
          kind: r.kind,
          name: { kk: r.nameKk, ru: r.nameRu, en: r.nameEn },
        })),
    );

    app.get(
      "/api/bodies",
      {
        schema: {
          tags: ["bodies"],
          summary: "State bodies (filter by kind, region, scope, name)",
          querystring: bodiesQuery,
          response: { 200: pagedOf(bodySchema) },
        },
      },
      async (request) => {
        const { kind, region, inScope, q, limit, offset } = request.query;
        const page = await listBodies(ctx, { kind, regionCode: region, inScope, q }, { limit, offset });
        return { ...page, items: page.items.map(presentBody) };
      },
    );

    app.get(
      "/api/bodies/:id",
      {
        schema: {
          tags: ["bodies"],
          summary: "One state body",
          params: uuidParam,
          response: { 200: bodySchema, 404: errorSchema },
        },
      },
      async (request) => {
        return presentBody(await readBody(ctx, request.params.id));
      },
    );
  };
