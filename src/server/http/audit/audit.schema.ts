/** Wire shapes of the audit log routes: one entity's history and the chain check. */
import { z } from "zod";

export const entityQuery = z.object({ entity: z.string().max(64), entityId: z.string().max(64) });

export const auditEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  prevHash: z.string(),
  hash: z.string(),
});

export const verificationSchema = z.object({
  ok: z.boolean(),
  checked: z.number(),
  brokenAt: z.object({ id: z.number(), reason: z.string() }).optional(),
});
