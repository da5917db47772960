/** Wire shapes (zod) of the auth routes; the routes validate and document with these. */
import { z } from "zod";

export const meSchema = z.object({
  id: z.string().nullable(),
  email: z.string(),
  role: z.string(),
  bodyId: z.string().nullable(),
});
