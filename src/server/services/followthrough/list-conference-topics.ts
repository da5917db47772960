/** §17: the body's list of topics for a quarter, each with the §18 conferences and surveys linked to it. */
import type { Actor, AppContext } from "../../context.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { findBody } from "../../repositories/body.repository.ts";
import {
  listCurrentTopics,
  listTopicEvents,
  type ConferenceTopicRow,
  type LinkedEvent,
} from "../../repositories/conference-topic.repository.ts";
import { formatQuarter, parseQuarter } from "../analysis/quarters.ts";

export type TopicWithEvents = ConferenceTopicRow & { events: LinkedEvent[] };

export async function listConferenceTopics(
  ctx: AppContext,
  actor: Actor,
  bodyId: string,
  quarters: string[],
): Promise<TopicWithEvents[]> {
  const parsed = quarters.map((q) => parseQuarter(q));
  const bad = quarters.find((_, i) => parsed[i] === null);
  if (bad !== undefined) throw new AppError("validation_failed", { details: `quarter "${bad}": use 2026-Q4` });
  const db = ctx.database.db;
  if (!(await findBody(db, bodyId))) throw notFound("state body");
  authorize(actor, "analysis.read", bodyId);
  const topics = await listCurrentTopics(
    db,
    bodyId,
    parsed.map((q) => formatQuarter(q!)),
  );
  const events = await listTopicEvents(
    db,
    topics.map((t) => t.id),
  );
  return topics.map((t) => ({ ...t, events: events.filter((e) => e.topicId === t.id) }));
}
