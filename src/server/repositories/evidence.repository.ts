import { and, desc, eq, isNull } from "drizzle-orm";
import { dialogueEvents, mediaWork, resultPublications } from "../db/index.ts";
import type { Executor } from "../context.ts";

const EVIDENCE_TABLES = {
  "result-publications": resultPublications,
  "media-work": mediaWork,
  "dialogue-events": dialogueEvents,
} as const;
export type EvidenceKind = keyof typeof EVIDENCE_TABLES;

export type ResultPublicationRow = typeof resultPublications.$inferSelect;
export type MediaWorkRow = typeof mediaWork.$inferSelect;
export type DialogueEventRow = typeof dialogueEvents.$inferSelect;

/** Withdrawn evidence (0024) proves nothing: left out unless the caller shows the whole record. */
export interface EvidenceListOptions {
  includeWithdrawn?: boolean;
}

export async function listResultPublications(
  db: Executor,
  bodyId?: string,
  year?: number,
  options: EvidenceListOptions = {},
): Promise<ResultPublicationRow[]> {
  return db
    .select()
    .from(resultPublications)
    .where(
      and(
        bodyId ? eq(resultPublications.bodyId, bodyId) : undefined,
        year ? eq(resultPublications.periodYear, year) : undefined,
        options.includeWithdrawn ? undefined : isNull(resultPublications.withdrawnAt),
      ),
    )
    .orderBy(desc(resultPublications.publishedOn))
    .limit(1000);
}

export async function listMediaWork(
  db: Executor,
  bodyId?: string,
  options: EvidenceListOptions = {},
): Promise<MediaWorkRow[]> {
  return db
    .select()
    .from(mediaWork)
    .where(
      and(
        bodyId ? eq(mediaWork.bodyId, bodyId) : undefined,
        options.includeWithdrawn ? undefined : isNull(mediaWork.withdrawnAt),
      ),
    )
    .orderBy(desc(mediaWork.happenedOn))
    .limit(1000);
}

export async function listDialogueEvents(
  db: Executor,
  bodyId?: string,
  options: EvidenceListOptions = {},
): Promise<DialogueEventRow[]> {
  return db
    .select()
    .from(dialogueEvents)
    .where(
      and(
        bodyId ? eq(dialogueEvents.bodyId, bodyId) : undefined,
        options.includeWithdrawn ? undefined : isNull(dialogueEvents.withdrawnAt),
      ),
    )
    .orderBy(desc(dialogueEvents.startsOn))
    .limit(1000);
}

export async function insertResultPublication(
  db: Executor,
  values: typeof resultPublications.$inferInsert,
): Promise<ResultPublicationRow> {
  const [row] = await db.insert(resultPublications).values(values).returning();
  return row!;
}

export async function insertMediaWork(db: Executor, values: typeof mediaWork.$inferInsert): Promise<MediaWorkRow> {
  const [row] = await db.insert(mediaWork).values(values).returning();
  return row!;
}

export async function insertDialogueEvent(
  db: Executor,
  values: typeof dialogueEvents.$inferInsert,
): Promise<DialogueEventRow> {
  const [row] = await db.insert(dialogueEvents).values(values).returning();
  return row!;
}
