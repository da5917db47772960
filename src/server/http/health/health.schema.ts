/** Wire shapes (zod) of the health routes; the routes validate and document with these. */
import { z } from "zod";

/** GET /api/health: 200. */
export const healthResponse = z.object({ status: z.literal("ok"), engine: z.enum(["pglite", "pg"]), time: z.string() });
