/** Issue 10: §16 exemptions, resolutions of §20 differences and result versions of a round. */
import { z } from "zod";
import { DISPUTE_FIELDS, RESOLUTION_CHOICES } from "../../../domain/evaluation/disputes.ts";
import { roundSchema } from "./evaluations.schema.ts";

export const roundBodyParams = z.object({ id: z.uuid(), bodyId: z.uuid() });
export const versionParams = z.object({ id: z.uuid(), version: z.coerce.number().int().min(1) });

export const exemptionBody = z.object({
  /** The §16 slot: "2025-Q3" (quarterly interim results) or "2025-final" (annual final results). */
  slot: z.string().regex(/^\d{4}-(Q[1-4]|final)$/, "expected a slot such as 2025-Q3 or 2025-final"),
  /** Why the body is exempted; required (exemption_reason_required). */
  reason: z.string().max(2000).nullish(),
});

export const resolutionBody = z.object({
  /** The figure in dispute: B, C, E, G or an open-access fact. */
  field: z.enum(DISPUTE_FIELDS),
  /** Accept the body's submitted value or Pikir's recorded one. */
  choice: z.enum(RESOLUTION_CHOICES),
  /** The analyst's note; required (resolution_note_required). */
  note: z.string().max(2000).nullish(),
});

export const correctionOutcomeSchema = z.object({
  /** The new version of the results; null when a correction waits for other resolutions. */
  version: z.number().int().nullable(),
  /** Bodies whose submission still has unresolved differences. */
  unresolvedBodies: z.array(z.string()),
});

export const exemptionSchema = z.object({
  bodyId: z.string(),
  slot: z.string(),
  reason: z.string(),
  recordedAt: z.string(),
});

export const versionSchema = z.object({
  version: z.number().int(),
  /** compute, recompute, satisfaction, exemption or resolution. */
  cause: z.string(),
  reason: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
  results: z.number().int(),
});

export const versionsResponse = z.object({ round: roundSchema, versions: z.array(versionSchema) });

export function presentVersion(v: {
  version: number;
  cause: string;
  reason: string | null;
  createdLabel: string;
  createdAt: Date;
  publishedAt: Date | null;
  results: number;
}): z.infer<typeof versionSchema> {
  return {
    version: v.version,
    cause: v.cause,
    reason: v.reason,
    createdBy: v.createdLabel,
    createdAt: v.createdAt.toISOString(),
    publishedAt: v.publishedAt?.toISOString() ?? null,
    results: Number(v.results),
  };
}

export function presentExemption(e: {
  bodyId: string;
  slot: string;
  reason: string;
  recordedAt: Date;
}): z.infer<typeof exemptionSchema> {
  return { bodyId: e.bodyId, slot: e.slot, reason: e.reason, recordedAt: e.recordedAt.toISOString() };
}
