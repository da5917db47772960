/**
 * What a piece of evidence must satisfy whenever it is recorded or corrected (issue 13): the dates
 * of evidence-dates.ts, and the §16 period — interim results name a quarter (§16.1), final results
 * none (§16.2). Pure: one rule set for the first recording and for every correction, so a
 * correction cannot make a record that recording it would have refused.
 */
import {
  councilSessionDateProblem,
  mediaWorkDateProblem,
  publicationDateProblem,
  type EvidenceDateProblem,
} from "./evidence-dates.ts";
import { isDialoguePortalUrl } from "../evaluation/dialogue-link.ts";

export type EvidenceRecordProblem =
  | EvidenceDateProblem
  | { code: "evidence_period_mismatch"; params: Record<string, never> }
  | { code: "event_not_on_dialogue_portal"; params: { url: string } };

export type EvidenceEntityName = "result-publications" | "media-work" | "dialogue-events" | "council-sessions";

export function evidenceRecordProblem(
  entity: EvidenceEntityName,
  values: Record<string, unknown>,
  today: string,
): EvidenceRecordProblem | null {
  if (entity === "result-publications") {
    const interim = values.kind === "interim";
    const hasQuarter = values.periodQuarter != null;
    if (interim !== hasQuarter) return { code: "evidence_period_mismatch", params: {} };
    return publicationDateProblem(values as { publishedOn: string }, today);
  }
  if (entity === "media-work")
    return mediaWorkDateProblem(values as { happenedOn: string; announcedOn?: string | null }, today);
  // §18: conferences and surveys are those of the open dialogue portal (§2.5, §2.7); a t.me "survey" proves nothing.
  if (entity === "dialogue-events" && typeof values.url === "string" && !isDialoguePortalUrl(values.url))
    return { code: "event_not_on_dialogue_portal", params: { url: values.url } };
  // The caller adds the heard initiative's `discussionStartsOn` (a session row does not carry it).
  if (entity === "council-sessions")
    return councilSessionDateProblem(values as { heldOn: string; discussionStartsOn?: string | null }, today);
  return null;
}

/** The fields a correction may change, per kind; the body, and a session's initiative, stay. */
export const CORRECTABLE_FIELDS: Record<EvidenceEntityName, readonly string[]> = {
  "result-publications": [
    "initiativeId",
    "kind",
    "periodYear",
    "periodQuarter",
    "title",
    "titleRu",
    "titleEn",
    "url",
    "publishedOn",
  ],
  "media-work": ["initiativeId", "kind", "title", "titleRu", "titleEn", "url", "proofUrl", "announcedOn", "happenedOn"],
  "dialogue-events": ["kind", "topic", "topicRu", "topicEn", "url", "startsOn", "endsOn", "participants", "questions"],
  "council-sessions": ["heldOn", "protocolUrl"],
};

/** The fields that differ between two versions (for the history shown on the screen). */
export function changedFields(
  entity: EvidenceEntityName,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): string[] {
  return CORRECTABLE_FIELDS[entity].filter((f) => (before[f] ?? null) !== (after[f] ?? null));
}
