/** The open-data records as zod schemas: they validate what leaves and document it in the OpenAPI. */
import { z } from "zod";

export const indicatorRecord = z.object({
  /** The evaluation round. */
  roundId: z.string(),
  roundTitle: z.string(),
  /** The evaluated period, YYYY-MM-DD. */
  periodFrom: z.string(),
  periodTo: z.string(),
  /** The day the authorised body published the round (Kazakhstan time). */
  publishedOn: z.string().nullable(),
  bodyCode: z.string(),
  nameKk: z.string(),
  nameRu: z.string(),
  nameEn: z.string(),
  /** §22: accepted remarks and proposals. */
  B: z.number().int(),
  /** §22: all remarks and proposals received. */
  C: z.number().int(),
  /** §22: comments answered. */
  E: z.number().int(),
  /** §22: all comments received. */
  G: z.number().int(),
  /** The feedback indicator in percent, one decimal; null when the body submitted no §20 information. */
  F: z.number().nullable(),
  /** §23: high, medium, low or ineffective; null when the body submitted no §20 information. */
  band: z.string().nullable(),
  /** §23: F set to zero because required materials were not in open access. */
  zeroed: z.boolean(),
  /**
   * evaluated; nothing_received (C = G = 0: F is the §22 default, not a rating); not_submitted (no
   * §20 information: no F, no band; B, C, E, G are then Pikir's own record, for information only).
   */
  status: z.enum(["evaluated", "nothing_received", "not_submitted"]),
  /** submission (the body's §20 figures) or recorded (Pikir's record where nothing was submitted). */
  source: z.string(),
  rulesVersion: z.string(),
  /** Issue 10: the day the published results were last corrected (a later version), Kazakhstan time; null if never. */
  correctedOn: z.string().nullable(),
});

export const bodyRecord = z.object({
  code: z.string(),
  nameKk: z.string(),
  nameRu: z.string(),
  nameEn: z.string(),
  /** central, local or presidential. */
  kind: z.string(),
  regionCode: z.string().nullable(),
  parentCode: z.string().nullable(),
  /** §1: false for bodies the methodology does not apply to. */
  inScope: z.boolean(),
  /** §1: national_security, prosecutor, court_administration or national_bank. */
  exclusionReason: z.string().nullable(),
  website: z.string().nullable(),
});

export const discussionRecord = z.object({
  itemId: z.number().int(),
  initiativeId: z.string(),
  initiativeTitleKk: z.string().nullable(),
  initiativeTitleRu: z.string().nullable(),
  initiativeTitleEn: z.string().nullable(),
  bodyCode: z.string(),
  /** remark or proposal. */
  kind: z.string(),
  lang: z.string(),
  /** What the citizen wrote on the portal (no author data is published). */
  text: z.string(),
  /** The clause of the draft the remark points to. */
  clauseRef: z.string().nullable(),
  receivedOn: z.string(),
  /** accepted or rejected. */
  outcome: z.string(),
  /** Why it was rejected. */
  reason: z.string().nullable(),
  /** §20.1: act_clause, budget_program or document. */
  referenceKind: z.string().nullable(),
  referenceText: z.string().nullable(),
  referenceUrl: z.string().nullable(),
  decidedOn: z.string(),
});
