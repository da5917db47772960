/**
 * The real pages of one draft on legalacts.egov.kz (its card with every comment tab and page, its
 * earlier versions, the portal's own report) → the draft as an initiative and each comment as a
 * comment, remark or proposal (§2.8) with the portal's status and the developer's reply kept.
 *
 * - A comment the developer marked accepted / not accepted is a remark (§2.8: it was decided as
 *   one); it enters through the imported-decision path with the reply as its text and the clause it
 *   points to — no §20.1 reference is invented here. An officer may reclassify it as a proposal.
 * - A comment with no status, or "explained", is a comment; the developer's reply is its answer.
 * - Everything kept in metadata is language-neutral (codes, ids, dates), so reading the Kazakh
 *   rendering after the Russian one changes nothing but the initiative's Kazakh title.
 */
import type { NormalisedInitiative, NormalisedItem, ConvertResult, Params } from "../shared/types.ts";
import { ok } from "../shared/types.ts";
import { guessLang } from "../shared/text.ts";
import { parseDate, isoDay } from "../shared/dates.ts";
import {
  COMMENT_TABS,
  PageStructureError,
  parseCardPage,
  type CardPage,
  type PageComment,
} from "./parse-legalacts-page.ts";
import { parseReportPage, type ReportRow } from "./parse-legalacts-list.ts";

export const LEGALACTS_ORIGIN = "https://legalacts.egov.kz";

export type LegalactsPageKind = "card" | "history" | "report";

/** One saved page: what `pikir import legalacts URL` writes to its snapshot, or a single saved HTML file. */
export interface LegalactsPage {
  kind: LegalactsPageKind;
  url?: string | null;
  /** The comment tab (`typeComment`) and its page (`pageComment`) a card page shows; 6 and 1 by default. */
  tab?: number;
  commentPage?: number;
  html: string;
}

export interface LegalactsDraft {
  initiative: NormalisedInitiative;
  records: { position: number; raw: string; result: ConvertResult }[];
  warnings: { code: string; params: Params }[];
  /** Comments read from the pages (`read` of the summary). */
  comments: number;
}

/** A card page's own kind, told from its markup (an earlier version has no `ul.blog-info`). */
export function pageKindOf(html: string): LegalactsPageKind {
  if (/<div[^>]+class="[^"]*\bview-npa\b/.test(html) || /<div[^>]+class="[^"]*\bblog-item\b/.test(html)) {
    return /<ul[^>]+class="[^"]*\bblog-info\b/.test(html) ? "card" : "history";
  }
  return "report";
}

/** dd/mm - hh:mm with no year: the year is the one that puts the date on or after `after` (the card's creation). */
export function dateWithoutYear(shown: string, after: Date): Date | null {
  const m = /(\d{2})\/(\d{2})\s*-\s*(\d{2}):(\d{2})/.exec(shown);
  if (!m) return null;
  const year = new Date(after.getTime() + 5 * 3600_000).getUTCFullYear();
  for (const y of [year, year + 1]) {
    const date = parseDate(`${m[1]}.${m[2]}.${y} ${m[3]}:${m[4]}`);
    // A day's slack: the creation date has no time of day.
    if (date && date.getTime() >= after.getTime() - 86_400_000) return date;
  }
  return null;
}

const portalDate = (shown: string | null) => (shown ? parseDate(shown.replace(/\//g, ".")) : null);
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

function convertComment(card: CardPage, tab: number, c: PageComment, created: Date): ConvertResult {
  const receivedAt = dateWithoutYear(c.date, created);
  if (!receivedAt) return { ok: false, problem: { code: "row.bad_date", params: { column: "date", value: c.date } } };
  const decided = c.outcome === "accepted" || c.outcome === "rejected";
  const clause = c.clauseExcerpt ?? (c.clauseBlock ? `#${c.clauseBlock}` : null);
  const reply = c.reply?.text || null;
  const item: NormalisedItem = {
    source: "legalacts",
    sourceRef: `${card.id}/${c.id}`,
    channel: "legal_acts_portal",
    kind: decided ? "remark" : "comment",
    text: c.text,
    receivedAt,
    author: c.author,
    clauseRef: clause,
    initiativeRef: card.id,
    metadata: {
      portalStatus: c.outcome,
      portalCommentId: c.id,
      tab: COMMENT_TABS[tab] ?? String(tab),
      typeComment: tab,
      clauseBlock: c.clauseBlock,
      reply,
      replyId: c.reply?.id ?? null,
      replyAt: c.reply?.date ? (dateWithoutYear(c.reply.date, receivedAt)?.toISOString() ?? null) : null,
      referenceKind: "act_clause",
    },
    decision: decided ? { outcome: c.outcome as "accepted" | "rejected", text: reply } : null,
    answer: !decided && reply ? { text: reply } : null,
  };
  return ok([item]);
}

/** Pairs the portal's report rows with the comments read, by their text; differences become warnings. */
export function reconcileReport(rows: ReportRow[], comments: PageComment[]): { code: string; params: Params }[] {
  const byText = new Map(comments.map((c) => [norm(c.text), c]));
  let missing = 0;
  let answers = 0;
  const seen = new Set<string>();
  for (const row of rows) {
    const key = norm(row.comment);
    const match =
      byText.get(key) ??
      [...byText.entries()].find(([t]) => t.startsWith(key.slice(0, 80)) || key.startsWith(t.slice(0, 80)))?.[1];
    if (!match) {
      missing++;
      continue;
    }
    seen.add(match.id);
    if (row.answer && match.reply && norm(row.answer) !== norm(match.reply.text)) answers++;
  }
  const warnings: { code: string; params: Params }[] = [];
  if (missing) warnings.push({ code: "legalacts.report_unmatched", params: { count: missing } });
  const absent = comments.filter((c) => !seen.has(c.id)).length;
  if (absent) warnings.push({ code: "legalacts.report_missing", params: { count: absent } });
  if (answers) warnings.push({ code: "legalacts.report_answers", params: { count: answers } });
  return warnings;
}

/**
 * Reads every page of one draft. Throws PageStructureError (the missing element named) when a page
 * is not what the portal serves, and refuses pages of two different drafts in one import.
 */
export function convertLegalactsPages(pages: LegalactsPage[]): LegalactsDraft {
  const cards: { page: LegalactsPage; card: CardPage }[] = [];
  const history: CardPage[] = [];
  const reports: ReportRow[][] = [];
  for (const [i, page] of pages.entries()) {
    const name = page.url ?? `page ${i + 1}`;
    if (page.kind === "report") reports.push(parseReportPage(page.html, name));
    else if (page.kind === "history") history.push(parseCardPage(page.html, name));
    else cards.push({ page, card: parseCardPage(page.html, name) });
  }
  const first = cards[0]?.card;
  if (!first)
    throw new PageStructureError(
      "div.view-npa (the draft's card: this is not a /npa/view page)",
      pages[0]?.url ?? "page 1",
    );
  const other = cards.find((c) => c.card.id !== first.id);
  if (other)
    throw new PageStructureError(
      `one draft per import (cards ${first.id} and ${other.card.id})`,
      other.page.url ?? "page",
    );
  const created = portalDate(first.createdOn);
  if (!created)
    throw new PageStructureError("the creation date dd/mm/yyyy (small b «Дата создания»)", pages[0]?.url ?? "page 1");

  const records: LegalactsDraft["records"] = [];
  const read: PageComment[] = [];
  const seen = new Set<string>();
  const tabsRead = new Set<number>();
  for (const { page, card } of cards) {
    const tab = page.tab ?? card.shownTab ?? 6;
    tabsRead.add(tab);
    for (const c of card.comments) {
      if (seen.has(c.id)) continue; // the same comment on the kk and ru rendering of a tab
      seen.add(c.id);
      read.push(c);
      records.push({
        position: records.length + 1,
        raw: JSON.stringify(c).slice(0, 2000),
        result: convertComment(first, tab, c, created),
      });
    }
  }

  const warnings: LegalactsDraft["warnings"] = [];
  const total = first.totalComments;
  if (total !== null && read.length < total) {
    warnings.push({ code: "legalacts.partial", params: { read: read.length, total, tabs: [...tabsRead].join(", ") } });
  } else if (total !== null) {
    const accepted = read.filter((c) => c.outcome === "accepted").length;
    const rejected = read.filter((c) => c.outcome === "rejected").length;
    if (
      (first.acceptedCount !== null && accepted !== first.acceptedCount) ||
      (first.rejectedCount !== null && rejected !== first.rejectedCount)
    ) {
      warnings.push({
        code: "legalacts.counters",
        params: {
          accepted,
          rejected,
          shownAccepted: first.acceptedCount ?? "?",
          shownRejected: first.rejectedCount ?? "?",
        },
      });
    }
  }
  for (const rows of reports) warnings.push(...reconcileReport(rows, read));
  if (first.reportUrl && reports.length === 0)
    warnings.push({ code: "legalacts.report_not_read", params: { url: `${LEGALACTS_ORIGIN}${first.reportUrl}` } });

  const kk = cards.find((c) => c.card.lang === "kk")?.card.title ?? null;
  const ru = cards.find((c) => c.card.lang === "ru")?.card.title ?? null;
  const titleLang = first.lang ?? (guessLang(first.title) === "kk" ? "kk" : "ru");
  const ends = portalDate(first.discussionUntil);
  const initiative: NormalisedInitiative = {
    source: "legalacts",
    sourceRef: first.id,
    kind: "draft_legal_act",
    title: first.title,
    titleLang,
    titles: {
      kk: kk ?? (titleLang === "kk" ? first.title : null),
      ru: ru ?? (titleLang === "ru" ? first.title : null),
    },
    startsOn: isoDay(created),
    endsOn: ends && ends >= created ? isoDay(ends) : null,
    url: `${LEGALACTS_ORIGIN}/npa/view?id=${first.id}`,
    summary: [first.type, first.developer].filter(Boolean).join(" · ") || null,
    portalFacts: {
      status: first.status,
      type: first.type,
      version: first.version,
      developer: first.developer,
      category: first.category,
      createdOn: first.createdOn,
      discussionUntil: first.discussionUntil,
      onlineStart: first.onlineStart,
      onlineEnd: first.onlineEnd,
      likes: first.likes,
      dislikes: first.dislikes,
      totalComments: first.totalComments,
      acceptedCount: first.acceptedCount,
      rejectedCount: first.rejectedCount,
      reportUrl: first.reportUrl ? `${LEGALACTS_ORIGIN}${first.reportUrl}` : null,
      versions: history.map((h) => ({
        title: h.title,
        version: h.version,
        createdOn: h.createdOn,
        discussionUntil: h.discussionUntil,
        historyIds: h.historyIds,
      })),
      historyIds: first.historyIds,
    },
  };
  return { initiative, records, warnings, comments: read.length };
}
