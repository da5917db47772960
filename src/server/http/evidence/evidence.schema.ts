/** Wire shapes of the §6, §16 and §18 evidence routes. */
import { z } from "zod";
import { DIALOGUE_EVENT_KINDS, MEDIA_WORK_KINDS, RESULT_PUBLICATION_KINDS } from "../../db/enums.ts";
import { httpUrl, isoDate } from "../common.schema.ts";

const url = httpUrl;
export const bodyFilter = z.object({
  bodyId: z.uuid().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  /** `include` also lists withdrawn records (marked); by default they are left out. */
  withdrawn: z.enum(["include"]).optional(),
});

const title = z.string().trim().min(1).max(1000);
/** A translation beside the Kazakh (or only) text; "" or null leaves it empty. */
const translation = z
  .string()
  .trim()
  .max(1000)
  .nullable()
  .optional()
  .transform((v) => (v ? v : v === undefined ? undefined : null));

export const publicationFields = z.object({
  bodyId: z.uuid(),
  initiativeId: z.uuid().nullable().optional(),
  kind: z.enum(RESULT_PUBLICATION_KINDS),
  periodYear: z.number().int().min(2024).max(2100),
  periodQuarter: z.number().int().min(1).max(4).nullable().optional(),
  title,
  titleRu: translation,
  titleEn: translation,
  url,
  publishedOn: isoDate,
});
export const publicationBody = publicationFields.refine((p) => (p.kind === "interim") === (p.periodQuarter != null), {
  message: "interim results need a quarter (§16.1); final results have none (§16.2)",
  path: ["periodQuarter"],
});
export const mediaBody = z.object({
  bodyId: z.uuid(),
  initiativeId: z.uuid().nullable().optional(),
  kind: z.enum(MEDIA_WORK_KINDS),
  title,
  titleRu: translation,
  titleEn: translation,
  url: url.nullable().optional(),
  proofUrl: url.nullable().optional(),
  announcedOn: isoDate.nullable().optional(),
  happenedOn: isoDate,
});
export const dialogueBody = z.object({
  bodyId: z.uuid(),
  kind: z.enum(DIALOGUE_EVENT_KINDS),
  topic: title,
  topicRu: translation,
  topicEn: translation,
  url,
  startsOn: isoDate,
  endsOn: isoDate.nullable().optional(),
  participants: z.number().int().min(0).nullable().optional(),
  questions: z.number().int().min(0).nullable().optional(),
});

/** Dates as ISO strings; the rest of the row as stored. */
export const presentEvidence = <T extends object>(row: T): Record<string, unknown> =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]));
