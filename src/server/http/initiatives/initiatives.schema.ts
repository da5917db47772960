/** Wire shapes (zod) of the initiatives routes; the routes validate and document with these. */
import { z } from "zod";
import { INITIATIVE_KINDS, INITIATIVE_STATUSES } from "../../db/enums.ts";

export const initiativeSchema = z.object({
  id: z.string(),
  bodyId: z.string(),
  kind: z.enum(INITIATIVE_KINDS),
  status: z.enum(INITIATIVE_STATUSES),
  title: z.object({ kk: z.string().nullable(), ru: z.string().nullable(), en: z.string().nullable() }),
  summary: z.string().nullable(),
  /** §5, §10: the public-discussion window. */
  discussion: z.object({ startsOn: z.string().nullable(), endsOn: z.string().nullable() }),
  /** §5, §10: `text` is the Kazakh (or only) message, kept for older clients; kk/ru/en each language's own. */
  infoMessage: z.object({
    text: z.string().nullable(),
    kk: z.string().nullable(),
    ru: z.string().nullable(),
    en: z.string().nullable(),
    publishedAt: z.string().nullable(),
  }),
  portalUrl: z.string().nullable(),
  openAccess: z.boolean().nullable(),
});
