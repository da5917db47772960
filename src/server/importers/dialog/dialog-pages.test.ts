/**
 * dialog.egov.kz pages → §18 evidence and dialogue items. The pages are SYNTHETIC
 * (test/fixtures/portal-pages/README.md): no saved page of the portal exists publicly.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { countsInF } from "../../../domain/evaluation/counts-in-f.ts";
import { convertDialogPages } from "./convert-dialog-pages.ts";
import { PageStructureError, parseDialogEventList, parseDialogPage } from "./parse-dialog-page.ts";

const fixture = (name: string) => readFileSync(path.resolve("test/fixtures/portal-pages/dialog", name), "utf8");
const items = (read: ReturnType<typeof convertDialogPages>) =>
  read.records.flatMap((r) => (r.result.ok ? r.result.value.items : []));
const events = (read: ReturnType<typeof convertDialogPages>) =>
  read.records.flatMap((r) => (r.result.ok ? (r.result.value.events ?? []) : []));

describe("dialog.egov.kz pages", () => {
  it("an internet conference is §18 evidence: held, dates, topic, questions and answered (§17–§18, §20.3)", () => {
    const read = convertDialogPages([{ html: fixture("conference.html") }]);
    expect(events(read)).toEqual([
      {
        url: "https://dialog.egov.kz/conferences/4410",
        topic: "Налоговое администрирование малого бизнеса",
        kind: "internet_conference",
        startsOn: "2026-11-10",
        endsOn: "2026-11-20",
        participants: 37,
        questions: 2,
        answered: 1,
        options: [],
      },
    ]);
  });

  // §2.8: comments are opinions of users of the budget and NPA portals; dialogue questions never enter F.
  it.each([
    ["conference.html", "question/912001", "Срок не меняется: декларация сдаётся до 15 числа второго месяца."],
    ["conference.html", "question/912002", null],
    ["blog-questions.html", "question/913500", "Тариф утверждён уполномоченным органом с 1 ноября."],
    ["blog-questions.html", "question/913501", null],
  ])("%s: %s is a dialogue item, answered %s, outside C and G (§2.8)", (file, ref, answer) => {
    const item = items(convertDialogPages([{ html: fixture(file) }])).find((i) => i.sourceRef === ref);
    expect(item).toMatchObject({ channel: "dialogue_portal", source: "dialog" });
    expect(item!.answer?.text ?? null).toBe(answer);
    expect(countsInF(item!)).toBeNull();
  });

  it("a question keeps its date and the answer's responder date; blog questions make no §18 event", () => {
    const read = convertDialogPages([{ html: fixture("blog-questions.html") }]);
    expect(events(read)).toEqual([]);
    const [first] = items(read);
    expect(first!.receivedAt.toISOString()).toBe("2026-11-01T19:00:00.000Z"); // 02.11.2026 00:00 Astana
    expect(first!.metadata).toMatchObject({ questionId: "913500", answeredOn: "05.11.2026", blogId: "2051" });
    expect(read.warnings).toEqual([{ code: "dialog.partial", params: { read: 1, total: 2 } }]);
  });

  it("a survey is §18 evidence with its options and votes, and no items", () => {
    const read = convertDialogPages([{ html: fixture("survey.html") }]);
    expect(items(read)).toEqual([]);
    expect(events(read)[0]).toMatchObject({
      kind: "survey",
      topic: "Салық төлеушілерге қызмет көрсету сапасы",
      startsOn: "2026-12-01",
      participants: 214,
      questions: 2,
    });
    expect(events(read)[0]!.options).toHaveLength(5);
  });

  it("the same question on two pages (a listing and a conference, kk and ru) is one item", () => {
    const html = fixture("blog-questions.html");
    const read = convertDialogPages([{ html }, { html: html.replace('lang="ru"', 'lang="kk"') }]);
    expect(items(read).map((i) => i.sourceRef)).toEqual(["question/913500", "question/913501"]);
  });

  it("an answer unfolded in the row after its question (div.row.answers, as a public scraper shows the listing) is the question's answer", () => {
    const html = fixture("blog-questions.html").replace(
      /<div class="answers" id="913500" style="display:none">(.*?)<\/div>\n<\/div>/s,
      '</div>\n<div class="row answers" id="913500" style="display:none"><h4>Ответы</h4>$1</div>',
    );
    expect(html).toContain('class="row answers"');
    const page = parseDialogPage(html, "blog");
    expect(
      page.kind === "blog" && page.questions.map((q) => [q.id, q.answer?.text ?? null, q.answer?.date ?? null]),
    ).toEqual([
      ["913500", "Тариф утверждён уполномоченным органом с 1 ноября.", "05.11.2026"],
      ["913501", null, null],
    ]);
  });

  it.each([
    ["blog-conferences.html", [{ kind: "conference", id: "4410", endsOn: "20.11.2026" }]],
    ["blog-surveys.html", [{ kind: "survey", id: "3307", endsOn: "15.12.2026" }]],
  ])("%s lists the body's events with their end dates (§18)", (file, expected) => {
    expect(parseDialogEventList(fixture(file), file)).toEqual({ events: expected, totalPages: 1 });
  });

  it("a body that held no conference has an empty list; a list page without its list is a changed structure", () => {
    const empty = fixture("blog-conferences.html").replace(
      /<div class="row">[\s\S]*?<\/div>\n<\/div><\/div>/,
      "</div></div>",
    );
    expect(parseDialogEventList(empty)).toEqual({ events: [], totalPages: 1 });
    expect(() => parseDialogEventList(fixture("blog-conferences.html").replace(/tab-pane/g, "pane"))).toThrow(
      /div\.tab-pane \(the list of conferences or surveys\)/,
    );
    expect(() => parseDialogEventList(fixture("blog-conferences.html").replace(/\/conferences\/4410/g, "/x"))).toThrow(
      /conferences\/ or \/surveys\/\] \(event 1\)/,
    );
  });

  it.each([
    [
      "conference.html",
      (h: string) => h.replace("<h2>", "<h5>").replace("</h2>", "</h5>"),
      "h2 (the conference's topic)",
    ],
    [
      "conference.html",
      (h: string) => h.replace(/<li><i class="fa fa-calendar"><\/i> 10\.11\.2026 - 20\.11\.2026<\/li>/, ""),
      "i.fa-calendar (the conference's date)",
    ],
    ["blog-questions.html", (h: string) => h.replace(/tab-pane/g, "pane"), "div.tab-pane (the list of questions)"],
    ["blog-questions.html", (h: string) => h.replace(/<p>Где[^<]*<\/p>/, ""), "p (the question's text, question 2)"],
    [
      "survey.html",
      (h: string) => h.replace(/class="votes"/, 'class="x"'),
      "span.option and span.votes (question 1, option 1)",
    ],
  ])("%s without an element is refused whole, naming it", (file, change, element) => {
    const html = change(fixture(file));
    let error: unknown;
    try {
      parseDialogPage(html, file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PageStructureError);
    expect((error as PageStructureError).element).toContain(element);
  });
});
