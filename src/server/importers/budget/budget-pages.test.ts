/**
 * budget.egov.kz pages → initiatives and items. The pages are SYNTHETIC (test/fixtures/portal-pages/README.md):
 * no saved page of the portal exists publicly; real pages in ../shared/data/portal-pages/budget are
 * read too when they appear (and must then pass the same checks).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { countsInF } from "../../../domain/evaluation/counts-in-f.ts";
import { convertBudgetPages } from "./convert-budget-pages.ts";
import { PageStructureError, parseBudgetListPage, parseBudgetProgramPage } from "./parse-budget-page.ts";

const fixture = (name: string) => readFileSync(path.resolve("test/fixtures/portal-pages/budget", name), "utf8");
const ru = fixture("program-ru.html");
const kk = fixture("program-kk.html");

describe("budget.egov.kz program page", () => {
  it("reads the title, the body, and the draft (tab-PROJECT) and report (tab-REPORT) with their comments", () => {
    const page = parseBudgetProgramPage(ru);
    expect(page).toMatchObject({
      budgetId: "880017",
      govAgencyId: "217",
      lang: "ru",
      title: "Обеспечение бюджетного планирования и исполнения бюджета",
      administrator: "Министерство финансов Республики Казахстан",
    });
    expect(page.documents.map((d) => [d.tab, d.code, d.discussionFrom, d.discussionTo, d.comments.length])).toEqual([
      ["PROJECT", "001", "01.11.2026", "15.11.2026", 3],
      ["REPORT", "001", "10.11.2026", "24.11.2026", 1],
    ]);
    const [accepted] = page.documents[0]!.comments;
    expect(accepted).toMatchObject({
      id: "71001",
      author: "Айгерим Сапарова",
      date: "03.11.2026 10:15",
      outcome: "accepted",
      rowRef: "row-goal",
      rowExcerpt: "Цель",
      reply: { id: "71901", author: "Министерство финансов", date: "05.11.2026 09:30" },
    });
    expect(page.documents[0]!.files).toEqual([{ href: "/file/download?id=55101", date: "01.11.2026" }]);
  });

  // §2.8: every portal item is a comment, a remark or a proposal; §9–§10 decisions come from the administrator.
  it.each([
    ["71001", "remark", "accepted", null, "C"],
    ["71002", "remark", "rejected", null, "C"],
    ["71003", "comment", null, "Отчёт опубликован на вкладке «Отчет о реализации».", "G"],
    ["71004", "comment", null, null, "G"],
  ])("comment %s → %s, decision %s, answer %s, counts in %s (§2.8, §22)", (id, kind, outcome, answer, count) => {
    const read = convertBudgetPages([{ html: ru }]);
    const record = read.records.find((r) => r.result.ok && r.result.value.items[0]!.sourceRef === `880017/${id}`);
    expect(record).toBeDefined();
    const item = record!.result.ok ? record!.result.value.items[0]! : null;
    expect(item).toMatchObject({ kind, channel: "budget_portal", source: "budget" });
    expect(item!.decision?.outcome ?? null).toBe(outcome);
    expect(item!.answer?.text ?? null).toBe(answer);
    expect(countsInF(item!)).toBe(count);
    // An acceptance carries no invented §20.1 reference: the officer gives it ("accepted, reference missing").
    expect(item!.metadata.referenceKind).toBe("budget_program");
  });

  it("makes one initiative per document: a draft budget program and an implementation report (§9–§10), the report's items under it", () => {
    const read = convertBudgetPages([{ html: ru }]);
    expect(read.initiatives.map((i) => [i.sourceRef, i.kind, i.startsOn, i.endsOn])).toEqual([
      ["880017/PROJECT", "draft_budget_program", "2026-11-01", "2026-11-15"],
      ["880017/REPORT", "budget_report", "2026-11-10", "2026-11-24"],
    ]);
    const refs = read.records.map((r) => (r.result.ok ? r.result.value.items[0]!.initiativeRef : null));
    expect(refs).toEqual(["880017/PROJECT", "880017/PROJECT", "880017/PROJECT", "880017/REPORT"]);
    expect(read.comments).toBe(4);
  });

  it("the Kazakh and Russian renderings are one program: both titles, the comments once, the same language-neutral metadata", () => {
    const both = convertBudgetPages([{ html: ru }, { html: kk }]);
    expect(both.records).toHaveLength(4);
    expect(both.initiatives[0]!.titles).toEqual({
      ru: "Обеспечение бюджетного планирования и исполнения бюджета",
      kk: "Бюджеттік жоспарлауды және бюджеттің атқарылуын қамтамасыз ету",
    });
    const kkOnly = convertBudgetPages([{ html: kk }]);
    const meta = (r: typeof both) => r.records.map((x) => (x.result.ok ? x.result.value.items[0]!.metadata : null));
    expect(meta(kkOnly)).toEqual(meta(convertBudgetPages([{ html: ru }])));
    expect(kkOnly.initiatives[0]!.portalFacts).toEqual(convertBudgetPages([{ html: ru }]).initiatives[0]!.portalFacts);
  });

  it.each([
    ["the title", ru.replace(/<h1>[^<]*<\/h1>/, ""), "h1 (the budget program's title)"],
    ["the program id", ru.replace(/budgetId=880017/g, "x"), "the program's budgetId"],
    ["the documents", ru.replace(/id="tab-(PROJECT|REPORT)"/g, 'id="tab-OTHER"'), "div#tab-PROJECT or div#tab-REPORT"],
    ["a comment's text", ru.replace('<p id="71002">', "<p>"), "p[id] (div#tab-PROJECT, comment 2: its text)"],
    [
      "a comment's date",
      ru.replace("04.11.2026 18:02", "вчера"),
      "the date dd.mm.yyyy hh:mm (div#tab-PROJECT, comment 2)",
    ],
    ["the list of comments", ru.replace(/class="main-comments"/g, 'class="x"'), "div.comments > div.main-comments"],
  ])("a page without %s is refused whole, naming the element", (_what, html, element) => {
    expect(() => convertBudgetPages([{ html, url: "p" }])).toThrow(PageStructureError);
    try {
      convertBudgetPages([{ html, url: "p" }]);
    } catch (error) {
      expect((error as PageStructureError).element).toContain(element);
    }
  });

  it("refuses two different programs in one import", () => {
    expect(() => convertBudgetPages([{ html: ru }, { html: ru.replace(/budgetId=880017/g, "budgetId=1") }])).toThrow(
      /one program per import/,
    );
  });

  it("reads a list of a body's programs and its number of pages", () => {
    expect(parseBudgetListPage(fixture("list.html"))).toEqual({
      programs: [
        { budgetId: "880017", title: "Обеспечение бюджетного планирования и исполнения бюджета" },
        { budgetId: "880018", title: "Обеспечение казначейского обслуживания" },
      ],
      totalPages: 2,
    });
    expect(() => parseBudgetListPage("<html><body><p>x</p></body></html>")).toThrow(PageStructureError);
  });
});

const REAL = path.resolve("../shared/data/portal-pages/budget");
const realFiles = existsSync(REAL) ? readdirSync(REAL).filter((f) => f.endsWith(".html")) : [];
describe.skipIf(!realFiles.length)("budget.egov.kz real saved pages (../shared/data/portal-pages/budget)", () => {
  it.each(realFiles)("%s is read whole or refused naming an element", (name) => {
    const html = readFileSync(path.join(REAL, name), "utf8");
    try {
      const page = parseBudgetProgramPage(html, name);
      expect(page.title).not.toBe("");
    } catch (error) {
      expect(error).toBeInstanceOf(PageStructureError);
    }
  });
});
