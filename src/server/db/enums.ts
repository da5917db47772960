/**
 * Enumerations of the data model, declared once as const arrays (used by zod schemas, the UI and
 * the database enums alike). Words follow the methodology (order No. 17-НҚ): see docs/glossary.md.
 */
export const BODY_KINDS = ["central", "local", "presidential"] as const;
/** §1: bodies the methodology does not apply to. */
export const EXCLUSION_REASONS = ["national_security", "prosecutor", "court_administration", "national_bank"] as const;
export const INITIATIVE_KINDS = [
  "draft_legal_act", // §4–§8, legalacts portal
  "draft_budget_program", // §9–§13, open budgets portal
  "budget_report", // budget-program implementation report, §9–§13
  "project", // §3.4, §16
  "initiative",
] as const;
export const INITIATIVE_STATUSES = [
  "draft",
  "in_discussion",
  "discussion_closed",
  "adopted",
  "implemented",
  "withdrawn",
] as const;
/** §3: where an item came from. */
export const CHANNELS = [
  "legal_acts_portal",
  "budget_portal",
  "dialogue_portal",
  "appeal",
  "social_media",
  "own_form",
] as const;
/** §2.8: portal items are comments, remarks or proposals; appeals and social comments are §14's. */
export const ITEM_KINDS = ["comment", "remark", "proposal", "appeal", "social_comment"] as const;
export const ITEM_LANGS = ["kk", "ru", "en", "mixed", "unknown"] as const;
export const DECISION_OUTCOMES = ["accepted", "rejected"] as const;
/** §20.1: what an acceptance refers to. */
/** An item's state as lists filter it (undecided remarks, answered comments …); derived, not stored. */
export const ITEM_STATUSES = ["undecided", "accepted", "rejected", "answered", "unanswered"] as const;
export const REFERENCE_KINDS = ["act_clause", "budget_program", "document"] as const;
export const RESULT_PUBLICATION_KINDS = ["interim", "final"] as const; // §16.1, §16.2
export const MEDIA_WORK_KINDS = ["briefing", "publication", "live_broadcast"] as const; // §6, §20.4
export const DIALOGUE_EVENT_KINDS = ["internet_conference", "survey"] as const; // §17–§18, §20.3
export const ROUND_STATUSES = ["open", "computed", "published", "cancelled"] as const;
export const REQUEST_STATUSES = ["requested", "submitted"] as const;
export const RESULT_SOURCES = ["submission", "recorded"] as const;
export const ROLES = ["body_officer", "body_head", "ministry_analyst", "administrator"] as const;
export const SOCIAL_PLATFORMS = ["telegram", "facebook", "instagram", "vk", "youtube", "x", "other"] as const;

export type BodyKind = (typeof BODY_KINDS)[number];
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];
export type Channel = (typeof CHANNELS)[number];
export type ItemKind = (typeof ITEM_KINDS)[number];
export type ItemLang = (typeof ITEM_LANGS)[number];
export type ItemStatus = (typeof ITEM_STATUSES)[number];
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];
export type Role = (typeof ROLES)[number];
