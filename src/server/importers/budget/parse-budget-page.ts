/**
 * budget.egov.kz (open budgets portal, §2.1, §9–§13) is server-rendered HTML with no export of the
 * public discussion. No saved page of it exists in any public source found (docs/intake.md); these
 * parsers follow the structure public scrapers describe — a program page
 * `/budgetprogram/budgetprogram?govAgencyId=G&budgetId=B` with its title in `h1` and one tab per
 * document: `div#tab-PROJECT` (the draft budget program), `div#tab-APPROVED`, `div#tab-REPORT`
 * (the implementation report), each a key/value passport table and a file table — and, for the
 * comments (which no scraper captured), the comment markup of the operator's other portal,
 * legalacts.egov.kz (`div.comments > div.main-comments > div.media`, status icons, nested reply).
 *
 * As there: by ids, classes and icons, never by Russian labels; a page whose structure changed is
 * refused with the missing element named (PageStructureError).
 */
import { load, type CheerioAPI } from "cheerio";
import type { AnyNode, Element } from "domhandler";
import {
  outcomeOf,
  PageStructureError,
  readNestedReply,
  type PortalOutcome,
} from "../legalacts/parse-legalacts-page.ts";

export { PageStructureError };

/** The documents of a program page that carry a public discussion, and what each is (§9–§10). */
export const BUDGET_TABS = {
  PROJECT: "draft_budget_program",
  REPORT: "budget_report",
} as const;
export type BudgetTab = keyof typeof BUDGET_TABS;

export interface BudgetComment {
  id: string;
  author: string | null;
  /** As shown: `dd.mm.yyyy hh:mm` (or the yearless `dd/mm - hh:mm` of legalacts). */
  date: string;
  text: string;
  /** The passport or expenditure row the comment was left on («Комментировать»), as its link names it. */
  rowRef: string | null;
  rowExcerpt: string | null;
  outcome: PortalOutcome;
  statusText: string | null;
  reply: { id: string; author: string | null; date: string | null; text: string } | null;
}

export interface BudgetDocument {
  tab: BudgetTab;
  /** Values of the passport table that are dates or codes (language-neutral); labels are not kept. */
  code: string | null;
  discussionFrom: string | null; // dd.mm.yyyy
  discussionTo: string | null;
  files: { href: string; date: string | null }[];
  comments: BudgetComment[];
}

export interface BudgetProgramPage {
  budgetId: string;
  govAgencyId: string | null;
  lang: "kk" | "ru" | null;
  title: string;
  administrator: string | null;
  documents: BudgetDocument[];
}

const text = ($: CheerioAPI, node: AnyNode | Element) =>
  $(node)
    .text()
    .replace(/[\s\u00a0]+/g, " ")
    .trim();

const DATE = /\b(\d{2}[./]\d{2}[./]\d{4})\b/g;
const COMMENT_DATE = /(\d{2}[./]\d{2}[./]\d{4}(?:,?\s+\d{2}:\d{2})?)|(\d{2}\/\d{2}\s*-\s*\d{2}:\d{2})/;

function pageLang($: CheerioAPI): "kk" | "ru" | null {
  const lang = ($("html").attr("lang") ?? "").toLowerCase();
  return lang.startsWith("kk") || lang.startsWith("kz") ? "kk" : lang.startsWith("ru") ? "ru" : null;
}

function queryParam($: CheerioAPI, name: string): string | null {
  // A saved page has lost its address; the canonical link, the language switch and the forms keep it.
  const hrefs = [
    $("link[rel='canonical']").attr("href"),
    ...$(`a[href*='${name}=']`)
      .toArray()
      .map((a) => $(a).attr("href")),
    $(`input[name='${name}']`).attr("value") ? `?${name}=${$(`input[name='${name}']`).attr("value")}` : undefined,
  ];
  for (const href of hrefs) {
    const m = href ? new RegExp(`[?&]${name}=(\\d+)`).exec(href) : null;
    if (m) return m[1]!;
  }
  return null;
}

function parseComment($: CheerioAPI, media: Element, where: string, page: string): BudgetComment {
  const body = $(media).children("div.media-body").first();
  if (!body.length) throw new PageStructureError(`div.media-body (${where})`, page);
  const headings = body.children("h4.media-heading");
  if (headings.length < 2) throw new PageStructureError(`the second h4.media-heading (${where}: date, status)`, page);
  const p = body.children("p[id]").first();
  if (!p.length) throw new PageStructureError(`p[id] (${where}: its text)`, page);
  const second = headings.eq(1);
  const date = COMMENT_DATE.exec(text($, second.get(0)!));
  if (!date) throw new PageStructureError(`the date dd.mm.yyyy hh:mm (${where})`, page);
  const part = second.find("a.view-comment-part").first();
  const { outcome, statusText } = outcomeOf($, second);
  const nested = body.children("div.media").first();
  const reply = readNestedReply($, nested, { who: "administrator", where, page, date: COMMENT_DATE });
  return {
    id: p.attr("id")!.trim(),
    author: text($, headings.get(0)!) || null,
    date: date[0],
    text: text($, p.get(0)!),
    rowRef: (part.attr("href") ?? "").replace(/^#/, "") || null,
    rowExcerpt: part.length ? text($, part.get(0)!) || null : null,
    outcome,
    statusText,
    reply,
  };
}

function parseDocument($: CheerioAPI, tab: BudgetTab, page: string): BudgetDocument | null {
  const pane = $(`div#tab-${tab}`).first();
  if (!pane.length) return null;
  const where = `div#tab-${tab}`;
  const table = pane.find("table").first();
  if (!table.length) throw new PageStructureError(`${where} table (the program's passport)`, page);
  // The passport is label / value rows; what Pikir keeps is found by the value's shape, never the label.
  const values = table
    .find("tr")
    .toArray()
    .map((tr) => $(tr).children("td").last())
    .filter((td) => td.length > 0)
    .map((td) => text($, td.get(0)!));
  const code = values.find((v) => /^\d{3}$/.test(v)) ?? null;
  const range = values.map((v) => [...v.matchAll(DATE)].map((m) => m[1]!)).find((dates) => dates.length === 2);
  const files = pane
    .find("a[href*='/file'], a[href$='.pdf'], a[href$='.docx'], a[href$='.xlsx']")
    .toArray()
    .map((a) => {
      const row = $(a).closest("tr");
      const date = row.length ? ([...text($, row.get(0)!).matchAll(DATE)][0]?.[1] ?? null) : null;
      return { href: $(a).attr("href")!, date };
    });
  const comments: BudgetComment[] = [];
  const main = pane.find("div.comments").first().children("div.main-comments").first();
  main.children("div.media").each((i, media) => {
    comments.push(parseComment($, media, `${where}, comment ${i + 1}`, page));
  });
  // A comment-like block outside div.comments > div.main-comments means the structure changed: never read in part.
  const stray = pane.find("div.media-body > p[id]").filter((_, p) => $(p).closest("div.main-comments").length === 0);
  if (stray.length)
    throw new PageStructureError(`${where} div.comments > div.main-comments (the list of comments)`, page);
  return {
    tab,
    code,
    discussionFrom: range?.[0]?.replace(/\//g, ".") ?? null,
    discussionTo: range?.[1]?.replace(/\//g, ".") ?? null,
    files,
    comments,
  };
}

/** A program page: its title, the administrator, and each document under discussion with its comments. */
export function parseBudgetProgramPage(html: string, page = "page"): BudgetProgramPage {
  const $ = load(html);
  const h1 = $("h1").first();
  const title = h1.length ? text($, h1.get(0)!) : "";
  if (!title) throw new PageStructureError("h1 (the budget program's title)", page);
  const budgetId = queryParam($, "budgetId");
  if (!budgetId)
    throw new PageStructureError("the program's budgetId (link[rel=canonical] or a[href*=budgetId=])", page);
  const documents = (Object.keys(BUDGET_TABS) as BudgetTab[])
    .map((tab) => parseDocument($, tab, page))
    .filter((d): d is BudgetDocument => d !== null);
  if (!documents.length && !$("div#tab-APPROVED").length)
    throw new PageStructureError("div#tab-PROJECT or div#tab-REPORT (the program's documents)", page);
  const crumb = $("ul.breadcrumb a[href*='govAgencyId=']").last();
  return {
    budgetId,
    govAgencyId: queryParam($, "govAgencyId"),
    lang: pageLang($),
    title,
    administrator: crumb.length ? text($, crumb.get(0)!) || null : null,
    documents,
  };
}

/** A page of a body's programs (`/budgetprogram/budgetprogram?govAgencyId=G&page=N`): program ids and the page count. */
export function parseBudgetListPage(
  html: string,
  page = "list page",
): { programs: { budgetId: string; title: string }[]; totalPages: number } {
  const $ = load(html);
  const links = $("h2 a[href*='budgetId='], h3 a[href*='budgetId=']").toArray();
  const content = $("div.maincontent, div.search-results, div.content").first();
  if (!links.length && !content.length)
    throw new PageStructureError("h2 a[href*=budgetId=] or div.maincontent (the list of programs)", page);
  const seen = new Set<string>();
  const programs: { budgetId: string; title: string }[] = [];
  for (const a of links) {
    const id = /[?&]budgetId=(\d+)/.exec($(a).attr("href") ?? "")?.[1];
    if (!id || seen.has(id)) continue;
    seen.add(id);
    programs.push({ budgetId: id, title: text($, a) });
  }
  let totalPages = programs.length ? 1 : 0;
  $("script:not([src])").each((_, s) => {
    const m = /totalPages:\s*(\d+)/.exec($(s).text());
    if (m) totalPages = Number(m[1]);
  });
  return { programs, totalPages };
}
