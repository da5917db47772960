/** Wire shapes (zod) of the reminders routes; the routes validate and document with these. */
import { z } from "zod";
import { dutySchema } from "../compliance/calendar.schema.ts";

export const messageSchema = z.object({
  id: z.number().int(),
  userId: z.string().nullable(),
  email: z.string(),
  locale: z.string(),
  kind: z.string(),
  subject: z.string(),
  body: z.string(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  attempts: z.number().int(),
  error: z.string().nullable(),
});

/** GET /api/compliance/overdue: every in-scope body's overdue duties, bodies with the most first (each duty as the body's calendar shows it). */
export const overdueSchema = z.object({
  today: z.string(),
  from: z.string(),
  bodies: z.array(
    z.object({
      bodyId: z.string(),
      code: z.string(),
      name: z.object({ kk: z.string(), ru: z.string(), en: z.string() }),
      duties: z.array(dutySchema),
    }),
  ),
});
