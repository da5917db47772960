/** Wire shapes (zod) of the council routes; the routes validate and document with these. */
import { z } from "zod";

export const sessionSchema = z.object({
  id: z.string(),
  bodyId: z.string(),
  initiativeId: z.string(),
  heldOn: z.string(),
  protocolUrl: z.string(),
  recordedBy: z.string().nullable(),
  /** Corrections raise it (issue 13); a correction names the revision it corrects. */
  revision: z.number(),
  createdAt: z.string(),
});
