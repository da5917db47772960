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
  const grouped = new Map<OfBody<unknown>[], Map<string, unknown[]>>();
  // Each list grouped once by body, not filtered once per body (hundreds of bodies).
  const ofBody = <T>(list: OfBody<T>[], bodyId: string): T[] => {
    let byBody = grouped.get(list);
    if (!byBody) {
      byBody = new Map();
      for (const { bodyId: id, ...row } of list) {
        const rowsOfBody = byBody.get(id);
        if (rowsOfBody) rowsOfBody.push(row);
        else byBody.set(id, [row]);
      }
      grouped.set(list, byBody);
    }
    return (byBody.get(bodyId) ?? []) as T[];
  };
  return new Map(
    bodyIds.map((bodyId): [string, ComplianceFacts] => [
      bodyId,
      {
        today,
        from: window.from,
        to: window.to,
        discussions: ofBody(discussions, bodyId),
        unansweredComments: unanswered.get(bodyId) ?? null,
        requests: ofBody(requests, bodyId),
        // §14 is done once the analysis went to the head (services/review); §12 once a council session
        // heard the report (council_sessions, read with the discussions).
        analysesSubmitted: ofBody(analysesSubmitted, bodyId).map((r) => r.quarter),
        publications: ofBody(evidence.publications, bodyId),
        // §18: only events of the open dialogue portal prove the duty (§2.5, §2.7) — also those recorded
        // before the address rule of evidence-record-rules.ts, which stay listed but close nothing.
        dialogueEventDays: ofBody(evidence.events, bodyId)
          .filter((e) => isDialoguePortalUrl(e.url))
          .map((e) => e.startsOn),
      },
    ]),
  );
}
