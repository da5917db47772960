/** The public record of §6, §16 and §18 evidence (§16 results are published by law), by body and year. */
import type { AppContext } from "../../context.ts";
import {
  listDialogueEvents,
  listMediaWork,
  listResultPublications,
  type DialogueEventRow,
  type EvidenceKind,
  type MediaWorkRow,
  type ResultPublicationRow,
} from "../../repositories/evidence.repository.ts";

export interface EvidenceFilter {
  bodyId?: string;
  /** Only the §16 publications carry a period year; the other kinds ignore it. */
  year?: number;
  /** The body's own screen shows withdrawn records too (marked); everything else leaves them out. */
  includeWithdrawn?: boolean;
}

interface EvidenceRows {
  "result-publications": ResultPublicationRow;
  "media-work": MediaWorkRow;
  "dialogue-events": DialogueEventRow;
}

const LISTERS: { [K in EvidenceKind]: (ctx: AppContext, filter: EvidenceFilter) => Promise<EvidenceRows[K][]> } = {
  "result-publications": (ctx, f) => listResultPublications(ctx.database.db, f.bodyId, f.year, f),
  "media-work": (ctx, f) => listMediaWork(ctx.database.db, f.bodyId, f),
  "dialogue-events": (ctx, f) => listDialogueEvents(ctx.database.db, f.bodyId, f),
};

export function listEvidence<K extends EvidenceKind>(
  ctx: AppContext,
  kind: K,
  filter: EvidenceFilter,
): Promise<EvidenceRows[K][]> {
  return LISTERS[kind](ctx, filter);
}
