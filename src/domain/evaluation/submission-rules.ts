/**
 * The §20 rules a body's submission must satisfy, stated once. The HTTP path (submit-figures.ts,
 * 400 submission_invalid) and the CLI (`pikir evaluate --input`, validate-submission.ts) both call
 * checkSubmission and localise the codes it returns from the evaluation catalog.
 *
 * - §20.1: accepted + rejected ≤ received; each accepted remark/proposal listed item by item carries
 *   a reference to the clause of the act in force, the approved budget program or another
 *   confirming document; without an attached document the list names every accepted item.
 * - §20.2: answered ≤ received; unanswered, when given, is received − answered.
 * - §20.3: links are addresses on the open dialogue portal (dialog.egov.kz).
 * - §20.4: every material names its address.
 */
import type { MessageParams } from "../../i18n/index.ts";
import { REFERENCE_KINDS, type ReferenceKind } from "./counts-in-b.ts";
import { isDialoguePortalUrl } from "./dialogue-link.ts";

export interface SubmissionFigures {
  remarks: { received: number; accepted: number; rejected: number };
  comments: { received: number; answered: number; unanswered?: number };
}

/** §20.1, item by item: one accepted remark or proposal and where it was taken into account. */
export interface AcceptedItem {
  /** What was accepted: the remark's number on the portal, or its short text. */
  item: string;
  referenceKind: ReferenceKind;
  /** The clause of the act in force, the budget program's code, or the confirming document. */
  reference: string;
  referenceUrl?: string | null;
}

/** A document (title and address) that carries the §20.1 list instead of, or beside, the items. */
export interface AttachedDocument {
  title: string;
  url: string;
}

export const MATERIAL_KINDS = ["briefing", "publication", "live_broadcast", "document"] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

/** §20.4: a material confirming a broadcast, briefing or publication. */
export interface Material {
  kind: MaterialKind;
  url: string;
  title?: string | null;
}

export interface SubmissionContents {
  acceptedItems?: readonly AcceptedItem[];
  acceptedItemsDocument?: AttachedDocument | null;
  conferenceLinks?: readonly string[];
  mediaMaterials?: readonly Material[];
}

export const SUBMISSION_RULE_CODES = [
  "acceptedPlusRejectedExceedsReceived",
  "answeredExceedsReceived",
  "unansweredMismatch",
  "acceptedItemWithoutReference",
  "acceptedItemsExceedAccepted",
  "acceptedItemsIncomplete",
  "conferenceLinkNotDialogue",
  "materialWithoutUrl",
] as const;
export type SubmissionRuleCode = (typeof SUBMISSION_RULE_CODES)[number];

export interface SubmissionProblem {
  field: string;
  code: SubmissionRuleCode;
  params: MessageParams;
}

export function checkSubmissionFigures(f: SubmissionFigures): SubmissionProblem[] {
  const out: SubmissionProblem[] = [];
  const { remarks: r, comments: c } = f;
  if (r.accepted + r.rejected > r.received) {
    out.push({
      field: "remarks.accepted",
      code: "acceptedPlusRejectedExceedsReceived",
      params: { accepted: r.accepted, rejected: r.rejected, received: r.received },
    });
  }
  if (c.answered > c.received) {
    out.push({
      field: "comments.answered",
      code: "answeredExceedsReceived",
      params: { answered: c.answered, received: c.received },
    });
  } else if (c.unanswered !== undefined && c.unanswered !== c.received - c.answered) {
    out.push({
      field: "comments.unanswered",
      code: "unansweredMismatch",
      params: { unanswered: c.unanswered, expected: c.received - c.answered },
    });
  }
  return out;
}

const blank = (s: string | null | undefined) => (s ?? "").trim() === "";

export function checkSubmissionContents(accepted: number, c: SubmissionContents): SubmissionProblem[] {
  const out: SubmissionProblem[] = [];
  const items = c.acceptedItems ?? [];
  items.forEach((item, i) => {
    if (!(REFERENCE_KINDS as readonly string[]).includes(item.referenceKind) || blank(item.reference)) {
      out.push({
        field: `acceptedItems.${i}.reference`,
        code: "acceptedItemWithoutReference",
        params: { number: i + 1 },
      });
    }
  });
  if (items.length > accepted) {
    out.push({
      field: "acceptedItems",
      code: "acceptedItemsExceedAccepted",
      params: { listed: items.length, accepted },
    });
  } else if (items.length > 0 && items.length < accepted && !c.acceptedItemsDocument) {
    out.push({ field: "acceptedItems", code: "acceptedItemsIncomplete", params: { listed: items.length, accepted } });
  }
  (c.conferenceLinks ?? []).forEach((url, i) => {
    if (!isDialoguePortalUrl(url))
      out.push({ field: `conferenceLinks.${i}`, code: "conferenceLinkNotDialogue", params: { url } });
  });
  (c.mediaMaterials ?? []).forEach((m, i) => {
    if (blank(m.url))
      out.push({ field: `mediaMaterials.${i}.url`, code: "materialWithoutUrl", params: { number: i + 1 } });
  });
  return out;
}

/** Every problem of a submission, figures first, in the order a clerk reads the §20 form. */
export function checkSubmission(s: SubmissionFigures & SubmissionContents): SubmissionProblem[] {
  return [...checkSubmissionFigures(s), ...checkSubmissionContents(s.remarks.accepted, s)];
}

/**
 * What the §20.1 references cover: "listed" (every accepted item is listed with a reference),
 * "document" (a document is attached), "partial" or "missing" (accepted items without references).
 * Shown to the analyst; not a refusal, because the count of accepted items stays the body's figure.
 */
export type ReferencesCoverage = "none_accepted" | "listed" | "document" | "missing";

export function referencesCoverage(accepted: number, c: SubmissionContents): ReferencesCoverage {
  if (accepted === 0) return "none_accepted";
  if (c.acceptedItemsDocument) return "document";
  if ((c.acceptedItems ?? []).length >= accepted) return "listed";
  return "missing";
}
