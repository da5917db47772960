import { and, desc, eq } from "drizzle-orm";
import { dialogueEvents, mediaWork, resultPublications } from "../db/index.ts";
import type { Executor } from "../context.ts";

export const EVIDENCE_TABLES = {
  "result-publications": resultPublications,
  "media-work": mediaWork,
  "dialogue-events": dialogueEvents,
} as const;
export type EvidenceKind = keyof typeof EVIDENCE_TABLES;

export type ResultPublicationRow = typeof resultPublications.$inferSelect;
export type MediaWorkRow = typeof mediaWork.$inferSelect;
export type DialogueEventRow = typeof dialogueEvents.$inferSelect;

export async function listResultPublications(
  db: Executor,
  bodyId?: string,
  year?: number,
): Promise<ResultPublicationRow[]> {
  return db
    .select()
    .from(resultPublications)
    .where(
      and(
        bodyId ? eq(resultPublications.bodyId, bodyId) : undefined,
        year ? eq(resultPublications.periodYear, year) : undefined,
      ),
    )
    .orderBy(desc(resultPublications.publishedOn))
    .limit(1000);
}

export async function listMediaWork(db: Executor, bodyId?: string): Promise<MediaWorkRow[]> {
  return db
    .select()
    .from(mediaWork)
    .where(bodyId ? eq(mediaWork.bodyId, bodyId) : undefined)
    .orderBy(desc(mediaWork.happenedOn))
    .limit(1000);
}

export async function listDialogueEvents(db: Executor, bodyId?: string): Promise<DialogueEventRow[]> {
  return db
    .select()
    .from(dialogueEvents)
    .where(bodyId ? eq(dialogueEvents.bodyId, bodyId) : undefined)
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
