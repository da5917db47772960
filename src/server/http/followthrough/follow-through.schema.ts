/** Wire shapes (zod) of the follow-through routes (§8, §13, §19). */
import { z } from "zod";
import { FOLLOW_THROUGH_KINDS, FOLLOW_THROUGH_PARAGRAPH } from "../../../domain/followthrough/follow-through.ts";
import type { FollowThroughRow } from "../../repositories/follow-through.repository.ts";
import { httpUrl, isoDate } from "../common.schema.ts";

export const itemParam = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

export const followThroughBody = z.object({
  /** Where it went: §8 rule_making_plan / legislative_plan, §13 budget_program_correction / three_year_budget, §19 conference_*. */
  kind: z.enum(FOLLOW_THROUGH_KINDS),
  /** The document's date (dd.mm.yyyy on screen), not in the future. */
  documentDate: isoDate,
  documentTitle: z.string().trim().min(1).max(1000),
  documentNumber: z.string().trim().max(200).nullish(),
  documentUrl: httpUrl.nullish(),
  note: z.string().trim().max(2000).nullish(),
});

export const followThroughSchema = z.object({
  id: z.string(),
  itemId: z.number(),
  kind: z.enum(FOLLOW_THROUGH_KINDS),
  /** "§8", "§13" or "§19". */
  paragraph: z.string(),
  documentDate: z.string(),
  documentTitle: z.string(),
  documentNumber: z.string().nullable(),
  documentUrl: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});

export const itemFollowThroughsSchema = z.object({
  links: z.array(followThroughSchema),
  /** The kinds that fit this item (by its channel); empty for appeals and social comments. */
  kinds: z.array(z.enum(FOLLOW_THROUGH_KINDS)),
});

export function presentFollowThrough(r: FollowThroughRow): z.infer<typeof followThroughSchema> {
  return {
    id: r.id,
    itemId: r.itemId,
    kind: r.kind,
    paragraph: FOLLOW_THROUGH_PARAGRAPH[r.kind],
    documentDate: r.documentDate,
    documentTitle: r.documentTitle,
    documentNumber: r.documentNumber,
    documentUrl: r.documentUrl,
    note: r.note,
    createdAt: r.createdAt.toISOString(),
  };
}
