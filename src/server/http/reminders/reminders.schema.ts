/** Wire shapes (zod) of the reminders routes; the routes validate and document with these. */
import { z } from "zod";
import { DUTY_KINDS } from "../../../domain/compliance/compute-due-duties.ts";

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

export const dutySchema = z.object({
  kind: z.enum(DUTY_KINDS),
  paragraph: z.string(),
  dueOn: z.string(),
  status: z.enum(["due", "overdue", "done"]),
  subject: z.string(),
  subjectId: z.string().optional(),
  count: z.number().int().optional(),
});
