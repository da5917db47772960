/**
 * The pages of one budget program on budget.egov.kz (its Russian and Kazakh renderings) → one
 * initiative per document under discussion (§9: the draft budget program, §10: the implementation
 * report) and each comment as a comment or remark (§2.8) with the portal's status kept:
 *
 * - accepted / not accepted by the administrator → a remark, entered through the imported-decision
 *   path with the reply as its text; an accepted one is "accepted, reference missing" until the
 *   officer gives the §20.1 reference (Pikir invents none). An officer may reclassify it a proposal.
 * - no status or "explained" → a comment; the reply is its answer.
 *
 * Metadata holds only language-neutral values (ids, codes, dates), so reading the Kazakh rendering
 * after the Russian one changes nothing but the initiatives' Kazakh titles; re-reading adds nothing.
 */
import { dateWithoutYear } from "../legalacts/convert-legalacts-pages.ts";
import { isoDay, parseDate } from "../shared/dates.ts";
import { guessLang } from "../shared/text.ts";
import {
  ok,
  type ConvertResult,
  type NormalisedInitiative,
  type NormalisedItem,
  type Params,
} from "../shared/types.ts";
import {
  BUDGET_TABS,
  PageStructureError,
  parseBudgetProgramPage,
  type BudgetComment,
  type BudgetDocument,
  type BudgetProgramPage,
} from "./parse-budget-page.ts";

export const BUDGET_ORIGIN = "https://budget.egov.kz";
export const BUDGET_SOURCE = "budget";

export interface BudgetPage {
  url?: string | null;
  html: string;
}

export interface BudgetProgramRead {
  initiatives: NormalisedInitiative[];
  records: { position: number; raw: string; result: ConvertResult }[];
  warnings: { code: string; params: Params }[];
  comments: number;
}

const programUrl = (p: BudgetProgramPage) =>
  `${BUDGET_ORIGIN}/budgetprogram/budgetprogram?${p.govAgencyId ? `govAgencyId=${p.govAgencyId}&` : ""}budgetId=${p.budgetId}`;

export const documentRef = (budgetId: string, tab: string) => `${budgetId}/${tab}`;

function commentDate(shown: string, doc: BudgetDocument): Date | null {
  if (/\d{4}/.test(shown)) return parseDate(shown.replace(/\//g, ".").replace(",", ""));
  const from = doc.discussionFrom ? parseDate(doc.discussionFrom) : null;
  return from ? dateWithoutYear(shown, from) : null;
}

function convertComment(program: BudgetProgramPage, doc: BudgetDocument, c: BudgetComment): ConvertResult {
  const receivedAt = commentDate(c.date, doc);
  if (!receivedAt) return { ok: false, problem: { code: "row.bad_date", params: { column: "date", value: c.date } } };
  const decided = c.outcome === "accepted" || c.outcome === "rejected";
  const reply = c.reply?.text || null;
  const item: NormalisedItem = {
    source: BUDGET_SOURCE,
    sourceRef: `${program.budgetId}/${c.id}`,
    channel: "budget_portal",
    kind: decided ? "remark" : "comment",
    text: c.text,
    receivedAt,
    author: c.author,
    clauseRef: c.rowExcerpt ?? (c.rowRef ? `#${c.rowRef}` : null),
    initiativeRef: documentRef(program.budgetId, doc.tab),
    metadata: {
      portalStatus: c.outcome,
      portalCommentId: c.id,
      document: doc.tab,
      rowRef: c.rowRef,
      reply,
      replyId: c.reply?.id ?? null,
      replyAt: c.reply?.date ? (commentDate(c.reply.date, doc)?.toISOString() ?? null) : null,
      referenceKind: "budget_program",
    },
    decision: decided ? { outcome: c.outcome as "accepted" | "rejected", text: reply } : null,
    answer: !decided && reply ? { text: reply } : null,
  };
  return ok([item]);
}

/** Reads the renderings of one program; throws PageStructureError when a page is not what the portal serves. */
export function convertBudgetPages(pages: BudgetPage[]): BudgetProgramRead {
  const parsed = pages.map((p, i) => ({ page: p, program: parseBudgetProgramPage(p.html, p.url ?? `page ${i + 1}`) }));
  const first = parsed[0]?.program;
  if (!first) throw new PageStructureError("a program page", "file");
  const other = parsed.find((p) => p.program.budgetId !== first.budgetId);
  if (other)
    throw new PageStructureError(
      `one program per import (budgetId ${first.budgetId} and ${other.program.budgetId})`,
      other.page.url ?? "page",
    );
  const records: BudgetProgramRead["records"] = [];
  const seen = new Set<string>();
  for (const { program } of parsed)
    for (const doc of program.documents)
      for (const c of doc.comments) {
        if (seen.has(c.id)) continue; // the same comment on the kk and ru rendering
        seen.add(c.id);
        records.push({
          position: records.length + 1,
          raw: JSON.stringify(c).slice(0, 2000),
          result: convertComment(first, doc, c),
        });
      }
  const kk = parsed.find((p) => p.program.lang === "kk")?.program.title ?? null;
  const ru = parsed.find((p) => p.program.lang === "ru")?.program.title ?? null;
  const titleLang = first.lang ?? (guessLang(first.title) === "kk" ? "kk" : "ru");
  const initiatives = first.documents.map((doc): NormalisedInitiative => {
    const from = doc.discussionFrom ? parseDate(doc.discussionFrom) : null;
    const to = doc.discussionTo ? parseDate(doc.discussionTo) : null;
    const comments = doc.comments;
    return {
      source: BUDGET_SOURCE,
      sourceRef: documentRef(first.budgetId, doc.tab),
      kind: BUDGET_TABS[doc.tab],
      title: first.title,
      titleLang,
      titles: {
        kk: kk ?? (titleLang === "kk" ? first.title : null),
        ru: ru ?? (titleLang === "ru" ? first.title : null),
      },
      startsOn: from ? isoDay(from) : null,
      endsOn: to && from && to >= from ? isoDay(to) : null,
      url: `${programUrl(first)}#tab-${doc.tab}`,
      summary: first.administrator,
      portalFacts: {
        budgetId: first.budgetId,
        govAgencyId: first.govAgencyId,
        document: doc.tab,
        code: doc.code,
        discussionFrom: doc.discussionFrom,
        discussionTo: doc.discussionTo,
        files: doc.files,
        comments: comments.length,
        accepted: comments.filter((c) => c.outcome === "accepted").length,
        rejected: comments.filter((c) => c.outcome === "rejected").length,
      },
    };
  });
  const warnings: BudgetProgramRead["warnings"] = [];
  if (!initiatives.length) warnings.push({ code: "budget.no_discussion", params: { budgetId: first.budgetId } });
  return { initiatives, records, warnings, comments: records.length };
}
