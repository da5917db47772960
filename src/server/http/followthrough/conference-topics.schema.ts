/** Wire shapes (zod) of §17's list of conference topics. */
import { z } from "zod";
import type { TopicWithEvents } from "../../services/followthrough/list-conference-topics.ts";

const quarter = z.string().regex(/^\d{4}-Q[1-4]$/, "a quarter such as 2026-Q4");
export const bodyParam = z.object({ bodyId: z.uuid() });
export const topicParam = z.object({ id: z.uuid() });
export const quartersQuery = z.object({
  /** One quarter (2026-Q4) or several, comma-separated (a half-year's two). */
  quarter: z.string().regex(/^\d{4}-Q[1-4](,\d{4}-Q[1-4])*$/, "2026-Q4 or 2026-Q3,2026-Q4"),
});
export const buildBody = z.object({ quarter });
const title = z.object({
  kk: z.string().max(500).nullish(),
  ru: z.string().max(500).nullish(),
  en: z.string().max(500).nullish(),
});
export const addTopicBody = z.object({ quarter, title });
export const updateTopicBody = z.object({
  title: title.optional(),
  /** The body's §18 conferences and surveys held on this topic; replaces the previous links. */
  eventIds: z.array(z.uuid()).max(100).optional(),
});

export const conferenceTopicSchema = z.object({
  id: z.string(),
  quarter: z.string(),
  /** The analysis topic it came from; null for a topic the body added. */
  topicKey: z.string().nullable(),
  origin: z.enum(["analysis", "body"]),
  title: z.object({ kk: z.string().nullable(), ru: z.string().nullable(), en: z.string().nullable() }),
  /** Appeals and social comments of the quarter behind it when the list was built. */
  items: z.number(),
  negativeShare: z.number(),
  events: z.array(
    z.object({ id: z.string(), kind: z.string(), topic: z.string(), url: z.string(), startsOn: z.string() }),
  ),
});

export function presentTopic(t: TopicWithEvents): z.infer<typeof conferenceTopicSchema> {
  return {
    id: t.id,
    quarter: t.quarter,
    topicKey: t.topicKey,
    origin: t.origin,
    title: { kk: t.titleKk, ru: t.titleRu, en: t.titleEn },
    items: t.items,
    negativeShare: Math.round(t.negativeShare * 1000) / 1000,
    events: t.events.map((e) => ({ id: e.eventId, kind: e.kind, topic: e.topic, url: e.url, startsOn: e.startsOn })),
  };
}
