/** Wire shapes (zod) of the calendar routes; the routes validate and document with these. */
import { z } from "zod";
import { DUTY_KINDS } from "../../../domain/compliance/compute-due-duties.ts";

export const dutySchema = z.object({
  kind: z.enum(DUTY_KINDS),
  /** The paragraph of the order the duty comes from ("§14"). */
  paragraph: z.string(),
  dueOn: z.string(),
  status: z.enum(["due", "overdue", "done"]),
  subject: z.string(),
  subjectId: z.string().optional(),
  count: z.number().int().optional(),
});
