/** Wire shapes (zod) of the indicator routes; the routes validate and document with these. */
import { z } from "zod";
import { isoDate } from "../common.schema.ts";

/** GET /api/bodies/:id/indicator: querystring. */
export const bodiesIndicatorQuery = z.object({
  /** "2025", "2025-H1" or "2025-Q2"; or give from and to. */
  period: z.string().max(10).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  lang: z.enum(["kk", "ru", "en"]).optional(),
});

/** GET /api/bodies/:id/indicator: 200. */
export const bodiesIndicatorResponse = z.object({
  bodyId: z.string(),
  period: z.object({ from: z.string(), to: z.string() }),
  F: z.number(),
  band: z.string(),
  zeroed: z.boolean(),
  zeroReasons: z.array(z.string()),
  B: z.number(),
  C: z.number(),
  E: z.number(),
  G: z.number(),
  rulesVersion: z.string(),
  figures: z.record(z.string(), z.unknown()),
  openAccess: z.record(z.string(), z.boolean()),
  improvements: z.object({
    undecided: z.number(),
    unanswered: z.number(),
    acceptedWithoutReference: z.number(),
  }),
  explanation: z.array(z.string()),
});
