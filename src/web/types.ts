/**
 * Shapes of the API's answers, as the UI reads them. Those the server declares as zod schemas come
 * from them (server/http/api-contract.ts, types only: nothing of the server enters the bundle); the
 * enumerations are the data model's own (server/db/enums.ts, plain arrays). The rest are written
 * here, and types.contract.test.ts fails when one of them and the server's schema differ.
 */
import type * as Api from "../server/http/api-contract.ts";

export { CHANNELS, ITEM_KINDS, ITEM_LANGS, ITEM_STATUSES, REFERENCE_KINDS } from "../server/db/enums.ts";
import type { Role } from "../server/db/enums.ts";
export type { Channel, ItemKind, ItemStatus, ReferenceKind, Role } from "../server/db/enums.ts";
export type Lang = "kk" | "ru" | "en";
export type Band = Api.Band;
export type Localized = { kk: string | null; ru: string | null; en: string | null };

/** The server answers with the actor's role as a string (an actor may be the system); a person's is a Role. */
export interface Me extends Omit<Api.Me, "role"> {
  role: Role;
}
export interface Profile {
  displayName: string;
  body: { id: string; name: Localized } | null;
}
export interface DemoAccount {
  email: string;
  password: string;
  role: Role;
  bodyId: string | null;
  bodyName: Localized | null;
}
export type Paged<T> = Api.Paged<T>;
export type Body = Api.Body;
export type Initiative = Api.Initiative;

export interface DiscussionTotals {
  remarks: number;
  accepted: number;
  rejected: number;
  undecided: number;
  comments: number;
  answered: number;
}

type Decision = Api.Decision;
type Answer = Api.Answer;
export type Item = Api.Item;
type AuditEntry = Api.AuditEntry;
export interface ItemDetail {
  item: Item;
  decisions: Decision[];
  answers: Answer[];
  audit: AuditEntry[];
}

export interface Indicator {
  bodyId: string;
  period: { from: string; to: string };
  F: number;
  band: Band;
  zeroed: boolean;
  zeroReasons: string[];
  B: number;
  C: number;
  E: number;
  G: number;
  rulesVersion: string;
  improvements: { undecided: number; unanswered: number; acceptedWithoutReference: number };
  explanation: string[];
}

export type Round = Api.Round;
export interface RoundDetail {
  round: Round;
  progress: { requested: number; submitted: number };
  requests: { bodyId: string; status: "requested" | "submitted"; submittedAt: string | null }[];
}
export interface ExplanationLine {
  key: string;
  params: Record<string, string | number>;
}
export interface Difference {
  field: "B" | "C" | "E" | "G" | "openAccess.drafts" | "openAccess.budgetReports" | "openAccess.results";
  submitted: number | boolean | string;
  recorded: number | boolean | string;
  /** Issue 10: the analyst's resolution (accept submitted / recorded, with a note); null while open. */
  resolution?: { choice: "submitted" | "recorded"; note: string; resolvedAt?: string } | null;
}
interface ResultExplanation {
  explanation?: ExplanationLine[];
  differences?: Difference[];
  /** Differences still to resolve before publication (§20). */
  unresolved?: number;
  /** §16 slots missing in Pikir's record, and those the analyst exempted (§23). */
  missingSlots?: string[];
  exemptions?: { slot: string; reason: string; recordedAt: string }[];
  zeroReasons?: string[];
  improvements?: { undecided: number; unanswered: number; acceptedWithoutReference: number };
}
/** The server documents the two explanations as JSON; this is what compute-round writes into them. */
export interface Result extends Omit<Api.Result, "explanation" | "criteria21"> {
  explanation: ResultExplanation | null;
  criteria21: { explanation?: ExplanationLine[] } | null;
}
export interface UserRow {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  bodyId: string | null;
  active: boolean;
  createdAt: string | null;
}
/** A body's §20 submission as the analyst reads it back (figures, §20.1 items, §20.3 links, §20.4 materials). */
export type SubmissionView = Api.SubmissionView;
export type SubmissionBody = Api.SubmissionBody;

// Teamwork (issue 13, part B): from the server's schemas.
export type Assignment = Api.Assignment;
export type Colleague = Api.Colleague;
export type Awaiting = Api.Awaiting;
export type BulkRun = Api.BulkRun;
export type BulkRequest = Api.BulkRequest;
export type Notifications = Api.Notifications;
