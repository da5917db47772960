/**
 * legalacts.egov.kz's list of drafts (`/list`) and discussion-results report (`/report?id=`), read
 * by classes and icons as the cards are (parse-legalacts-page.ts); a changed structure is refused.
 */
import { load } from "cheerio";
import type { Element } from "domhandler";
import { DATE, int, PageStructureError, scriptNumbers, text } from "./portal-page-reading.ts";

export interface ListCard {
  id: string;
  title: string;
  status: string | null;
  type: string | null;
  createdOn: string | null;
  discussionUntil: string | null;
  comments: number | null;
  developer: string | null;
  likes: number | null;
  dislikes: number | null;
  views: number | null;
  accepted: number | null;
  rejected: number | null;
}

/** A page of a list of drafts (`/list?…&page=N`): its cards and the number of pages. */
export function parseListPage(html: string, page = "list page"): { cards: ListCard[]; totalPages: number } {
  const $ = load(html);
  const content = $("div.maincontent, div.rightcontent").first();
  if (!content.length) throw new PageStructureError("div.maincontent (the list of drafts)", page);
  const cards = content
    .find("div.contentlist")
    .toArray()
    .map((card, i): ListCard => {
      const link = $(card).find("h3 a[href*='/npa/view?id=']").first();
      const id = /[?&]id=(\d+)/.exec(link.attr("href") ?? "")?.[1];
      if (!id) throw new PageStructureError(`h3 a[href="/npa/view?id=…"] (card ${i + 1})`, page);
      // `div.info` is «<strong>Label:</strong> value<br>» in a fixed order: status, type, created, deadline.
      const values: string[] = [];
      $(card)
        .find("div.info strong")
        .each((_, strong) => {
          let value = "";
          for (
            let n = strong.nextSibling;
            n && !(n.type === "tag" && (n as Element).name === "strong");
            n = n.nextSibling
          ) {
            if (n.type === "text") value += (n as unknown as { data: string }).data;
          }
          values.push(value.replace(/[\s\u00a0]+/g, " ").trim());
        });
      const dates = values.filter((v) => DATE.test(v));
      const other = values.filter((v) => !DATE.test(v));
      const tags = $(card).find("div.tags").first();
      const after = (selector: string) => {
        const el = tags.find(selector).first().get(0);
        const next = el?.nextSibling;
        return next && next.type === "text" ? int((next as unknown as { data: string }).data) : null;
      };
      const afterText = (selector: string) => {
        const next = tags.find(selector).first().get(0)?.nextSibling;
        return next && next.type === "text"
          ? (next as unknown as { data: string }).data.replace(/[\s\u00a0]+/g, " ").trim() || null
          : null;
      };
      const rejectedSpan = tags.find("span:has(i.fa-times-circle)").first().get(0);
      const rejectedNext = rejectedSpan?.nextSibling;
      return {
        id,
        title: text($, link.get(0)!),
        status: other[0] ?? null,
        type: other[1] ?? null,
        createdOn: dates[0] ?? null,
        discussionUntil: dates[1] ?? null,
        comments: after("span.icon1"),
        developer: afterText("span.icon2"),
        likes: int(tags.find("span.likeSpan").text()),
        dislikes: int(tags.find("span.dislikeSpan").text()),
        views: after("span.icon5"),
        accepted: int(tags.find("span:has(i.fa-check-square)").first().text()),
        // The not-accepted count is the text right after its span, outside it.
        rejected:
          rejectedNext && rejectedNext.type === "text" ? int((rejectedNext as unknown as { data: string }).data) : null,
      };
    });
  const totalPages = scriptNumbers($, /totalPages:\s*(\d+)/g)[0] ?? (cards.length ? 1 : 0);
  return { cards, totalPages };
}

export interface ReportRow {
  section: string | null;
  comment: string;
  answer: string | null;
  likes: number | null;
  dislikes: number | null;
}

/**
 * The discussion-results report (`/report?id=`). No saved page of it exists anywhere public; the
 * portal's specification describes a table with the columns section / comment / answer / likes /
 * dislikes. We read the first table with at least three columns whose rows carry text, by position.
 */
export function parseReportPage(html: string, page = "report page"): ReportRow[] {
  const $ = load(html);
  const table = $("table")
    .filter((_, t) =>
      $(t)
        .find("tr")
        .toArray()
        .some((tr) => $(tr).children("td").length >= 3),
    )
    .first();
  if (!table.length)
    throw new PageStructureError("table (the report's rows: section, comment, answer, likes, dislikes)", page);
  return table
    .find("tr")
    .toArray()
    .map((tr) =>
      $(tr)
        .children("td")
        .toArray()
        .map((td) => text($, td)),
    )
    .filter((cells) => cells.length >= 3 && cells[1])
    .map((cells) => ({
      section: cells[0] || null,
      comment: cells[1]!,
      answer: cells[2] || null,
      likes: int(cells[3]),
      dislikes: int(cells[4]),
    }));
}
