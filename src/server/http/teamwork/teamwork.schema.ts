/** Wire shapes (zod) of the teamwork routes; the routes validate and document with these. */
import { z } from "zod";

export const itemParam = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });
