/**
 * Open data: every published figure, the registry with its §1 exclusions, and the decisions on
 * remarks and proposals of public discussions. Rows are plain objects the routes write as JSON or
 * CSV; no row carries a citizen's author reference (the repository never selects it), and IINs,
 * phones and e-mails written into a text or a rejection's reason are redacted (redact-text.ts).
 */
import type { AppContext } from "../../context.ts";
import {
  listDiscussionDecisions,
  listPublishedResults,
  listRegistry,
  type DiscussionDecisionRow,
} from "../../repositories/portal.repository.ts";
import { redactNullable, redactText } from "../../../domain/privacy/redact-text.ts";
import { kazakhstanDate } from "../../../domain/time/kazakhstan-time.ts";

export interface IndicatorRecord {
  roundId: string;
  roundTitle: string;
  periodFrom: string;
  periodTo: string;
  publishedOn: string | null;
  bodyCode: string;
  nameKk: string;
  nameRu: string;
  nameEn: string;
  B: number;
  C: number;
  E: number;
  G: number;
  /** Null when the body did not submit §20 information (status not_submitted). */
  F: number | null;
  band: string | null;
  zeroed: boolean;
  /** evaluated / nothing_received (§22 default, not rated) / not_submitted (result-status.ts). */
  status: "evaluated" | "nothing_received" | "not_submitted";
  /** "submission" (the body's §20 figures) or "recorded" (Pikir's record, where nothing was submitted). */
  source: string;
  rulesVersion: string;
  /** Issue 10: the day (Kazakhstan time) the published results were last corrected; null if never. */
  correctedOn: string | null;
}

export async function readIndicatorRecords(ctx: AppContext): Promise<IndicatorRecord[]> {
  const rows = await listPublishedResults(ctx.database.db);
  return rows.map((r) => ({
    roundId: r.roundId,
    roundTitle: r.roundTitle,
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    publishedOn: r.publishedAt ? kazakhstanDay(r.publishedAt) : null,
    bodyCode: r.bodyCode,
    nameKk: r.nameKk,
    nameRu: r.nameRu,
    nameEn: r.nameEn,
    B: r.b,
    C: r.c,
    E: r.e,
    G: r.g,
    F: r.fValue === null ? null : Number(r.fValue),
    band: r.band,
    zeroed: r.zeroed,
    status: r.status,
    source: r.source,
    rulesVersion: r.rulesVersion,
    correctedOn: r.correctedAt ? kazakhstanDay(r.correctedAt) : null,
  }));
}

export interface BodyRecord {
  code: string;
  nameKk: string;
  nameRu: string;
  nameEn: string;
  kind: string;
  regionCode: string | null;
  parentCode: string | null;
  /** §1: false for the bodies the methodology does not apply to. */
  inScope: boolean;
  exclusionReason: string | null;
  website: string | null;
}

export async function readBodyRecords(ctx: AppContext): Promise<BodyRecord[]> {
  const rows = await listRegistry(ctx.database.db);
  const codes = new Map(rows.map((b) => [b.id, b.code]));
  return rows.map((b) => ({
    code: b.code,
    nameKk: b.nameKk,
    nameRu: b.nameRu,
    nameEn: b.nameEn,
    kind: b.kind,
    regionCode: b.regionCode,
    parentCode: b.parentId ? (codes.get(b.parentId) ?? null) : null,
    inScope: b.inScope,
    exclusionReason: b.exclusionReason,
    website: b.website,
  }));
}

/** A decision as open data: the repository's row with calendar days in place of timestamps. */
export type DiscussionRecord = Omit<DiscussionDecisionRow, "receivedAt" | "decidedAt" | "outcome"> & {
  receivedOn: string;
  outcome: string;
  decidedOn: string;
};

const PAGE = 2_000;

/** The calendar day in Kazakhstan (UTC+5), as the portal shows it. */
function kazakhstanDay(at: Date): string {
  return kazakhstanDate(at);
}

/** Pages through the decisions by item id, so a large download streams instead of filling memory. */
export async function* readDiscussionRecords(ctx: AppContext): AsyncGenerator<DiscussionRecord[]> {
  let after = 0;
  for (;;) {
    const rows = await listDiscussionDecisions(ctx.database.db, after, PAGE);
    if (rows.length === 0) return;
    yield rows.map((r) => ({
      itemId: r.itemId,
      initiativeId: r.initiativeId,
      initiativeTitleKk: r.initiativeTitleKk,
      initiativeTitleRu: r.initiativeTitleRu,
      initiativeTitleEn: r.initiativeTitleEn,
      bodyCode: r.bodyCode,
      kind: r.kind,
      lang: r.lang,
      text: redactText(r.text),
      clauseRef: r.clauseRef,
      receivedOn: kazakhstanDay(r.receivedAt),
      outcome: r.outcome,
      reason: redactNullable(r.reason),
      referenceKind: r.referenceKind,
      referenceText: r.referenceText,
      referenceUrl: httpOnly(r.referenceUrl),
      decidedOn: kazakhstanDay(r.decidedAt),
    }));
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1]!.itemId;
  }
}

/** Addresses stored before the API took http(s) only are not republished if they are anything else (W21). */
function httpOnly(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}
