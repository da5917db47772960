/**
 * legalacts.egov.kz is server-rendered HTML with no export or API (docs/intake.md). These parsers
 * read its real pages — a draft's card with one comment tab (`/npa/view?id=`), the card of an
 * earlier version (`/application/viewcardhistory?id=`), the list of drafts (`/list`) and the
 * discussion-results report (`/report?id=`) — with a real HTML parser (cheerio/parse5).
 *
 * They find things by classes, ids and icons, never by Russian labels: the Kazakh rendering
 * translates every label and status while the structure stays the same. A page whose structure
 * changed is refused with the missing element named (PageStructureError), never read in part.
 */
import { load, type CheerioAPI } from "cheerio";
import type { AnyNode, Element } from "domhandler";
import {
  COMMENT_DATE,
  DATE,
  DATE_TIME,
  ISO_DATE_TIME,
  int,
  PageStructureError,
  pageLang,
  scriptNumbers,
  text,
} from "./portal-page-reading.ts";

// Refusals are named the same wherever a portal's page is read.
export { PageStructureError };

/** The comment tabs of a card (`typeComment`), as the portal numbers them. */
export const COMMENT_TABS: Record<number, string> = {
  6: "comment",
  3: "atameken",
  1: "public_council",
  8: "anti_corruption",
  9: "legal_expertise",
  10: "economic_expertise",
  7: "law_institute",
  4: "non_profit",
};

/** accepted / not accepted come from the icons; "explained" and anything else keep the portal's own words. */
export type PortalOutcome = "accepted" | "rejected" | "explained" | "unknown" | null;

export interface CommentReply {
  id: string;
  author: string | null;
  date: string | null;
  text: string;
}

export interface PageComment {
  id: string;
  author: string | null;
  /** `dd/mm - hh:mm` as the portal shows it (no year). */
  date: string;
  text: string;
  /** The commented block of the draft's text (`#<block>`) and the first characters the portal shows of it. */
  clauseBlock: string | null;
  clauseExcerpt: string | null;
  outcome: PortalOutcome;
  /** The status icon's title, in the page's language («Не принято», «Қабылданбады» …). */
  statusText: string | null;
  reply: CommentReply | null;
}

export interface CardPage {
  id: string;
  lang: "kk" | "ru" | null;
  template: "card" | "history" | "arv";
  title: string;
  status: string | null;
  type: string | null;
  version: string | null;
  /** Ids of `/application/viewcardhistory` pages linked from the version field (earlier versions). */
  historyIds: string[];
  createdOn: string | null; // dd/mm/yyyy as shown
  discussionUntil: string | null;
  onlineStart: string | null;
  onlineEnd: string | null;
  developer: string | null;
  category: string | null;
  likes: number | null;
  dislikes: number | null;
  views: number | null;
  totalComments: number | null;
  acceptedCount: number | null;
  rejectedCount: number | null;
  reportUrl: string | null;
  /** Tabs the card offers (typeComment numbers). */
  tabs: number[];
  /** Pages of the shown tab (`pageComment`), from the paging script; 1 when there is one. */
  commentPages: number;
  /** The tab and page shown, from the same script (null when the tab has a single page). */
  shownTab: number | null;
  shownPage: number | null;
  comments: PageComment[];
}

/** The labelled `<small><b>Label:</b> value</small>` fields of the card, classified by their values. */
function cardFields($: CheerioAPI, root: ReturnType<CheerioAPI>) {
  const fields = root
    .find("small")
    .toArray()
    .map((small) => {
      const label = text($, $(small).children("b").first().get(0) ?? small);
      const value = text($, small).slice(label.length).trim();
      return { label, value, small };
    })
    .filter((f) => f.label);
  const result = {
    status: null as string | null,
    type: null as string | null,
    version: null as string | null,
    historyIds: [] as string[],
    createdOn: null as string | null,
    discussionUntil: null as string | null,
    onlineStart: null as string | null,
    onlineEnd: null as string | null,
    developer: null as string | null,
  };
  const dates: string[] = [];
  const dateTimes: string[] = [];
  const rest: { label: string; value: string }[] = [];
  for (const f of fields) {
    const links = $(f.small).find("a[href*='viewcardhistory']").toArray();
    if (links.length || /^(Версия|Нұсқа|Version)/i.test(f.label) || /^(Версия|Нұсқа)\s*\d/i.test(f.value)) {
      result.version = f.value || null;
      for (const a of links) {
        const id = /[?&]id=(\d+)/.exec($(a).attr("href") ?? "")?.[1];
        if (id && !result.historyIds.includes(id)) result.historyIds.push(id);
      }
      continue;
    }
    const iso = ISO_DATE_TIME.exec(f.value);
    if (DATE.test(f.value)) dates.push(f.value);
    else if (DATE_TIME.test(f.value)) dateTimes.push(f.value);
    else if (iso)
      dates.push(`${iso[3]}/${iso[2]}/${iso[1]}`); // the history page writes `2026-10-05 00:00:00.0`
    else if (/(орган|орган[ыд])/i.test(f.label))
      result.developer = f.value || null; // «Государственный орган НПА:» of a history card
    else rest.push({ label: f.label, value: f.value });
  }
  // Dates keep the card's order: created, then the discussion deadline; online discussion start, then end.
  [result.createdOn = null, result.discussionUntil = null] = dates;
  [result.onlineStart = null, result.onlineEnd = null] = dateTimes;
  const typed = rest.find((r) => /(тип|түр|type)/i.test(r.label));
  const stated = rest.find((r) => /(статус|мәртебе|status)/i.test(r.label));
  result.type =
    typed?.value ?? (rest.length >= 2 ? rest[1]!.value : rest.length === 1 && !stated ? rest[0]!.value : null);
  result.status = stated?.value ?? (rest.length >= 2 ? rest[0]!.value : null);
  return result;
}

/** The portal's status icon of a comment (shared with budget.egov.kz, same operator and markup). */
export function outcomeOf(
  $: CheerioAPI,
  heading: ReturnType<CheerioAPI>,
): { outcome: PortalOutcome; statusText: string | null } {
  const icon = heading
    .find("i[title]")
    .filter((_, i) => !$(i).hasClass("fa-comments"))
    .first();
  if (!icon.length) return { outcome: null, statusText: null };
  const title = (icon.attr("title") ?? "").trim() || null;
  if (icon.hasClass("fa-check-square") || icon.hasClass("fa-check")) return { outcome: "accepted", statusText: title };
  if (icon.hasClass("fa-times-circle") || icon.hasClass("fa-times")) return { outcome: "rejected", statusText: title };
  if (
    icon.hasClass("fa-info-circle") ||
    icon.hasClass("fa-question-circle") ||
    /(разъясн|түсінд|explain)/i.test(title ?? "")
  )
    return { outcome: "explained", statusText: title };
  return { outcome: "unknown", statusText: title };
}

/**
 * The reply nested under a comment (the developer's on legalacts, the administrator's on the budget
 * portal): the same media block on both portals; only the date pattern differs.
 */
export function readNestedReply(
  $: CheerioAPI,
  nested: ReturnType<CheerioAPI>,
  at: { who: string; where: string; page: string; date: RegExp },
): CommentReply | null {
  if (!nested.length) return null;
  const rb = nested.children("div.media-body").first();
  const rp = rb.children("p[id]").first();
  if (!rp.length) throw new PageStructureError(`p[id] of the ${at.who}'s reply (${at.where})`, at.page);
  const rh = rb.children("h4.media-heading").first();
  const rdate = at.date.exec(text($, rh.find("span").first().get(0) ?? rh.get(0)!));
  const author =
    rh
      .clone()
      .children("span")
      .remove()
      .end()
      .text()
      .replace(/[\s\u00a0]+/g, " ")
      .trim() || null;
  return { id: rp.attr("id")!.trim(), author, date: rdate ? rdate[0] : null, text: text($, rp.get(0)!) };
}

function parseComment($: CheerioAPI, media: Element, index: number, page: string): PageComment {
  const where = `comment ${index + 1}`;
  const body = $(media).children("div.media-body").first();
  if (!body.length) throw new PageStructureError(`div.media-body (${where})`, page);
  const headings = body.children("h4.media-heading");
  if (headings.length < 2)
    throw new PageStructureError(`the second h4.media-heading (${where}: clause, date, status)`, page);
  const p = body.children("p[id]").first();
  if (!p.length) throw new PageStructureError(`p[id] (${where}: its text)`, page);
  const id = p.attr("id")!.trim();
  const second = headings.eq(1);
  const date = COMMENT_DATE.exec(text($, second.get(0)!));
  if (!date) throw new PageStructureError(`the date dd/mm - hh:mm (${where})`, page);
  const part = second
    .find("a.view-comment-part")
    .filter((_, a) => $(a).children("span").length > 0)
    .first();
  const anyPart = part.length ? part : second.find("a.view-comment-part").first();
  const block = (anyPart.attr("href") ?? "").replace(/^#/, "") || anyPart.attr("npa-id") || null;
  const { outcome, statusText } = outcomeOf($, second);
  const nested = body.children("div.media").first();
  const reply = readNestedReply($, nested, { who: "developer", where, page, date: COMMENT_DATE });
  return {
    id,
    author: text($, headings.get(0)!) || null,
    date: date[0],
    text: text($, p.get(0)!),
    clauseBlock: block,
    clauseExcerpt: part.length ? text($, part.children("span").get(0)!).replace(/\.\.\.$/, "…") || null : null,
    outcome,
    statusText,
    reply,
  };
}

/** A draft's card (`/npa/view`), an earlier version's card (`/application/viewcardhistory`) or an АРВ conclusion. */
export function parseCardPage(html: string, page = "page"): CardPage {
  const $ = load(html);
  const view = $("div.view-npa").first();
  const arv = view.length
    ? null
    : $("div.blog-item")
        .filter((_, b) => $(b).find("h2").length > 0)
        .first();
  const root = view.length ? view : arv;
  if (!root || !root.length) throw new PageStructureError("div.view-npa (the draft's card)", page);
  const title = text($, root.children("h2").first().get(0) ?? root.find("h2").first().get(0) ?? root.get(0)!);
  if (!root.find("h2").length || !title) throw new PageStructureError("div.view-npa h2 (the draft's title)", page);
  const fields = cardFields($, root);
  const info = $("ul.blog-info").first();
  const likeSpan = $("span[class*='likeCount-']")
    .filter((_, s) => /(^|\s)likeCount-\d+-/.test($(s).attr("class") ?? ""))
    .first();
  const dislikeSpan = $("span[class*='dislikeCount-']").first();
  const idFromLike = /likeCount-(\d+)-/.exec(likeSpan.attr("class") ?? "")?.[1];
  const idFromScript = scriptNumbers($, /\/npa\/view\?id='\s*\+\s*(\d+)/g)[0] ?? scriptNumbers($, /[?&]id=(\d+)/g)[0];
  const idFromReport = /[?&]id=(\d+)/.exec($("a[href^='/report?id=']").attr("href") ?? "")?.[1];
  const id = idFromLike ?? idFromReport ?? (idFromScript !== undefined ? String(idFromScript) : undefined);
  if (!id) throw new PageStructureError("the card's id (span.likeCount-<id>-1 or the tab script)", page);
  const template: CardPage["template"] = !view.length ? "arv" : info.length ? "card" : "history";

  const infoNumber = (selector: string) => {
    const li = info.find(selector).first().closest("li");
    return li.length ? int(text($, li.get(0)!)) : null;
  };
  const tabs = $("div.commentsTab li[id^='tab-']")
    .toArray()
    .map((li) => int(($(li).attr("id") ?? "").slice(4)))
    .filter((n): n is number => n !== null);
  const comments: PageComment[] = [];
  if (tabs.length) {
    // No comments on the tab: the portal prints a label instead of div.comments. Comment-like
    // blocks outside div.comments > div.main-comments mean the structure changed.
    const main = $("div.comments").first().children("div.main-comments").first();
    if (main.length)
      main.children("div.media").each((i, media) => {
        comments.push(parseComment($, media, i, page));
      });
    else if ($("div.media p[id]").length)
      throw new PageStructureError("div.comments > div.main-comments (the list of comments)", page);
  }
  const pages = scriptNumbers($, /totalPages:\s*(\d+)/g);
  const report = $("a[href^='/report?id=']").first().attr("href") ?? null;
  const category = $("ul.breadcrumb a[href*='categoryId=']").last();
  const developerLink = $("ul.breadcrumb a[href*='governmentId=']").last();
  return {
    id,
    lang: pageLang($),
    template,
    title,
    status: fields.status,
    type: fields.type,
    version: fields.version,
    historyIds: fields.historyIds,
    createdOn: fields.createdOn,
    discussionUntil: fields.discussionUntil,
    onlineStart: fields.onlineStart,
    onlineEnd: fields.onlineEnd,
    developer:
      (info.find("span.gov-parent").first().text().trim() || null) ??
      fields.developer ??
      (developerLink.length ? text($, developerLink.get(0)!) : null),
    category: category.length ? text($, category.get(0)!).replace(/\s*\(\d+\)$/, "") || null : null,
    likes: likeSpan.length ? int(likeSpan.text()) : null,
    dislikes: dislikeSpan.length ? int(dislikeSpan.text()) : null,
    views: infoNumber("i.fa-eye"),
    totalComments: infoNumber("i.fa-comments"),
    acceptedCount: infoNumber("i.fa-check-square"),
    rejectedCount: infoNumber("i.fa-times-circle"),
    reportUrl: report,
    tabs,
    commentPages: comments.length && pages.length ? Math.max(1, pages[0]!) : 1,
    comments,
    shownTab: scriptNumbers($, /typeComment=(\d+)&pageComment=/g)[0] ?? null,
    shownPage: scriptNumbers($, /startPage:\s*(\d+)/g)[0] ?? null,
  };
}
