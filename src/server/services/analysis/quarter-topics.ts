/**
 * The topic map of a body's quarter, from stored labels (effective topic and sentiment, a person's
 * correction first) and each item's stored content terms. Computed on request so that a correction
 * shows at once; the items endpoint uses the same function, so a topic's size and the items listed
 * behind it always agree.
 */
import { groupTopics, type Topic, type TopicCategory, type Sentiment } from "../../../domain/analysis/index.ts";
import type { Executor } from "../../context.ts";
import type { ItemKind } from "../../db/enums.ts";
import { listTopicInputs, SECTION_14_KINDS } from "../../repositories/analysis-report.repository.ts";
import { quarterBounds, type Quarter } from "./quarters.ts";

export const SCOPES = ["s14", "all"] as const;
export type Scope = (typeof SCOPES)[number];

/** §14 analyses appeals and social-media comments; "all" adds the portals' items. */
export function scopeKinds(scope: Scope): ItemKind[] | undefined {
  return scope === "s14" ? SECTION_14_KINDS : undefined;
}

export async function quarterTopics(db: Executor, bodyId: string, quarter: Quarter, scope: Scope): Promise<Topic[]> {
  const rows = await listTopicInputs(db, { bodyId, ...quarterBounds(quarter), kinds: scopeKinds(scope) });
  return groupTopics(
    rows.map((r) => ({
      id: String(r.id),
      category: r.topic as TopicCategory,
      sentiment: r.sentiment as Sentiment,
      duplicateOf: r.duplicateOf === null ? null : String(r.duplicateOf),
      terms: r.terms.map(([stem, word, lang]) => ({ stem, word, lang })),
    })),
  );
}
