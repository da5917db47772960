/** Wire shapes of the audit log routes: one entity's history and the chain check. */
import { z } from "zod";
import type { AuditVerification } from "../../services/audit/verify-audit.ts";

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

const checkpointSchema = z.object({ at: z.string(), lastId: z.number(), lastHash: z.string(), entries: z.number() });

export const verificationSchema = z.object({
  ok: z.boolean(),
  checked: z.number(),
  brokenAt: z.object({ id: z.number(), reason: z.string() }).optional(),
  /** The first disagreement with the signed checkpoints (W6): truncated, rewritten, forged, dropped. */
  anchorProblem: z.object({ kind: z.string(), checkpoint: checkpointSchema }).optional(),
  anchor: z.object({
    /** Signatures were checked (PIKIR_AUDIT_KEY is set on the server). */
    keyConfigured: z.boolean(),
    checkpoints: z.number(),
    latest: checkpointSchema.optional(),
  }),
  /** What the CLI prints, in the caller's language: errors are what make ok false. */
  messages: z.object({ info: z.array(z.string()), warnings: z.array(z.string()), errors: z.array(z.string()) }),
});

const presentCheckpoint = (c: { at: Date; lastId: number; lastHash: string; entries: number }) => ({
  at: c.at.toISOString(),
  lastId: c.lastId,
  lastHash: c.lastHash,
  entries: c.entries,
});

export function presentVerification(
  result: AuditVerification,
  messages: { info: string[]; warnings: string[]; errors: string[] },
): z.infer<typeof verificationSchema> {
  return {
    ok: result.ok,
    checked: result.checked,
    ...(result.brokenAt ? { brokenAt: result.brokenAt } : {}),
    ...(result.anchorProblem
      ? {
          anchorProblem: {
            kind: result.anchorProblem.kind,
            checkpoint: presentCheckpoint(result.anchorProblem.checkpoint),
          },
        }
      : {}),
    anchor: {
      keyConfigured: result.anchor.keyConfigured,
      checkpoints: result.anchor.checkpoints,
      ...(result.anchor.latest ? { latest: presentCheckpoint(result.anchor.latest) } : {}),
    },
    messages,
  };
}
