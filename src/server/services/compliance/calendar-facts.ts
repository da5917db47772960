/** Gathers ComplianceFacts for bodies from the repositories: one query per fact for all of them. */
import type { ComplianceFacts } from "../../../domain/compliance/compute-due-duties.ts";
import type { AppContext } from "../../context.ts";
import {
  findUnansweredComments,
  listCalendarEvidence,
  listDiscussionFacts,
  listRequestFacts,
  listSubmittedAnalyses,
  type OfBody,
} from "../../repositories/compliance.repository.ts";
import { isDialoguePortalUrl } from "../../../domain/evaluation/dialogue-link.ts";

export async function gatherCalendarFacts(
  ctx: AppContext,
  bodyId: string,
  window: { from: string; to: string },
  today: string,
): Promise<ComplianceFacts> {
  return (await gatherCalendarFactsOfBodies(ctx, [bodyId], window, today)).get(bodyId)!;
}

/** The facts of each body asked for (every one has an entry, empty where the record holds nothing). */
export async function gatherCalendarFactsOfBodies(
  ctx: AppContext,
  bodyIds: string[],
  window: { from: string; to: string },
  today: string,
): Promise<Map<string, ComplianceFacts>> {
  const db = ctx.database.db;
  const [discussions, unanswered, requests, evidence, analysesSubmitted] = await Promise.all([
    listDiscussionFacts(db, bodyIds, window.from, window.to),
    findUnansweredComments(db, bodyIds),
    listRequestFacts(db, bodyIds),
    listCalendarEvidence(db, bodyIds),
    listSubmittedAnalyses(db, bodyIds),
  ]);
  // Each list grouped by body once, not filtered once per body (hundreds of bodies).
  const discussionsOf = groupByBody(discussions);
  const requestsOf = groupByBody(requests);
  const analysesOf = groupByBody(analysesSubmitted);
  const publicationsOf = groupByBody(evidence.publications);
  const eventsOf = groupByBody(evidence.events);
  return new Map(
    bodyIds.map((bodyId): [string, ComplianceFacts] => [
      bodyId,
      {
        today,
        from: window.from,
        to: window.to,
        discussions: discussionsOf(bodyId),
        unansweredComments: unanswered.get(bodyId) ?? null,
        requests: requestsOf(bodyId),
        // §14 is done once the analysis went to the head (services/review); §12 once a council session
        // heard the report (council_sessions, read with the discussions).
        analysesSubmitted: analysesOf(bodyId).map((r) => r.quarter),
        publications: publicationsOf(bodyId),
        // §18: only events of the open dialogue portal prove the duty (§2.5, §2.7) — also those recorded
        // before the address rule of evidence-record-rules.ts, which stay listed but close nothing.
        dialogueEventDays: eventsOf(bodyId)
          .filter((e) => isDialoguePortalUrl(e.url))
          .map((e) => e.startsOn),
      },
    ]),
  );
}

/** The rows of each body, without their body id; a body with none gets an empty list. */
function groupByBody<T>(list: OfBody<T>[]): (bodyId: string) => T[] {
  const byBody = new Map<string, T[]>();
  for (const { bodyId, ...row } of list) {
    const rows = byBody.get(bodyId);
    if (rows) rows.push(row as T);
    else byBody.set(bodyId, [row as T]);
  }
  return (bodyId) => byBody.get(bodyId) ?? [];
}
