/**
 * Fetching budget.egov.kz and dialog.egov.kz pages from a local HTTP server (SYNTHETIC pages,
 * test/fixtures/portal-pages), and the scheduled read of a body's programs and of its blog on
 * dialog.egov.kz (the one portal-monitor runner), on both engines.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createUser, testContext } from "../../../../test/factories.ts";
import { SYSTEM_ACTOR, type AppContext } from "../../context.ts";
import { budgetProgramOf, fetchBudgetProgram } from "../../importers/budget/fetch-budget.ts";
import { dialogAddressOf, fetchDialogPages } from "../../importers/dialog/fetch-dialog.ts";
import { FetchFailedError, PoliteFetcher } from "../../importers/shared/polite-fetch.ts";
import { importFile } from "./import-file.ts";
import { monitorPortal } from "./monitor-portal.ts";
import { savePortalMonitor } from "./save-portal-monitor.ts";
import { listPortalMonitors } from "./list-portal-monitors.ts";

const fixture = (name: string) => readFileSync(path.resolve("test/fixtures/portal-pages", name), "utf8");
let server: Server;
let origin = "";
const requests: { url: string; cookie: string; conditional: boolean }[] = [];
/** govAgencyId → its programs (budgetId → extra comment count, changed by the tests). */
const agencies = new Map<string, string[]>();
let extra = "";
let inside = "";
/** The blog's second page: as served, or its list of questions gone (a changed structure). */
let blogBroken = false;
let blogExtra = "";
/** The body's list of conferences lost its list (a changed structure). */
let eventsBroken = false;

const program = (id: string, lang: "ru" | "kk") =>
  fixture(`budget/program-${lang}.html`)
    .replace(/budgetId=880017/g, `budgetId=${id}`)
    .replace(/id="7(1|9)/g, `id="${id}$1`)
    .replace(
      '</div></div>\n</div>\n<div class="tab-pane" id="tab-REPORT">',
      `${inside}</div></div>\n${extra}</div>\n<div class="tab-pane" id="tab-REPORT">`,
    );

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    requests.push({
      url: req.url ?? "/",
      cookie: req.headers.cookie ?? "",
      conditional: !!req.headers["if-none-match"],
    });
    const html = (s: string) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(s);
    if (url.pathname === "/budgetprogram/budgetprogram") {
      const budgetId = url.searchParams.get("budgetId");
      const gov = url.searchParams.get("govAgencyId") ?? "";
      if (budgetId) return html(program(budgetId, /egovLang=kk/.test(req.headers.cookie ?? "") ? "kk" : "ru"));
      const ids = agencies.get(gov) ?? [];
      const page = Number(url.searchParams.get("page") ?? 1);
      const shown = ids.slice(page - 1, page); // one program a page: the list is paged
      return html(
        `<html><body><div class="maincontent">${shown.map((id) => `<h2><a href="/budgetprogram/budgetprogram?govAgencyId=${gov}&budgetId=${id}">П ${id}</a></h2>`).join("")}</div><script>x.twbsPagination({ totalPages: ${ids.length} })</script></body></html>`,
      );
    }
    // A body's conferences and surveys (lists and pages), answered conditionally like the blog.
    const events: Record<string, () => string> = {
      "/blogs/2051/conferences": () => {
        const list = fixture("dialog/blog-conferences.html");
        return eventsBroken ? list.replace(/tab-pane/g, "pane") : list;
      },
      "/blogs/2051/surveys": () => fixture("dialog/blog-surveys.html"),
      "/conferences/4410": () => fixture("dialog/conference.html"),
      "/surveys/3307": () => fixture("dialog/survey.html"),
    };
    const event = events[url.pathname];
    if (event) {
      const body = event();
      const etag = `"${createHash("sha256").update(body).digest("hex").slice(0, 16)}"`;
      if (req.headers["if-none-match"] === etag) return res.writeHead(304, { etag }).end();
      return res.writeHead(200, { "content-type": "text/html; charset=utf-8", etag }).end(body);
    }
    if (url.pathname === "/blogs/2051/questions") {
      const page = url.searchParams.get("page") ?? "1";
      const base = fixture("dialog/blog-questions.html");
      let body =
        page === "1"
          ? base.replace("</div></div>\n<script>", `${blogExtra}</div></div>\n<script>`)
          : base.replace(/9135(00|01)/g, "9136$1");
      if (page === "2" && blogBroken) body = body.replace('<div class="tab-pane active">', '<div class="pane">');
      // Validators as a real server gives them: an unchanged page is answered 304 to a conditional request.
      const etag = `"${createHash("sha256").update(body).digest("hex").slice(0, 16)}"`;
      if (req.headers["if-none-match"] === etag) return res.writeHead(304, { etag }).end();
      return res.writeHead(200, { "content-type": "text/html; charset=utf-8", etag }).end(body);
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const fetcher = () => new PoliteFetcher({ intervalMs: 0, allowPrivateAddresses: true });
const tmp = (name: string) => path.join(mkdtempSync(path.join(tmpdir(), "pikir-bdf-")), name);

describe("fetching budget.egov.kz and dialog.egov.kz", () => {
  it.each([
    [
      "https://budget.egov.kz/budgetprogram/budgetprogram?govAgencyId=217&budgetId=880017",
      { budgetId: "880017", govAgencyId: "217" },
    ],
    ["880017", { budgetId: "880017", govAgencyId: null }],
  ])("%s is a program's page", (input, expected) => {
    expect(budgetProgramOf(input)).toEqual(expected);
  });

  it.each([
    "https://example.com/budgetprogram/budgetprogram?budgetId=1",
    "https://budget.egov.kz/application/search?querytext=x",
    "not an address",
  ])("%s is refused before any request", (input) => {
    expect(() => budgetProgramOf(input)).toThrow(FetchFailedError);
  });

  it.each(["https://dialog.egov.kz/blogs/all-questions?page=2", "https://dialog.egov.kz/search?searchText=x"])(
    "%s (disallowed by the portal's robots.txt) is refused",
    (input) => {
      expect(() => dialogAddressOf(input)).toThrow(FetchFailedError);
    },
  );

  it("fetches a program in Russian and Kazakh (the language cookie) into one snapshot the importer reads", async () => {
    requests.length = 0;
    const file = tmp("b.json");
    const fetched = await fetchBudgetProgram(
      `${origin}/budgetprogram/budgetprogram?govAgencyId=217&budgetId=600001`,
      file,
      {
        origin,
        fetcher: fetcher(),
      },
    );
    expect(fetched).toMatchObject({ pages: 2, comments: 4, requests: 2 });
    expect(requests.map((r) => r.cookie)).toEqual(["egovLang=ru", "egovLang=kk"]);
  });

  it("fetches every page of a blog's questions (paging script)", async () => {
    requests.length = 0;
    const fetched = await fetchDialogPages(`${origin}/blogs/2051/welcome`, tmp("d.json"), {
      origin,
      fetcher: fetcher(),
    });
    expect(fetched).toMatchObject({ pages: 2, questions: 4, requests: 2 });
    expect(requests.map((r) => r.url)).toEqual(["/blogs/2051/questions", "/blogs/2051/questions?page=2"]);
  });
});

let serial = 0;
describeEachEngine("budget monitoring", (engine) => {
  const ctx = (): AppContext => testContext(engine.database);

  it("reads the body's programs, then imports only a program whose pages changed; the run is recorded", async () => {
    const body = await createBody(ctx());
    const gov = String(500 + (process.pid % 100) * 10 + ++serial);
    const ids = [`${gov}01`, `${gov}02`];
    agencies.set(gov, ids);
    const officer = await createUser(ctx(), "body_officer", body.id);
    await savePortalMonitor(ctx(), officer.actor, {
      bodyId: body.id,
      portal: "budget",
      portalBodyId: gov,
      enabled: true,
    });

    const first = await monitorPortal(ctx(), SYSTEM_ACTOR, "budget", { bodyId: body.id, origin, fetcher: fetcher() });
    expect(first).toMatchObject({ bodies: 1, read: 2, skipped: 0, failed: 0, added: 8 });
    const quiet = await monitorPortal(ctx(), SYSTEM_ACTOR, "budget", { bodyId: body.id, origin, fetcher: fetcher() });
    expect(quiet).toMatchObject({ read: 0, skipped: 2, added: 0 });
    const comment = `<div class="media"><div class="media-body"><h4 class="media-heading">Н</h4><h4 class="media-heading"><span>09.11.2026 10:00</span></h4><p id="99">Новый комментарий</p></div></div>`;
    // A new comment in the list: both programs' pages changed, the new comment added, nothing doubled.
    inside = comment;
    const changed = await monitorPortal(ctx(), SYSTEM_ACTOR, "budget", { bodyId: body.id, origin, fetcher: fetcher() });
    inside = "";
    expect(changed).toMatchObject({ read: 2, skipped: 0, failed: 0, added: 2 });
    // The same comment outside div.main-comments: the structure check refuses both pages whole.
    extra = comment;
    const broken = await monitorPortal(ctx(), SYSTEM_ACTOR, "budget", { bodyId: body.id, origin, fetcher: fetcher() });
    extra = "";
    expect(broken).toMatchObject({ read: 0, failed: 2, added: 0 });
    const [monitor] = await engine.database.rows<{
      last_status: string;
      last_error: string;
      seen: Record<string, string>;
    }>(
      sql`select last_status, last_error, seen from portal_monitors where portal = 'budget' and body_id = ${body.id}::uuid`,
    );
    expect(monitor!.last_status).toBe("failed");
    expect(monitor!.last_error).toContain("div.comments > div.main-comments");
    expect(Object.keys(monitor!.seen).sort()).toEqual(ids);
    const [n] = await engine.database.rows<{ n: number }>(
      sql`select count(*)::int as n from feedback_items where body_id = ${body.id}::uuid and channel = 'budget_portal'`,
    );
    expect(n!.n).toBe(10);
  });

  it("a fetched blog imports every page's questions once", async () => {
    const body = await createBody(ctx());
    const file = tmp("d.json");
    await fetchDialogPages(`${origin}/blogs/2051/questions`, file, { origin, fetcher: fetcher() });
    const summary = await importFile(ctx(), SYSTEM_ACTOR, { importer: "dialog", file, bodyId: body.id, dryRun: true });
    expect(summary).toMatchObject({ read: 4, rejected: 0 });
    expect(summary.warnings).toEqual([]);
  });

  it("reads the body's dialog.egov.kz blog, conferences and surveys on the same runner: politely, conditionally, whole or not at all", async () => {
    const body = await createBody(ctx());
    const officer = await createUser(ctx(), "body_officer", body.id);
    await savePortalMonitor(ctx(), officer.actor, {
      bodyId: body.id,
      portal: "dialog",
      portalBodyId: "2051",
      enabled: true,
    });
    // A fake clock: the fetcher's waits are what it asked for, not the test's time.
    const clock = { t: 0, waits: [] as number[] };
    const polite = new PoliteFetcher({
      allowPrivateAddresses: true,
      intervalMs: 1_000,
      now: () => clock.t,
      sleep: async (ms) => {
        clock.waits.push(ms);
        clock.t += ms;
      },
    });
    // 06.12.2026: the conference (10–20.11) has ended, the survey (01–15.12) is still open.
    const now = new Date("2026-12-06T07:00:00Z");
    const run = (full = false) =>
      monitorPortal(ctx(), SYSTEM_ACTOR, "dialog", { bodyId: body.id, origin, fetcher: polite, full, now });
    const dialogueEvents = () =>
      engine.database.rows<{ kind: string; questions: number | null; answered: number | null }>(
        sql`select kind, questions, answered from dialogue_events where body_id = ${body.id}::uuid order by kind`,
      );
    requests.length = 0;
    // The blog's 4 questions and the conference's 2; the survey is evidence without items.
    expect(await run()).toMatchObject({ portal: "dialog", bodies: 1, read: 3, skipped: 0, failed: 0, added: 6 });
    expect(requests.map((r) => r.url)).toEqual([
      "/blogs/2051/conferences",
      "/blogs/2051/surveys",
      "/blogs/2051/questions",
      "/blogs/2051/questions?page=2",
      "/conferences/4410",
      "/surveys/3307",
    ]);
    expect(clock.waits).toEqual([1_000, 1_000, 1_000, 1_000, 1_000]); // one request a second to the portal
    // §18: the conference held on the portal, with its questions and how many the body answered.
    expect(await dialogueEvents()).toEqual([
      { kind: "internet_conference", questions: 2, answered: 1 },
      { kind: "survey", questions: 2, answered: null },
    ]);
    // Unchanged pages: asked conditionally, answered 304, not imported again; the ended conference
    // is known from its list and not fetched at all.
    requests.length = 0;
    expect(await run()).toMatchObject({ read: 0, skipped: 3, added: 0 });
    expect(requests.every((r) => r.conditional)).toBe(true);
    expect(requests.map((r) => r.url)).not.toContain("/conferences/4410");
    // A new question on page 1: the blog is imported again, only the new one added.
    blogExtra = `<div class="row"><ul class="blog-info"><li><i class="fa fa-pencil"></i> № 913502</li><li><i class="fa fa-calendar"></i> 04.11.2026</li></ul><h3>Н</h3><p>Когда отремонтируют дорогу?</p></div>`;
    expect(await run()).toMatchObject({ read: 1, skipped: 2, failed: 0, added: 1 });
    // Page 2 lost its list of questions: the blog is refused whole, the element named, nothing added;
    // the full run still reads the conference and the survey again, adding nothing.
    blogExtra = `<div class="row"><ul class="blog-info"><li><i class="fa fa-pencil"></i> № 913503</li><li><i class="fa fa-calendar"></i> 05.11.2026</li></ul><h3>Н</h3><p>Ещё вопрос</p></div>`;
    blogBroken = true;
    const broken = await run(true);
    blogBroken = false;
    blogExtra = "";
    expect(broken).toMatchObject({ read: 2, failed: 1, added: 0 });
    const monitorRow = async () =>
      (
        await engine.database.rows<{ last_status: string; last_error: string }>(
          sql`select last_status, last_error from portal_monitors where portal = 'dialog' and body_id = ${body.id}::uuid`,
        )
      )[0]!;
    expect(await monitorRow()).toMatchObject({ last_status: "failed" });
    expect((await monitorRow()).last_error).toMatch(/^2051: .*div\.tab-pane/);
    // The list of conferences changed: named on the monitor; the blog is still read (its pages
    // differ from the last import's, which was before the refused run), adding nothing.
    eventsBroken = true;
    const listBroken = await run();
    eventsBroken = false;
    expect(listBroken).toMatchObject({ read: 1, failed: 1, added: 0 });
    expect((await monitorRow()).last_error).toMatch(
      /^conferences: .*div\.tab-pane \(the list of conferences or surveys\)/,
    );
    const [n] = await engine.database.rows<{ n: number }>(
      sql`select count(*)::int as n from feedback_items where body_id = ${body.id}::uuid`,
    );
    expect(n!.n).toBe(7);
    expect(await dialogueEvents()).toHaveLength(2); // re-reading adds no event
    const views = await listPortalMonitors(ctx(), officer.actor, body.id);
    expect(views.map((v) => [v.portal, v.configured])).toEqual([
      ["legalacts", false],
      ["budget", false],
      ["dialog", true],
    ]);
    expect(views[2]!.itemsSeen).toBe(3);
    expect(new Date(views[2]!.nextRunAt!).getUTCMinutes()).toBe(20);
  });
});
