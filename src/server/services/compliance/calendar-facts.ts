/** Gathers ComplianceFacts for one body from the repositories. */
import type { ComplianceFacts } from "../../../domain/compliance/compute-due-duties.ts";
import type { AppContext } from "../../context.ts";
import {
  findUnansweredComments,
  listDiscussionFacts,
  listRequestFacts,
  listSubmittedAnalyses,
} from "../../repositories/compliance.repository.ts";
import { listDialogueEvents, listResultPublications } from "../../repositories/evidence.repository.ts";
import { isDialoguePortalUrl } from "../../../domain/evaluation/dialogue-link.ts";

export async function gatherCalendarFacts(
  ctx: AppContext,
  bodyId: string,
  window: { from: string; to: string },
  today: string,
): Promise<ComplianceFacts> {
  const db = ctx.database.db;
  const [discussions, unanswered, requests, publications, events, analysesSubmitted] = await Promise.all([
    listDiscussionFacts(db, bodyId, window.from, window.to),
    findUnansweredComments(db, bodyId),
    listRequestFacts(db, bodyId),
    listResultPublications(db, bodyId),
    listDialogueEvents(db, bodyId),
    listSubmittedAnalyses(db, bodyId),
  ]);
  return {
    today,
    from: window.from,
    to: window.to,
    discussions,
    unansweredComments: unanswered,
    requests,
    // §14 is done once the analysis went to the head (services/review); §12 once a council session
    // heard the report (council_sessions, read with the discussions).
    analysesSubmitted,
    publications,
    // §18: only events of the open dialogue portal prove the duty (§2.5, §2.7) — also those recorded
    // before the address rule of evidence-record-rules.ts, which stay listed but close nothing.
    dialogueEventDays: events.filter((e) => isDialoguePortalUrl(e.url)).map((e) => e.startsOn),
  };
}
