/** Wire shapes (zod) of the oidc routes; the routes validate and document with these. */
import { z } from "zod";

export const pendingSchema = z.object({
  state: z.string().min(1),
  nonce: z.string().min(1),
  codeVerifier: z.string().min(43),
});
