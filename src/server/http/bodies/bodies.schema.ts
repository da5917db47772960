/** Wire shapes of the public registry of state bodies (`/api/regions`, `/api/bodies`). */
import { z } from "zod";
import { BODY_KINDS, EXCLUSION_REASONS } from "../../db/enums.ts";
import { booleanQuery, pageQuery } from "../common.schema.ts";

const triLingual = z.object({ kk: z.string(), ru: z.string(), en: z.string() });

export const bodySchema = z.object({
  id: z.string(),
  code: z.string(),
  name: triLingual,
  kind: z.enum(BODY_KINDS),
  regionCode: z.string().nullable(),
  parentId: z.string().nullable(),
  /** §1: false for national security, prosecutors, court administration and the National Bank. */
  inScope: z.boolean(),
  exclusionReason: z.enum(EXCLUSION_REASONS).nullable(),
  /** The ministry's choice to evaluate the body (a district akimat may be in scope and not evaluated). */
  evaluated: z.boolean(),
  website: z.string().nullable(),
});

export const regionSchema = z.object({ code: z.string(), kind: z.string(), name: triLingual });

export const bodiesQuery = pageQuery.extend({
  kind: z.enum(BODY_KINDS).optional(),
  region: z.string().max(64).optional(),
  inScope: booleanQuery.optional(),
  q: z.string().trim().max(200).optional(),
});
