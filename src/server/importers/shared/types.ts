/**
 * What every channel's converter produces: normalised items (or initiatives, accounts, survey
 * results) from one parsed record, or a row error with its position and a message code. Pure data:
 * no database, no I/O. The one persisting path (services/imports) writes it.
 */
import type { Channel, DecisionOutcome, InitiativeKind, ItemKind, ItemLang } from "../../db/enums.ts";

export const IMPORTERS = [
  "legalacts",
  "budget",
  "appeals",
  "telegram",
  "facebook",
  "instagram",
  "vk",
  "youtube",
  "dialog",
  "template",
] as const;
export type ImporterName = (typeof IMPORTERS)[number];

export type Params = Record<string, string | number>;

/** Why a row was refused: a code of src/i18n/messages/imports.ts and its parameters. */
export interface RowProblem {
  code: string;
  params?: Params;
}

export interface SocialAccountRef {
  platform: "telegram" | "facebook" | "instagram" | "vk" | "youtube";
  handle: string;
  url?: string | null;
}

interface PersonalData {
  fullName?: string | null;
  iin?: string | null;
  phone?: string | null;
  email?: string | null;
  address?: string | null;
}

export interface NormalisedItem {
  source: string;
  sourceRef: string;
  channel: Channel;
  kind: ItemKind;
  text: string;
  lang?: ItemLang;
  receivedAt: Date;
  /** The author as the source names them; turned into a keyed pseudonym before it is stored. */
  author?: string | null;
  clauseRef?: string | null;
  /** source_ref of an initiative of the same import (the draft the remark is about). */
  initiativeRef?: string | null;
  account?: SocialAccountRef | null;
  /** Source facts that are not personal data (portal status, post id, appeal type, region …). */
  metadata: Record<string, unknown>;
  /** A portal's own status of a remark/proposal, imported as a decision. */
  decision?: { outcome: DecisionOutcome; text: string | null } | null;
  /** The body's reply to a comment or question, imported as an answer. */
  answer?: { text: string; url?: string | null } | null;
  personal?: PersonalData | null;
}

export interface NormalisedInitiative {
  source: string;
  sourceRef: string;
  kind: InitiativeKind;
  title: string;
  titleLang: "kk" | "ru";
  startsOn: string | null; // yyyy-mm-dd
  endsOn: string | null;
  url: string | null;
  summary: string | null;
  /** Both titles when the source gives them (a portal's kk and ru rendering of one draft); unset = `title` in `titleLang`. */
  titles?: { kk: string | null; ru: string | null };
  /** The portal card's own facts (status, version, likes, counters, report, earlier versions); a change is audited. */
  portalFacts?: Record<string, unknown> | null;
}

export interface NormalisedSurvey {
  url: string;
  topic: string;
  kind: "internet_conference" | "survey";
  startsOn: string;
  endsOn: string | null;
  participants: number | null;
  questions: number | null;
  /** Questions the body answered (a dialog.egov.kz conference, §18); null when not known. */
  answered?: number | null;
  options: { question: string; option: string; votes: number }[];
}

export interface Converted {
  items: NormalisedItem[];
  initiatives?: NormalisedInitiative[];
  events?: NormalisedSurvey[];
  /** The body's official replies to items of the same source (Telegram/VK/… threads), imported as answers. */
  replies?: { source: string; sourceRef: string; text: string; url?: string | null }[];
  /** Problems that refuse only part of a record (one bad comment under a good post). */
  problems?: RowProblem[];
}

export type ConvertResult = { ok: true; value: Converted } | { ok: false; problem: RowProblem };

export const ok = (items: NormalisedItem[], extra: Omit<Converted, "items"> = {}): ConvertResult => ({
  ok: true,
  value: { items, ...extra },
});
export const refuse = (code: string, params: Params = {}): ConvertResult => ({ ok: false, problem: { code, params } });

/** One record as the reader hands it over: its position (line of a CSV, ordinal of a JSON record). */
export interface SourceRecord<T> {
  position: number;
  value?: T;
  problem?: RowProblem;
  raw?: string;
  /** Bytes of the file consumed so far (progress). */
  bytes: number;
}
