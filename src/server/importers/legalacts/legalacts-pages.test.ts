/**
 * legalacts.egov.kz's real pages (read from ../shared/data/portal-pages when present; figures from
 * its README), pages in the same markup written by us (Kazakh labels, an accepted comment, tabs,
 * pages, report, history), and the polite fetcher against a local HTTP server serving them.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PageStructureError, parseCardPage } from "./parse-legalacts-page.ts";
import { parseListPage } from "./parse-legalacts-list.ts";
import { convertLegalactsPages, dateWithoutYear } from "./convert-legalacts-pages.ts";
import { draftIdOf, fetchLegalactsDraft, listLegalactsDrafts } from "./fetch-legalacts.ts";
import { readLegalactsPages } from "./read-legalacts-pages.ts";
import { FetchFailedError, PoliteFetcher } from "../shared/polite-fetch.ts";
import { realPage, realPagesAvailable, sampleDraft } from "../../../../test/legalacts-pages.ts";
import { portalImportMessages } from "../../../i18n/messages/imports-portals.ts";
import { describeProblem } from "../../services/imports/describe-problem.ts";

const real = (name: string) => readFileSync(realPage(name), "utf8");

describe.skipIf(!realPagesAvailable)("legalacts.egov.kz: the real saved pages", () => {
  it("reads the card with comments: facts, counters, tabs, paging and every comment of the tab", () => {
    const card = parseCardPage(real("document_with_comments.html"));
    expect(card).toMatchObject({
      id: "15906353",
      lang: "ru",
      template: "card",
      status: "Архив",
      type: "Приказ",
      version: "Версия 1",
      createdOn: "09/09/2026",
      discussionUntil: "14/09/2026",
      onlineStart: "15/09/2026 15:55:00",
      onlineEnd: "15/09/2026 16:55:00",
      developer: "Министерство труда и социальной защиты населения РК",
      category: "Иммиграция, миграция, гражданство",
      likes: 0,
      dislikes: 1,
      views: 822,
      totalComments: 24,
      acceptedCount: 0,
      rejectedCount: 12,
      reportUrl: "/report?id=15906353",
      tabs: [6, 3, 1, 8, 9, 10, 7, 4],
      commentPages: 2,
      shownTab: 6,
      shownPage: 1,
    });
    expect(card.title).toMatch(/^О внесении изменений и дополнений в некоторые приказы/);
    expect(card.comments).toHaveLength(10);
    expect(
      card.comments.every(
        (c) => c.outcome === "rejected" && c.statusText === "Не принято" && c.clauseBlock === "3" && c.reply,
      ),
    ).toBe(true);
    expect(card.comments[0]).toMatchObject({ id: "15907499", author: "СУХАНОВ АНДРЕЙ", date: "10/09 - 11:05" });
    expect(card.comments[0]!.text).toMatch(
      /^Полная версия самого проекта НПА, Пояснительная записка и Сравнительная таблица /,
    );
    expect(card.comments[0]!.reply).toMatchObject({
      id: "15907783",
      author: "Министерство труда и социальной защиты населения РК",
      date: "10/09 - 12:24",
    });
    expect(card.comments[1]!.text).toMatch(
      /^Прямые законодательно установленные требования к органам-разработчикам проектов/,
    );
  });

  it("reads a card without comments and an АРВ conclusion card", () => {
    expect(parseCardPage(real("document_no_comments.html"))).toMatchObject({
      id: "15912271",
      status: "На публичном обсуждении",
      type: "Решение",
      createdOn: "15/09/2026",
      discussionUntil: "30/09/2026",
      onlineStart: null,
      developer: "Аппарат акима города Каражал",
      category: "Налоги и финансы",
      views: 74,
      likes: 0,
      dislikes: 0,
      totalComments: 0,
      reportUrl: null,
      comments: [],
    });
    expect(parseCardPage(real("document_arv_conclusion.html"))).toMatchObject({
      id: "15904943",
      template: "arv",
      type: "Заключение по АРВ",
      createdOn: "07/09/2026",
      status: null,
      discussionUntil: null,
      developer: "Министерство национальной экономики РК",
      likes: 1,
      dislikes: 0,
      views: 35,
      tabs: [],
      comments: [],
    });
  });

  it("reads the archive list: five cards with their counters and the number of pages", () => {
    const list = parseListPage(real("list_page.html"));
    expect(list.totalPages).toBe(29852);
    expect(
      list.cards.map((c) => [
        c.id,
        c.type,
        c.createdOn,
        c.discussionUntil,
        c.comments,
        c.accepted,
        c.rejected,
        c.likes,
        c.dislikes,
        c.views,
      ]),
    ).toEqual([
      ["15908401", "Приказ", "10/09/2026", "15/09/2026", 18, 0, 9, 0, 1, 378],
      ["15907944", "Решение", "10/09/2026", "11/09/2026", 2, 1, 0, 1, 0, 224],
      ["15906353", "Приказ", "09/09/2026", "14/09/2026", 24, 0, 12, 0, 1, 821],
      ["15904836", "Приказ", "07/09/2026", "12/09/2026", 10, 5, 0, 0, 1, 1168],
      ["15902831", "Приказ", "01/09/2026", "06/09/2026", 6, 3, 0, 1, 2, 2957],
    ]);
    expect(list.cards[2]!.developer).toBe("Министерство труда и социальной защиты населения РК");
  });

  it("converts the page: ten remarks decided «not accepted» with the reply and the clause, and says the file holds 10 of 24", () => {
    const draft = convertLegalactsPages([{ kind: "card", html: real("document_with_comments.html") }]);
    expect(draft.comments).toBe(10);
    expect(draft.initiative).toMatchObject({
      sourceRef: "15906353",
      startsOn: "2026-09-09",
      endsOn: "2026-09-14",
      titleLang: "ru",
      url: "https://legalacts.egov.kz/npa/view?id=15906353",
    });
    const first = draft.records[0]!.result;
    expect(first.ok && first.value.items[0]).toMatchObject({
      sourceRef: "15906353/15907499",
      kind: "remark",
      channel: "legal_acts_portal",
      clauseRef: "1 Наименование проекта НПА (с указанием вида НП…",
      receivedAt: new Date("2026-09-10T06:05:00Z"),
      decision: { outcome: "rejected" },
      metadata: { portalStatus: "rejected", tab: "comment", clauseBlock: "3" },
    });
    expect(draft.warnings.map((w) => w.code)).toEqual(["legalacts.partial", "legalacts.report_not_read"]);
    expect(draft.warnings[0]!.params).toMatchObject({ read: 10, total: 24 });
  });

  it("refuses a page whose structure changed, naming the missing element (never a partial import)", () => {
    const html = real("document_with_comments.html");
    expect(() =>
      convertLegalactsPages([
        { kind: "card", html: html.replace('<p tabindex="0" id="15907498">', '<p tabindex="0">') },
      ]),
    ).toThrow(/p\[id\] \(comment 2: its text\)/);
    expect(() => parseCardPage(html.replace("10/09 - 11:04", "10.09 11:04"))).toThrow(
      /the date dd\/mm - hh:mm \(comment 2\)/,
    );
    expect(() => parseCardPage(html.replace('<div class="main-comments">', '<div class="comment-list">'))).toThrow(
      PageStructureError,
    );
    expect(() => parseCardPage(html.replaceAll("view-npa", "npa-card"))).toThrow(/div\.view-npa/);
  });
});

describe("legalacts.egov.kz: pages in the portal's markup", () => {
  it("the Kazakh rendering gives the same facts, comments and statuses (parsed by classes and icons, not labels)", () => {
    const s = sampleDraft();
    const ru = parseCardPage(s.pages["/npa/view?id=900001"]!);
    const kk = parseCardPage(s.kk);
    for (const card of [ru, kk]) {
      expect(card).toMatchObject({
        id: "900001",
        createdOn: "20/12/2025",
        discussionUntil: "05/01/2026",
        likes: 3,
        dislikes: 1,
        totalComments: 4,
        acceptedCount: 1,
        rejectedCount: 2,
        historyIds: ["77"],
        commentPages: 2,
      });
      expect(card.comments.map((c) => [c.id, c.outcome])).toEqual([
        ["1001", "accepted"],
        ["1002", "rejected"],
      ]);
    }
    expect(kk).toMatchObject({ lang: "kk", status: "Мұрағат", type: "Бұйрық" });
    expect(kk.comments[1]!.statusText).toBe("Қабылданбады");
  });

  it("dates without a year take the year that follows the card's creation (across New Year)", () => {
    const created = new Date("2025-12-19T19:00:00Z"); // 20/12/2025 Astana
    expect(dateWithoutYear("30/12 - 23:59", created)!.toISOString()).toBe("2025-12-30T18:59:00.000Z");
    expect(dateWithoutYear("02/01 - 11:00", created)!.toISOString()).toBe("2026-01-02T06:00:00.000Z");
    expect(dateWithoutYear("31/02 - 11:00", created)).toBeNull();
  });
});

describe("legalacts.egov.kz: messages", () => {
  it("say every problem in kk, ru and en with the same placeholders", () => {
    const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(portalImportMessages.en) as (keyof typeof portalImportMessages.en)[]) {
      for (const locale of ["kk", "ru"] as const)
        expect(placeholders(portalImportMessages[locale][key]), `${locale} ${key}`).toEqual(
          placeholders(portalImportMessages.en[key]),
        );
    }
    expect(Object.keys(portalImportMessages.kk).sort()).toEqual(Object.keys(portalImportMessages.en).sort());
    expect(describeProblem("kk", "legalacts.partial", { read: 10, total: 24, tabs: "6" })).toMatch(
      /^Файлда жобаның 24 пікірінің 10-і ғана бар/,
    );
  });
});

describe("legalacts.egov.kz: polite fetching from a local server", () => {
  let server: Server;
  let origin: string;
  const hits: { url: string; at: number; headers: IncomingMessage["headers"] }[] = [];
  const clock = { t: 0, retryAfter: true };
  let flaky = 0;
  const s = sampleDraft();
  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const url = req.url ?? "/";
      hits.push({ url, at: clock.t, headers: req.headers });
      if (url === "/flaky") {
        if (flaky++ < 2) {
          res.writeHead(503, clock.retryAfter ? { "retry-after": "0" } : {});
          return res.end();
        }
        res.writeHead(200, { "content-type": "text/html" });
        return res.end("<html>ok</html>");
      }
      if (url === "/etag") {
        if (req.headers["if-none-match"] === '"v1"') {
          res.writeHead(304);
          return res.end();
        }
        res.writeHead(200, { etag: '"v1"', "content-type": "text/html" });
        return res.end("<html>v1</html>");
      }
      if (url === "/moved") {
        res.writeHead(302, { location: "/flaky" });
        return res.end();
      }
      if (url.startsWith("/list")) {
        const page = Number(/page=(\d+)/.exec(url)?.[1] ?? 1);
        res.writeHead(200, { "content-type": "text/html" });
        return res.end(`<html><body><div class="maincontent rightcontent"><div class="contentlist"><h3><a href="/npa/view?id=${900000 + page}">Draft ${page}</a></h3>
          <div class="info"><strong>Статус:</strong> Архив<br><strong>Тип НПА:</strong> Приказ<br><strong>Дата создания:</strong> 01/09/2026<br><strong>Публичное обсуждение до:</strong> 06/09/2026<br></div>
          <div class="tags"><span class="icon1"></span>2<span class="icon2"></span>Министерство</div></div></div><script>$('#p').twbsPagination({ totalPages: 3 })</script></body></html>`);
      }
      const kk = /egovLang=kk/.test(req.headers.cookie ?? "");
      const html = url === "/npa/view?id=900001" && kk ? s.kk : s.pages[url];
      if (!html) {
        res.writeHead(404);
        return res.end();
      }
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(html);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("spaces requests to one host, retries 503 with backoff, follows a redirect, and asks conditionally", async () => {
    // A virtual clock: the fetcher's waits advance it, and the server notes it on each request.
    const fetcher = new PoliteFetcher({
      intervalMs: 1_000,
      backoffMs: 2_000,
      allowPrivateAddresses: true,
      now: () => clock.t,
      sleep: async (ms) => {
        clock.t += ms;
      },
    });
    hits.length = 0;
    flaky = 0;
    const page = await fetcher.get(`${origin}/moved`);
    expect(page).toMatchObject({ status: 200, url: `${origin}/flaky`, body: "<html>ok</html>" });
    expect(hits.map((h) => [h.url, h.at])).toEqual([
      ["/moved", 0],
      ["/flaky", 1_000],
      ["/flaky", 2_000],
      ["/flaky", 3_000],
    ]);
    flaky = 0;
    clock.retryAfter = false;
    const first = await fetcher.get(`${origin}/etag`);
    const again = await fetcher.get(`${origin}/etag`);
    expect([first.notModified, again.notModified, again.body]).toEqual([false, true, "<html>v1</html>"]);
    expect(hits.at(-1)!.headers["if-none-match"]).toBe('"v1"');
    // Without Retry-After the waits double: 2 s, then 4 s (each longer than the 1 s spacing).
    hits.length = 0;
    clock.t = 100_000;
    await fetcher.get(`${origin}/flaky`);
    expect(hits.map((h) => h.at - 100_000)).toEqual([0, 2_000, 6_000]);
  });

  it("gives up after its retries with the host named, and refuses a private address unless told (tests only)", async () => {
    const fetcher = new PoliteFetcher({ intervalMs: 0, backoffMs: 1, retries: 1, allowPrivateAddresses: true });
    await expect(fetcher.get(`${origin}/nothing-here`)).rejects.toThrow(
      /127\.0\.0\.1:\d+ did not give the page \(HTTP 404\)/,
    );
    flaky = 0;
    await expect(fetcher.get(`${origin}/flaky`)).rejects.toThrow(/HTTP 503, after 2 attempts/);
    await expect(new PoliteFetcher({ intervalMs: 0 }).get(`${origin}/etag`)).rejects.toThrow(FetchFailedError);
  });

  it("fetches every tab, page, the Kazakh card, the report and the history into one snapshot that imports whole", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "pikir-la-")), "snapshot.json");
    const fetcher = new PoliteFetcher({ intervalMs: 0, allowPrivateAddresses: true });
    const fetched = await fetchLegalactsDraft(`${origin}/npa/view?id=900001`, file, { origin, fetcher });
    expect(fetched).toMatchObject({ comments: 4, pages: 7 });
    const read = readLegalactsPages(file)!;
    const draft = convertLegalactsPages(read.pages);
    expect(draft.comments).toBe(4);
    expect(draft.initiative.titles).toEqual({ ru: "О ставках налога", kk: "Салық мөлшерлемелері туралы" });
    expect(draft.initiative.portalFacts).toMatchObject({
      acceptedCount: 1,
      rejectedCount: 2,
      versions: [{ title: "О ставках налога (первая редакция)", discussionUntil: "01/01/2026" }],
    });
    const items = draft.records.map((r) => (r.result.ok ? r.result.value.items[0]! : null));
    expect(
      items.map((i) => [i?.sourceRef, i?.kind, i?.decision?.outcome ?? null, i?.answer?.text ?? null, i?.metadata.tab]),
    ).toEqual([
      ["900001/1001", "remark", "accepted", null, "comment"],
      ["900001/1002", "remark", "rejected", null, "comment"],
      ["900001/1003", "comment", null, null, "comment"],
      ["900001/1004", "remark", "rejected", null, "atameken"],
    ]);
    expect(items[0]!.decision!.text).toBe("Учтено в пункте 2.");
    expect(items[1]!.receivedAt.toISOString()).toBe("2025-12-30T18:59:00.000Z");
    // Reconciled with the report: the comment of page 2 is not in it, and one answer differs.
    expect(draft.warnings).toEqual([
      { code: "legalacts.report_missing", params: { count: 1 } },
      { code: "legalacts.report_answers", params: { count: 1 } },
    ]);
  });

  it("lists a body's drafts page by page and accepts only the portal's draft addresses", async () => {
    const cards = await listLegalactsDrafts("7", {
      origin,
      fetcher: new PoliteFetcher({ intervalMs: 0, allowPrivateAddresses: true }),
    });
    expect(cards.map((c) => [c.id, c.comments, c.developer])).toEqual([
      ["900001", 2, "Министерство"],
      ["900002", 2, "Министерство"],
      ["900003", 2, "Министерство"],
    ]);
    expect(draftIdOf("https://legalacts.egov.kz/npa/view?id=15906353")).toBe("15906353");
    expect(draftIdOf("15906353")).toBe("15906353");
    expect(() => draftIdOf("https://evil.example/npa/view?id=1")).toThrow(/not a draft's page/);
    expect(() => draftIdOf("https://legalacts.egov.kz/list?id=1")).toThrow(/not a draft's page/);
  });
});
