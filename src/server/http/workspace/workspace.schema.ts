/** Wire shapes (zod) of the workspace routes; the routes validate and document with these. */
import { z } from "zod";

export const names = z.object({ kk: z.string(), ru: z.string(), en: z.string() });
