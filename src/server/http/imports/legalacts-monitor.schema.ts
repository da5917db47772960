/** Wire shapes (zod) of the legalacts-monitor routes; the routes validate and document with these. */
import { z } from "zod";

export const monitorSchema = z.object({
  configured: z.boolean(),
  governmentId: z.string().nullable(),
  enabled: z.boolean(),
  /** Drafts of the list seen so far (their counters are compared on each run). */
  draftsSeen: z.number().int(),
  lastRun: z
    .object({ at: z.string(), status: z.string().nullable(), error: z.string().nullable(), added: z.number().int() })
    .nullable(),
});
