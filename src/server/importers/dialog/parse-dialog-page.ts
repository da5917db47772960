/**
 * dialog.egov.kz (open dialogue portal, §2.2, §17–§19) is server-rendered HTML with no export. No
 * saved page of it exists in any public source found (docs/intake.md). These parsers follow what
 * public scrapers describe of its blog pages — a listing (`/blogs/<blogId>/questions?page=N`,
 * `/blogs/all-questions?…`) with one `div.row` per question inside `div.tab-pane`, `ul.blog-info`
 * icons for the number (`fa-pencil`, «№ id»), category, date (`fa-calendar`) and views, the
 * applicant in `h3`, the text in a `p`, and the answer in a hidden `div.answers[id=<id>]` with
 * `span.answer-info` (responder, dd.mm.yyyy); one appeal (`/blogs/all-questions/<id>`) with the
 * question in `div#firstFocus div.b-question` and answers in `div#answers` — and, for internet
 * conferences and surveys (which no scraper described), our assumption of the same markup inside
 * `div#conference` / `div#survey` (test/fixtures/portal-pages/README.md).
 *
 * By ids, classes and icons, never labels; a changed structure is refused naming what is missing.
 */
import { load, type CheerioAPI } from "cheerio";
import type { AnyNode, Element } from "domhandler";
import { PageStructureError } from "../legalacts/portal-page-reading.ts";

export { PageStructureError };

export interface DialogQuestion {
  id: string;
  author: string | null;
  date: string | null; // dd.mm.yyyy [hh:mm]
  text: string;
  answer: { text: string; responder: string | null; date: string | null } | null;
}

export interface DialogEventInfo {
  id: string;
  url: string | null;
  topic: string;
  startsOn: string | null; // dd.mm.yyyy
  endsOn: string | null;
  participants: number | null;
}

export type DialogPage =
  | {
      kind: "conference";
      lang: "kk" | "ru" | null;
      event: DialogEventInfo;
      questions: DialogQuestion[];
      totalPages: number;
    }
  | {
      kind: "survey";
      lang: "kk" | "ru" | null;
      event: DialogEventInfo;
      options: { question: string; option: string; votes: number }[];
      questions: number;
    }
  | { kind: "blog"; lang: "kk" | "ru" | null; blogId: string | null; questions: DialogQuestion[]; totalPages: number };

const text = ($: CheerioAPI, node: AnyNode | Element) =>
  $(node)
    .text()
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
const DATE = /\d{2}\.\d{2}\.\d{4}(?:\s+\d{2}:\d{2})?/g;
const int = (value: string | undefined | null): number | null => {
  const m = value ? /\d+/.exec(value.replace(/\s/g, "")) : null;
  return m ? Number(m[0]) : null;
};

function pageLang($: CheerioAPI): "kk" | "ru" | null {
  const lang = ($("html").attr("lang") ?? "").toLowerCase();
  return lang.startsWith("kk") || lang.startsWith("kz") ? "kk" : lang.startsWith("ru") ? "ru" : null;
}

function totalPages($: CheerioAPI, found: number): number {
  let total = found ? 1 : 0;
  $("script:not([src])").each((_, s) => {
    const m = /totalPages:\s*(\d+)/.exec($(s).text());
    if (m) total = Number(m[1]);
  });
  return total;
}

/** The text after an icon inside `ul.blog-info` (the portal writes «<i class="fa fa-calendar"></i> 01.11.2026»). */
function afterIcon($: CheerioAPI, scope: ReturnType<CheerioAPI>, icon: string, own = false): string | null {
  // `own`: the scope's own ul.blog-info, not those of the questions inside it.
  const info = own ? scope.children("ul.blog-info") : scope.find("ul.blog-info");
  const li = info.find(`i.${icon}`).first().closest("li");
  return li.length ? text($, li.get(0)!) || null : null;
}

function parseListedQuestion($: CheerioAPI, row: Element, where: string, page: string): DialogQuestion {
  const r = $(row);
  const number = afterIcon($, r, "fa-pencil");
  const href = r.find("a.readmore").attr("href") ?? "";
  const id = /(\d+)\s*$/.exec(number ?? "")?.[1] ?? /all-questions\/(\d+)/.exec(href)?.[1];
  if (!id)
    throw new PageStructureError(`the question's number (ul.blog-info i.fa-pencil or a.readmore, ${where})`, page);
  const p = r
    .find("p")
    .filter((_, el) => $(el).closest("div.answers").length === 0 && $(el).closest("ul.blog-info").length === 0)
    .first();
  if (!p.length || !text($, p.get(0)!)) throw new PageStructureError(`p (the question's text, ${where})`, page);
  const dateShown = afterIcon($, r, "fa-calendar");
  // The answer is a hidden div.answers[id=<number>]: inside the question's row, or (as a public
  // scraper shows the listing) the row's next sibling `div.row.answers`.
  let answers = r.find("div.answers").first();
  if (!answers.length) answers = r.siblings(`div.answers[id="${id}"]`).first();
  let answer: DialogQuestion["answer"] = null;
  if (answers.length) {
    const info = answers.find("span.answer-info").first();
    const infoText = info.length ? text($, info.get(0)!) : "";
    const body = answers.clone();
    // The unfolded block may carry its own heading ("Ответы" / «Жауаптар»): a label, not the answer.
    body.find("span.answer-info, h4").remove();
    const answerText = body
      .text()
      .replace(/[\s\u00a0]+/g, " ")
      .trim();
    if (answerText) {
      const date = infoText.match(DATE)?.[0] ?? null;
      answer = {
        text: answerText,
        responder:
          infoText
            .replace(DATE, "")
            .replace(/[,\s]+$/, "")
            .trim() || null,
        date,
      };
    }
  }
  return {
    id,
    author: r.find("h3").first().length ? text($, r.find("h3").get(0)!) || null : null,
    date: dateShown?.match(DATE)?.[0] ?? null,
    text: text($, p.get(0)!),
    answer,
  };
}

function listedQuestions($: CheerioAPI, scope: ReturnType<CheerioAPI>, page: string): DialogQuestion[] {
  const pane = scope.find("div.tab-pane").first();
  if (!pane.length) throw new PageStructureError("div.tab-pane (the list of questions)", page);
  return pane
    .children("div.row:not(.answers)")
    .toArray()
    .map((row, i) => parseListedQuestion($, row, `question ${i + 1}`, page));
}

function eventInfo($: CheerioAPI, root: ReturnType<CheerioAPI>, what: string, page: string): DialogEventInfo {
  const h2 = root.find("h2").first();
  const topic = h2.length ? text($, h2.get(0)!) : "";
  if (!topic) throw new PageStructureError(`h2 (the ${what}'s topic)`, page);
  const canonical = $("link[rel='canonical']").attr("href") ?? null;
  const id = root.attr("data-id") ?? /(\d+)\/?(?:[?#].*)?$/.exec(canonical ?? "")?.[1];
  if (!id) throw new PageStructureError(`the ${what}'s id (div[data-id] or link[rel=canonical])`, page);
  const dates = afterIcon($, root, "fa-calendar", true)?.match(DATE) ?? [];
  if (!dates.length) throw new PageStructureError(`ul.blog-info i.fa-calendar (the ${what}'s date)`, page);
  return {
    id,
    url: canonical,
    topic,
    startsOn: dates[0]!.slice(0, 10),
    endsOn: dates[1]?.slice(0, 10) ?? null,
    participants: int(afterIcon($, root, "fa-users", true)),
  };
}

/** One page of dialog.egov.kz: a conference, a survey, a blog's questions or one appeal. */
export function parseDialogPage(html: string, page = "page"): DialogPage {
  const $ = load(html);
  const lang = pageLang($);
  const conference = $("div#conference").first();
  if (conference.length) {
    const questions = listedQuestions($, conference, page);
    return {
      kind: "conference",
      lang,
      event: eventInfo($, conference, "conference", page),
      questions,
      totalPages: totalPages($, questions.length),
    };
  }
  const survey = $("div#survey").first();
  if (survey.length) {
    const blocks = survey.find("div.survey-question").toArray();
    if (!blocks.length) throw new PageStructureError("div.survey-question (the survey's questions)", page);
    const options = blocks.flatMap((block, qi) => {
      const h4 = $(block).find("h4").first();
      const question = h4.length ? text($, h4.get(0)!) : "";
      if (!question) throw new PageStructureError(`h4 (the text of survey question ${qi + 1})`, page);
      return $(block)
        .find("li")
        .toArray()
        .map((li, oi) => {
          const votes = int($(li).find("span.votes").text());
          const option = text($, $(li).find("span.option").get(0) ?? li);
          if (votes === null || !option)
            throw new PageStructureError(`span.option and span.votes (question ${qi + 1}, option ${oi + 1})`, page);
          return { question, option, votes };
        });
    });
    return { kind: "survey", lang, event: eventInfo($, survey, "survey", page), options, questions: blocks.length };
  }
  const first = $("div#firstFocus div.b-question").first();
  if (first.length) {
    // One appeal: the question, then the answers (each a div.media-body with its text in a direct p).
    const canonical = $("link[rel='canonical']").attr("href") ?? "";
    const id = /all-questions\/(\d+)/.exec(canonical)?.[1] ?? first.attr("data-id");
    if (!id) throw new PageStructureError("the appeal's number (link[rel=canonical] /blogs/all-questions/<id>)", page);
    const p = first.children("p").first();
    if (!p.length) throw new PageStructureError("div.b-question > p (the question's text)", page);
    const dateLi = first.find("i.fa-calendar").first().parent();
    const a = $("div#answers div.media-body").first();
    const ap = a.children("p").first();
    return {
      kind: "blog",
      lang,
      blogId: null,
      totalPages: 1,
      questions: [
        {
          id,
          author: first.find("h3").first().length ? text($, first.find("h3").get(0)!) || null : null,
          date: dateLi.length ? (text($, dateLi.get(0)!).match(DATE)?.[0] ?? null) : null,
          text: text($, p.get(0)!),
          answer:
            ap.length && text($, ap.get(0)!)
              ? {
                  text: text($, ap.get(0)!),
                  responder: a.find("h4").first().length ? text($, a.find("h4").get(0)!) || null : null,
                  date: text($, a.get(0)!).match(DATE)?.[0] ?? null,
                }
              : null,
        },
      ],
    };
  }
  const blogHref = $("link[rel='canonical']").attr("href") ?? $("a[href*='/blogs/'][href*='/questions']").attr("href");
  const questions = listedQuestions($, $.root(), page);
  return {
    kind: "blog",
    lang,
    blogId: /\/blogs\/(\d+)/.exec(blogHref ?? "")?.[1] ?? null,
    questions,
    totalPages: totalPages($, questions.length),
  };
}

export interface DialogEventListed {
  kind: "conference" | "survey";
  id: string;
  /** dd.mm.yyyy, when the row shows the whole period (start and end); otherwise null. */
  endsOn: string | null;
}

/**
 * One page of a body's list of internet conferences or surveys (our assumption of its markup:
 * the blog listing's — `div.tab-pane` with a `div.row` per event — each row linking to
 * `/conferences/<id>` or `/surveys/<id>`, its period after `ul.blog-info i.fa-calendar`; paging by
 * the same twbsPagination script). An empty list is a body that held none; a page without the list
 * is a changed structure.
 */
export function parseDialogEventList(html: string, page = "page"): { events: DialogEventListed[]; totalPages: number } {
  const $ = load(html);
  const pane = $("div.tab-pane").first();
  if (!pane.length) throw new PageStructureError("div.tab-pane (the list of conferences or surveys)", page);
  const events = pane
    .children("div.row")
    .toArray()
    .map((row, i): DialogEventListed => {
      const r = $(row);
      const href =
        r
          .find("a[href]")
          .toArray()
          .map((a) => $(a).attr("href") ?? "")
          .find((h) => /\/(conferences|surveys)\/\d+/.test(h)) ?? "";
      const m = /\/(conferences|surveys)\/(\d+)/.exec(href);
      if (!m) throw new PageStructureError(`a[href*=/conferences/ or /surveys/] (event ${i + 1})`, page);
      const dates = afterIcon($, r, "fa-calendar")?.match(DATE) ?? [];
      return {
        kind: m[1] === "surveys" ? "survey" : "conference",
        id: m[2]!,
        endsOn: dates[1]?.slice(0, 10) ?? null, // a start alone says nothing of the end
      };
    });
  return { events, totalPages: totalPages($, events.length) };
}
