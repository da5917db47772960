/** Shapes of the API's answers, as the UI reads them (see /api/docs for the full schemas). */
export type Lang = "kk" | "ru" | "en";
export type Role = "body_officer" | "body_head" | "ministry_analyst" | "administrator";
export type Band = "ineffective" | "low" | "medium" | "high";
export type Localized = { kk: string | null; ru: string | null; en: string | null };

export const CHANNELS = ["legal_acts_portal", "budget_portal", "dialogue_portal", "appeal", "social_media", "own_form"] as const;
export const ITEM_KINDS = ["comment", "remark", "proposal", "appeal", "social_comment"] as const;
export const ITEM_LANGS = ["kk", "ru", "en", "mixed", "unknown"] as const;
export const ITEM_STATUSES = ["undecided", "accepted", "rejected", "answered", "unanswered"] as const;
export const REFERENCE_KINDS = ["act_clause", "budget_program", "document"] as const;
export type Channel = (typeof CHANNELS)[number];
export type ItemKind = (typeof ITEM_KINDS)[number];
export type ItemStatus = (typeof ITEM_STATUSES)[number];
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

export interface Me { id: string | null; email: string; role: Role; bodyId: string | null }
export interface Profile { displayName: string; body: { id: string; name: Localized } | null }
export interface DemoAccount { email: string; password: string; role: Role; bodyId: string | null; bodyName: Localized | null }
export interface Paged<T> { items: T[]; total: number; limit: number; offset: number }

export interface Body {
  id: string; code: string; name: Localized; kind: "central" | "local" | "presidential"; regionCode: string | null;
  parentId: string | null; inScope: boolean; exclusionReason: string | null; website: string | null;
}

export interface Initiative {
  id: string; bodyId: string; kind: string; status: string; title: Localized; summary: string | null;
  discussion: { startsOn: string | null; endsOn: string | null };
  infoMessage: { text: string | null; publishedAt: string | null };
  portalUrl: string | null; openAccess: boolean | null;
}

export interface DiscussionTotals { remarks: number; accepted: number; rejected: number; undecided: number; comments: number; answered: number }

export interface Decision {
  id: number; outcome: "accepted" | "rejected"; reason: string | null;
  reference: { kind: ReferenceKind | null; text: string | null; url: string | null } | null;
  decidedBy: string | null; decidedAt: string; supersededAt: string | null;
}
export interface Answer { id: number; text: string; url: string | null; answeredBy: string | null; answeredAt: string; supersededAt: string | null }
export interface Item {
  id: number; bodyId: string; initiativeId: string | null; channel: Channel; kind: ItemKind; kindOrigin: string; text: string;
  lang: (typeof ITEM_LANGS)[number]; receivedAt: string; source: string; sourceRef: string; clauseRef: string | null;
  status: ItemStatus | null; decision: Decision | null; answer: Answer | null;
  /** §20.1: accepted without a reference to an act in force, a budget program or a document. */
  referenceMissing?: boolean;
}
export interface AuditEntry { id: number; at: string; actor: string; action: string; hash: string }
export interface ItemDetail { item: Item; decisions: Decision[]; answers: Answer[]; audit: AuditEntry[] }

export interface Indicator {
  bodyId: string; period: { from: string; to: string }; F: number; band: Band; zeroed: boolean; zeroReasons: string[];
  B: number; C: number; E: number; G: number; rulesVersion: string;
  improvements: { undecided: number; unanswered: number; acceptedWithoutReference: number };
  explanation: string[];
}

export interface Round {
  id: string; title: string; periodFrom: string; periodTo: string; status: "open" | "computed" | "published";
  rulesVersion: string; dueOn: string | null; createdAt: string; computedAt: string | null; publishedAt: string | null;
}
export interface RoundDetail {
  round: Round; progress: { requested: number; submitted: number };
  requests: { bodyId: string; status: "requested" | "submitted"; submittedAt: string | null }[];
}
export interface ExplanationLine { key: string; params: Record<string, string | number> }
export interface Difference { field: "B" | "C" | "E" | "G" | "openAccess"; submitted: number | string; recorded: number | string }
export interface ResultExplanation {
  explanation?: ExplanationLine[]; differences?: Difference[]; zeroReasons?: string[];
  improvements?: { undecided: number; unanswered: number; acceptedWithoutReference: number };
}
export type ResultStatus = "evaluated" | "nothing_received" | "not_submitted";
export interface Result {
  /** F and band are null for not_submitted; `record` then holds Pikir's own figure, information only. */
  bodyId: string; source: "submission" | "recorded"; status: ResultStatus; F: number | null; band: Band | null;
  record: { F: number; band: Band } | null; zeroed: boolean;
  B: number; C: number; E: number; G: number; rulesVersion: string;
  explanation: ResultExplanation | null; criteria21: { explanation?: ExplanationLine[] } | null;
}
export interface UserRow { id: string; email: string; displayName: string; role: Role; bodyId: string | null; active: boolean; createdAt: string | null }
