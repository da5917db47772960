import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, testContext } from "../../../../test/factories.ts";
import { upsertRegion } from "../../repositories/body.repository.ts";
import { LOCALES } from "../../../i18n/index.ts";
import { portalMessages } from "../../../i18n/messages/portal.ts";
import { escapeHtml, html, safeUrl } from "./html.ts";
import { formatDate } from "../../../domain/reports/document.ts";
import { computeRound } from "../../services/evaluations/compute-round.ts";
import type { AppContext } from "../../context.ts";
import {
  EVIL_REMARK,
  REFERENCE_TEXT,
  REJECTION_REASON,
  startPortalApp,
  type PortalFixture,
} from "./portal-fixture.test-support.ts";

describe("portal HTML helpers and catalog", () => {
  it("escapes every interpolated text and keeps only http(s) links", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    expect(html`<p title="${'"><script>'}">${"<script>"}${["<b>", html`<i>ok</i>`]}</p>`.value).toBe(
      `<p title="&quot;&gt;&lt;script&gt;">&lt;script&gt;&lt;b&gt;<i>ok</i></p>`,
    );
    expect(safeUrl("javascript:alert(1)")).toBeNull();
    expect(safeUrl("data:text/html,x")).toBeNull();
    expect(safeUrl("https://gov.kz/a?b=1")).toBe("https://gov.kz/a?b=1");
  });

  it.each(LOCALES)("%s catalog has exactly the English keys, non-empty, same placeholders", (locale) => {
    const keys = Object.keys(portalMessages.en).sort();
    expect(Object.keys(portalMessages[locale]).sort()).toEqual(keys);
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of keys as (keyof typeof portalMessages.en)[]) {
      expect(portalMessages[locale][key].trim(), `${locale}:${key}`).not.toBe("");
      expect(placeholders(portalMessages[locale][key]), `${locale}:${key}`).toEqual(
        placeholders(portalMessages.en[key]),
      );
    }
  });
});

describeEachEngine("public portal pages", (engine) => {
  let app: FastifyInstance;
  let ctx: AppContext;
  let fixture: PortalFixture;
  beforeAll(async () => {
    ({ ctx, app, fixture } = await startPortalApp(engine.database));
  });
  afterAll(async () => app.close());

  it("lists in-scope bodies with their latest published F and band, in Kazakh by default", async () => {
    const response = await app.inject({ url: "/portal" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/html");
    expect(response.headers["cache-control"]).toBe("public, max-age=60");
    expect(response.headers["content-security-policy"]).toContain("script-src 'self'");
    const page = response.body;
    expect(page).toContain(`<html lang="kk">`);
    expect(page).toContain("<title>Мемлекеттік органдардың кері байланыс көрсеткіштері — Pikir — ашық портал</title>");
    expect(page).toContain(`<meta name="description"`);
    expect(page).toContain("Порталдың сынақ министрлігі");
    expect(page).not.toContain("Excluded bank"); // §1: out of scope
    // The latest PUBLISHED round (2025 H2): 37.5, not the unpublished 100.0.
    expect(page).toContain("37.5");
    expect(page).not.toContain("100.0");
    expect(page).toContain("01.07.2025 – 31.12.2025");
    expect(page).toMatch(/<svg[^>]*role="img"/);
    expect(page).toContain("/api/open-data/indicators.csv");
    expect(page).not.toMatch(/<script/i);
    for (const l of LOCALES) expect(page).toContain(`hreflang="${l}"`);
  });

  it("renders in Russian and English with links that keep the language", async () => {
    const ru = (await app.inject({ url: "/portal?lang=ru" })).body;
    expect(ru).toContain(`<html lang="ru">`);
    expect(ru).toContain("Тестовое министерство портала");
    expect(ru).toContain(`href="/portal/bodies/${fixture.body.code}?lang=ru"`);
    expect(ru).toContain("неэффективная деятельность");
    const en = (await app.inject({ url: "/portal?lang=en" })).body;
    expect(en).toContain(`<html lang="en">`);
    expect(en).toContain("Feedback indicators of state bodies");
    expect(en).toContain(`href="/portal/bodies/${fixture.body.code}?lang=en"`);
    // An unknown language falls back to Kazakh rather than failing.
    expect((await app.inject({ url: "/portal?lang=xx" })).body).toContain(`<html lang="kk">`);
  });

  it("lists the regions in the reader's alphabet, not by code (Ұ before Ш in Kazakh)", async () => {
    const db = testContext(engine.database).database.db;
    await upsertRegion(db, { code: "aa-sh-test", kind: "region", nameKk: "Шшш облысы", nameRu: "Шшш", nameEn: "Shsh" });
    await upsertRegion(db, { code: "zz-u-test", kind: "region", nameKk: "Ұұұ облысы", nameRu: "Ууу", nameEn: "Uuu" });
    const kk = (await app.inject({ url: "/portal" })).body;
    expect(kk.indexOf("Ұұұ облысы")).toBeGreaterThan(0);
    expect(kk.indexOf("Ұұұ облысы")).toBeLessThan(kk.indexOf("Шшш облысы"));
    const en = (await app.inject({ url: "/portal?lang=en" })).body;
    expect(en.indexOf(">Shsh<")).toBeLessThan(en.indexOf(">Uuu<"));
  });

  it("filters by kind, region and search text", async () => {
    const ctx = testContext(engine.database);
    await upsertRegion(ctx.database.db, {
      code: "test-region",
      kind: "region",
      nameKk: "Сынақ облысы",
      nameRu: "Тестовая область",
      nameEn: "Test region",
    });
    const akimat = await createBody(ctx, {
      kind: "local",
      regionCode: "test-region",
      nameKk: "Сынақ облысының әкімдігі",
      nameEn: "Akimat of Test region",
    });
    // A district akimat the ministry does not evaluate has no F to rank: not listed.
    await createBody(ctx, {
      kind: "local",
      regionCode: "test-region",
      nameEn: "Akimat of Test district",
      evaluated: false,
    });
    const local = (await app.inject({ url: "/portal?kind=local&lang=en" })).body;
    expect(local).toContain("Akimat of Test region");
    expect(local).not.toContain("Akimat of Test district");
    expect(local).not.toContain("Portal Test Ministry");
    const region = (await app.inject({ url: "/portal?region=test-region&lang=en" })).body;
    expect(region).toContain("Akimat of Test region");
    expect(region).toContain(`<option value="test-region" selected>`);
    expect(region).toContain(`hreflang="ru" href="http://localhost:80/portal?region=test-region&amp;lang=ru"`);
    const search = (await app.inject({ url: `/portal?q=${encodeURIComponent("министерство портала")}&lang=ru` })).body;
    expect(search).toContain("Тестовое министерство портала");
    expect(search).not.toContain(akimat.nameRu);
    const none = (await app.inject({ url: `/portal?q=${encodeURIComponent('<script>"')}` })).body;
    expect(none).toContain("Сүзгіге сәйкес мемлекеттік орган табылмады.");
    expect(none).toContain(`value="&lt;script&gt;&quot;"`);
  });

  it("shows a body's published history with B, C, E, G, band and zeroing, never the unpublished round", async () => {
    const response = await app.inject({ url: `/portal/bodies/${fixture.body.code}?lang=ru` });
    expect(response.statusCode).toBe(200);
    const page = response.body;
    expect(page).toContain(`<html lang="ru">`);
    expect(page).toContain("<h1>Тестовое министерство портала</h1>");
    expect(page).toContain("01.01.2025 – 30.06.2025");
    expect(page).toContain("01.07.2025 – 31.12.2025");
    expect(page).not.toContain("01.01.2026 – 30.06.2026");
    expect(page).not.toContain("100.0");
    expect(page).toContain("37.5");
    // The zeroed round names its reason (§23) and the explanation lines are there.
    expect(page).toContain(
      "информация о промежуточных и итоговых результатах проектов и инициатив не была в открытом доступе",
    );
    expect(page).toContain("Как рассчитан F");
    expect(page).toContain("B/C = 3/4");
    expect(page).toMatch(/<th scope="col"[^>]*>B \(принятые\)<\/th>/);
    // Initiatives: the announced one with counts, never the draft.
    expect(page).toContain("Проект поправок в Налоговый кодекс");
    expect(page).toContain("Замечания и предложения: 3; принято: 1; отклонено: 1");
    expect(page).not.toContain("Неопубликованный проект");
    // §16 results and §18 survey, with safe links only.
    expect(page).toContain(`<a href="https://www.gov.kz/results-2025-q2" rel="nofollow noopener external">`);
    expect(page).toContain("2 квартал 2025 г.");
    expect(page).toContain("Қорытынды &lt;i&gt;нәтижелер&lt;/i&gt;");
    expect(page).not.toContain("javascript:");
    expect(page).toContain("опрос");
    expect(page).toContain("321");
    expect(page).toContain("15.05.2025");
  });

  it("§20: a body that never submitted shows its status, no F and no band, and is never counted as high", async () => {
    const page = (await app.inject({ url: `/portal/bodies/${fixture.silent.code}?lang=en` })).body;
    expect(page).toContain("§20 information not submitted: no official F");
    expect(page).toContain("own record, for information only");
    // The F cell is a dash; the record's 100 appears only inside the information-only explanation.
    expect(page).toContain(`<td class="num">—</td>`);
    expect(page).not.toContain(`<td class="num">100.0</td>`);
    const index = (await app.inject({ url: `/portal?lang=en&q=${encodeURIComponent("Silent body")}` })).body;
    expect(index).toContain("High: 0;");
    expect(index).toContain("§20 information not submitted: 1;");
  });

  it.each([
    ["en", "2025, quarter I, 2025, quarter II", "2025, quarter III, 2025, quarter IV"],
    ["kk", "2025 I тоқсан, 2025 II тоқсан", "2025 III тоқсан, 2025 IV тоқсан"],
    ["ru", "2025, I квартал, 2025, II квартал", "2025, III квартал, 2025, IV квартал"],
  ])(
    "§16/§23 (%s): the silent body's zeroing names its missing slots in readable form, never {slots}",
    async (lang, h1, h2) => {
      const page = (await app.inject({ url: `/portal/bodies/${fixture.silent.code}?lang=${lang}` })).body;
      expect(page).not.toContain("{slots}");
      expect(page).not.toContain("2025-Q");
      expect(page).toContain(h1);
      expect(page).toContain(h2);
    },
  );

  it("shows the discussion report: accepted with §20.1 reference, rejected with reason, all escaped", async () => {
    const response = await app.inject({ url: `/portal/initiatives/${fixture.initiative.id}` });
    expect(response.statusCode).toBe(200);
    const page = response.body;
    expect(page).toContain("<h1>Салық кодексіне түзетулер жобасы</h1>");
    expect(page).toContain(escapeHtml(EVIL_REMARK));
    expect(page).not.toContain("<script>");
    expect(page).toContain(escapeHtml(REFERENCE_TEXT));
    expect(page).toContain("құқықтық актінің тармағы");
    expect(page).toContain(escapeHtml(REJECTION_REASON));
    expect(page).not.toContain("<b>келеді</b>");
    expect(page).toContain("әлі шешілмегені: 1");
    expect(page).not.toContain("Шешімі әлі жоқ ескерту"); // undecided remarks are counted, not listed
    expect(page).not.toContain("citizen-secret-ref");
    expect(page).toContain("10.03.2025");
    expect(page).toMatch(/<th scope="col">Сілтеме \(20-тармақтың 1\) тармақшасы\)<\/th>/);
  });

  it("answers unknown bodies, drafts and other portal paths with a localized HTML 404", async () => {
    for (const [url, lang, title] of [
      ["/portal/bodies/no-such-body?lang=en", "en", "Page not found"],
      ["/portal/bodies/no-such-body", "kk", "Бет табылмады"],
      [`/portal/initiatives/${fixture.draft.id}?lang=ru`, "ru", "Страница не найдена"],
      ["/portal/initiatives/not-a-uuid", "kk", "Бет табылмады"],
      ["/portal/nothing/here?lang=en", "en", "Page not found"],
    ] as const) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers["content-type"], url).toContain("text/html");
      expect(response.body, url).toContain(`<html lang="${lang}">`);
      expect(response.body, url).toContain(title);
      expect(response.body, url).toContain(`<meta name="robots" content="noindex">`);
    }
  });

  it("never answers odd public input with a JSON error or a 500", async () => {
    for (const url of [
      `/portal?q=${"x".repeat(5000)}&kind=nope&region=${encodeURIComponent("'; drop table state_bodies; --")}`,
      "/portal?q=a&q=b&lang=ru&lang=en",
      `/portal/bodies/${"y".repeat(500)}`,
      `/portal/bodies/${encodeURIComponent("<script>")}`,
    ]) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBeLessThan(500);
      expect(response.headers["content-type"], url).toContain("text/html");
      expect(response.body, url).not.toContain("<script>");
    }
    expect((await app.inject({ url: "/portal?q=a&q=b&lang=ru&lang=en" })).body).toContain(`<html lang="ru">`);
  });

  it("answers a repeated request with 304 when the ETag matches", async () => {
    const first = await app.inject({ url: `/portal/bodies/${fixture.body.code}` });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/"/);
    const again = await app.inject({ url: `/portal/bodies/${fixture.body.code}`, headers: { "if-none-match": etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
  });

  it("serves the stylesheet, robots.txt and a sitemap of body and initiative pages", async () => {
    const css = await app.inject({ url: "/portal/assets/portal.css" });
    expect(css.statusCode).toBe(200);
    expect(css.headers["content-type"]).toContain("text/css");
    expect(css.body).toContain(".band-high");
    const robots = await app.inject({ url: "/robots.txt" });
    expect(robots.body).toContain("Allow: /portal");
    expect(robots.body).toContain("Sitemap: http://localhost:80/sitemap.xml");
    const sitemap = await app.inject({ url: "/sitemap.xml" });
    expect(sitemap.statusCode).toBe(200);
    expect(sitemap.headers["content-type"]).toContain("application/xml");
    expect(sitemap.body).toContain(`<loc>http://localhost:80/portal/bodies/${fixture.body.code}</loc>`);
    expect(sitemap.body).toContain(`<loc>http://localhost:80/portal/initiatives/${fixture.initiative.id}</loc>`);
    expect(sitemap.body).toContain(
      `hreflang="ru" href="http://localhost:80/portal/bodies/${fixture.body.code}?lang=ru"`,
    );
    expect(sitemap.body).not.toContain(fixture.draft.id);
    expect(sitemap.body).not.toContain(fixture.excluded.code);
  });

  // Last: it corrects a published round (issue 10), which the tests above must not see.
  it("issue 10: a corrected published round shows 'corrected on dd.mm.yyyy' in the history", async () => {
    const before = (await app.inject({ url: `/portal/bodies/${fixture.body.code}?lang=en` })).body;
    expect(before).not.toContain("data-corrected");
    const outcome = await computeRound(ctx, fixture.analyst, fixture.rounds.first.id, {
      reason: "typo in §20 figures",
    });
    expect(outcome.round.correctedAt).toBeInstanceOf(Date);
    const day = formatDate(outcome.round.correctedAt!);
    const en = (await app.inject({ url: `/portal/bodies/${fixture.body.code}?lang=en` })).body;
    expect(en).toContain(`<span class="muted" data-corrected>corrected on ${day}</span>`);
    expect(en.match(/data-corrected/g)).toHaveLength(1); // only the corrected round
    const kk = (await app.inject({ url: `/portal/bodies/${fixture.body.code}?lang=kk` })).body;
    expect(kk).toContain(`${day} түзетілді`);
    const ru = (await app.inject({ url: `/portal/bodies/${fixture.body.code}?lang=ru` })).body;
    expect(ru).toContain(`исправлено ${day}`);
  });
});
