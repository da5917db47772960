/** Wire shapes of correcting and withdrawing evidence, and of its history (issue 13). */
import { z } from "zod";
import { httpUrl, isoDate } from "../common.schema.ts";
import { dialogueBody, mediaBody, publicationFields } from "./evidence.schema.ts";

const url = httpUrl;
/** A correction names the revision it corrects and says why; only the fields sent change. */
const revisionAndReason = {
  revision: z.number().int().min(1),
  reason: z.string().trim().min(1).max(2000),
};
export const CORRECTION_BODIES = {
  "result-publications": z.object({
    ...revisionAndReason,
    changes: publicationFields.omit({ bodyId: true }).partial(),
  }),
  "media-work": z.object({ ...revisionAndReason, changes: mediaBody.omit({ bodyId: true }).partial() }),
  "dialogue-events": z.object({ ...revisionAndReason, changes: dialogueBody.omit({ bodyId: true }).partial() }),
  "council-sessions": z.object({
    ...revisionAndReason,
    changes: z.object({ heldOn: isoDate, protocolUrl: url }).partial(),
  }),
} as const;
export const withdrawBody = z.object(revisionAndReason);
export const evidenceIdParam = z.object({ id: z.uuid() });

export const evidenceVersionSchema = z.object({
  revision: z.number(),
  action: z.enum(["recorded", "corrected", "withdrawn"]),
  reason: z.string().nullable(),
  /** The record as it stood after this version. */
  snapshot: z.record(z.string(), z.unknown()),
  /** The person's name (never the e-mail); null for records made before the history was kept. */
  actorName: z.string().nullable(),
  createdAt: z.string(),
  changed: z.array(z.string()),
});
export const evidenceHistorySchema = z.object({ items: z.array(evidenceVersionSchema) });
