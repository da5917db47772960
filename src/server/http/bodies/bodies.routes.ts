import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.ts";
import { BODY_KINDS, EXCLUSION_REASONS } from "../../db/enums.ts";
import { findBody, listBodies, listRegions, type BodyRow } from "../../repositories/body.repository.ts";
import { notFound } from "../../errors.ts";
import { booleanQuery, errorSchema, pagedOf, pageQuery, uuidParam } from "../common.schema.ts";

export const bodySchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.object({ kk: z.string(), ru: z.string(), en: z.string() }),
  kind: z.enum(BODY_KINDS),
  regionCode: z.string().nullable(),
  parentId: z.string().nullable(),
  /** §1: false for national security, prosecutors, court administration and the National Bank. */
  inScope: z.boolean(),
  exclusionReason: z.enum(EXCLUSION_REASONS).nullable(),
  website: z.string().nullable(),
});

export function presentBody(b: BodyRow): z.infer<typeof bodySchema> {
  return {
    id: b.id,
    code: b.code,
    name: { kk: b.nameKk, ru: b.nameRu, en: b.nameEn },
    kind: b.kind,
    regionCode: b.regionCode,
    parentId: b.parentId,
    inScope: b.inScope,
    exclusionReason: b.exclusionReason,
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
          response: {
            200: z.array(
              z.object({
                code: z.string(),
                kind: z.string(),
                name: z.object({ kk: z.string(), ru: z.string(), en: z.string() }),
              }),
            ),
          },
        },
      },
      async () =>
        (await listRegions(ctx.database.db)).map((r) => ({
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
          querystring: pageQuery.extend({
            kind: z.enum(BODY_KINDS).optional(),
            region: z.string().max(64).optional(),
            inScope: booleanQuery.optional(),
            q: z.string().trim().max(200).optional(),
          }),
          response: { 200: pagedOf(bodySchema) },
        },
      },
      async (request) => {
        const { kind, region, inScope, q, limit, offset } = request.query;
        const page = await listBodies(ctx.database.db, { kind, regionCode: region, inScope, q }, { limit, offset });
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
        const body = await findBody(ctx.database.db, request.params.id);
        if (!body) throw notFound("state body");
        return presentBody(body);
      },
    );
  };
