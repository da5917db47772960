import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { conferenceTopicEvents, conferenceTopics, dialogueEvents } from "../db/index.ts";
import type { Executor } from "../context.ts";

export type ConferenceTopicRow = typeof conferenceTopics.$inferSelect;
export type NewConferenceTopic = typeof conferenceTopics.$inferInsert;
export type LinkedEvent = {
  topicId: string;
  eventId: string;
  kind: string;
  topic: string;
  url: string;
  startsOn: string;
};

/** Every topic of the body's quarter, removed ones included (a rebuild must know them). */
export async function listQuarterTopics(db: Executor, bodyId: string, quarter: string): Promise<ConferenceTopicRow[]> {
  return db
    .select()
    .from(conferenceTopics)
    .where(and(eq(conferenceTopics.bodyId, bodyId), eq(conferenceTopics.quarter, quarter)))
    .orderBy(asc(conferenceTopics.createdAt), asc(conferenceTopics.id));
}

/** The topics of a body's quarters that are still on its list. */
export async function listCurrentTopics(
  db: Executor,
  bodyId: string,
  quarters: string[],
): Promise<ConferenceTopicRow[]> {
  if (quarters.length === 0) return [];
  return db
    .select()
    .from(conferenceTopics)
    .where(
      and(
        eq(conferenceTopics.bodyId, bodyId),
        inArray(conferenceTopics.quarter, quarters),
        isNull(conferenceTopics.removedAt),
      ),
    )
    .orderBy(asc(conferenceTopics.quarter), asc(conferenceTopics.createdAt), asc(conferenceTopics.id));
}

export async function findTopic(db: Executor, id: string): Promise<ConferenceTopicRow | undefined> {
  const [row] = await db.select().from(conferenceTopics).where(eq(conferenceTopics.id, id));
  return row;
}

export async function insertTopics(tx: Executor, rows: NewConferenceTopic[]): Promise<ConferenceTopicRow[]> {
  if (rows.length === 0) return [];
  return tx.insert(conferenceTopics).values(rows).onConflictDoNothing().returning();
}

export async function updateTopic(
  tx: Executor,
  id: string,
  set: Partial<Pick<ConferenceTopicRow, "titleKk" | "titleRu" | "titleEn" | "removedAt">>,
): Promise<ConferenceTopicRow> {
  const [row] = await tx
    .update(conferenceTopics)
    .set({ ...set, updatedAt: new Date() })
    .where(eq(conferenceTopics.id, id))
    .returning();
  return row!;
}

export async function replaceTopicEvents(tx: Executor, topicId: string, eventIds: string[]): Promise<void> {
  await tx.delete(conferenceTopicEvents).where(eq(conferenceTopicEvents.topicId, topicId));
  if (eventIds.length > 0)
    await tx.insert(conferenceTopicEvents).values(eventIds.map((eventId) => ({ topicId, eventId })));
}

export async function listTopicEvents(db: Executor, topicIds: string[]): Promise<LinkedEvent[]> {
  if (topicIds.length === 0) return [];
  return db
    .select({
      topicId: conferenceTopicEvents.topicId,
      eventId: dialogueEvents.id,
      kind: dialogueEvents.kind,
      topic: dialogueEvents.topic,
      url: dialogueEvents.url,
      startsOn: dialogueEvents.startsOn,
    })
    .from(conferenceTopicEvents)
    .innerJoin(dialogueEvents, eq(dialogueEvents.id, conferenceTopicEvents.eventId))
    .where(inArray(conferenceTopicEvents.topicId, topicIds))
    .orderBy(asc(dialogueEvents.startsOn));
}

/** The body's own §18 events among the given ids (a topic links only its body's events). */
export async function countBodyEvents(db: Executor, bodyId: string, eventIds: string[]): Promise<number> {
  if (eventIds.length === 0) return 0;
  const rows = await db
    .select({ id: dialogueEvents.id })
    .from(dialogueEvents)
    .where(and(eq(dialogueEvents.bodyId, bodyId), inArray(dialogueEvents.id, eventIds)));
  return rows.length;
}
