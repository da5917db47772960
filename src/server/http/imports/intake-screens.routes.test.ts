/** The import screen's mapping preview and the monitor screen's API, on both engines. */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp, signInCookie } from "../../../../test/http.ts";
import { nextSixHourly } from "../../services/imports/list-portal-monitors.ts";

// A body's own register: headers the built-in aliases do not know, one row without a date.
const CSV =
  "№ п/п;Вх. номер;Дата вх.;Характер;Суть вопроса\n1;ЖТ-1;10.03.2025;Жалоба;Во дворе нет освещения\n2;ЖТ-2;вчера;Предложение;Установить остановку у школы\n3;ЖТ-3;12.03.2025;Запрос;Когда отремонтируют дорогу\n";
const MAPPING = { reg_number: "Вх. номер", reg_date: "Дата вх.", appeal_type: "Характер", text: "Суть вопроса" };

describeEachEngine("import screen: mapping preview; monitor screen", (engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(testContext(engine.database));
  });
  afterAll(async () => app.close());

  it("shows the file's columns with samples, the missing keys before mapping, and a dry run after (no effect on F, §2.8); nothing is written", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const officer = await createUser(ctx, "body_officer", body.id);
    const cookie = await signInCookie(app, officer.user.email);
    const preview = (query: Record<string, string> = {}) =>
      app.inject({
        method: "POST",
        url: `/api/bodies/${body.id}/import-columns/appeals/preview`,
        query,
        headers: { cookie, "content-type": "application/octet-stream", "accept-language": "en" },
        payload: Buffer.from(CSV),
      });
    const before = await preview();
    expect(before.statusCode).toBe(200);
    expect(before.json().columns[1]).toEqual({ header: "Вх. номер", samples: ["ЖТ-1", "ЖТ-2", "ЖТ-3"] });
    expect(before.json().missing).toEqual(["reg_number", "reg_date", "appeal_type", "text"]);
    expect(before.json().dryRun).toBeNull();
    expect(before.json().fields[0]).toMatchObject({ key: "reg_number", label: "Registration number", required: true });

    const after = await preview({ mapping: JSON.stringify(MAPPING) });
    expect(after.statusCode).toBe(200);
    expect(after.json()).toMatchObject({
      missing: [],
      effectOnF: "none",
      dryRun: { read: 3, added: 2, rejected: 1 },
    });
    expect(after.json().dryRun.rejects[0]).toMatchObject({ line: 3 });
    expect(after.json().dryRun.rejects[0].reason).toContain("вчера");
    expect(after.json().fields.find((f: { key: string }) => f.key === "text").header).toBe("Суть вопроса");
    const items = await app.inject({ method: "GET", url: `/api/feedback?bodyId=${body.id}`, headers: { cookie } });
    expect(items.json().total ?? items.json().items.length).toBe(0);

    const stranger = await createUser(ctx, "body_officer", (await createBody(ctx)).id);
    const other = await app.inject({
      method: "POST",
      url: `/api/bodies/${body.id}/import-columns/appeals/preview`,
      headers: { cookie: await signInCookie(app, stranger.user.email), "content-type": "application/octet-stream" },
      payload: Buffer.from(CSV),
    });
    expect(other.statusCode).toBe(403);
  });

  it("lists the body's portal monitors; setting up budget.egov.kz shows it with the next run; run now needs it on", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const officer = await createUser(ctx, "body_officer", body.id);
    const cookie = await signInCookie(app, officer.user.email);
    const list = await app.inject({
      method: "GET",
      url: `/api/bodies/${body.id}/portal-monitors`,
      headers: { cookie },
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((m: { portal: string; configured: boolean }) => [m.portal, m.configured])).toEqual([
      ["legalacts", false],
      ["budget", false],
      ["dialog", false],
    ]);
    const refused = await app.inject({
      method: "POST",
      url: `/api/bodies/${body.id}/portal-monitors/budget/run`,
      headers: { cookie },
    });
    expect(refused.statusCode).toBe(400);
    const saved = await app.inject({
      method: "PUT",
      url: `/api/bodies/${body.id}/budget-monitor`,
      headers: { cookie },
      payload: { govAgencyId: "217" },
    });
    expect(saved.statusCode).toBe(200);
    const budget = saved.json().items.find((m: { portal: string }) => m.portal === "budget");
    expect(budget).toMatchObject({ configured: true, portalBodyId: "217", enabled: true, lastRun: null });
    expect(new Date(budget.nextRunAt).getUTCMinutes()).toBe(50);
    const bad = await app.inject({
      method: "PUT",
      url: `/api/bodies/${body.id}/budget-monitor`,
      headers: { cookie },
      payload: { govAgencyId: "../x" },
    });
    expect(bad.statusCode).toBe(400);
    // The one address for every portal: the dialog.egov.kz blog, set up and then turned off.
    const dialog = await app.inject({
      method: "PUT",
      url: `/api/bodies/${body.id}/portal-monitors/dialog`,
      headers: { cookie },
      payload: { portalBodyId: "2051" },
    });
    expect(dialog.statusCode).toBe(200);
    expect(dialog.json().items.find((m: { portal: string }) => m.portal === "dialog")).toMatchObject({
      configured: true,
      portalBodyId: "2051",
      enabled: true,
    });
    const off = await app.inject({
      method: "PUT",
      url: `/api/bodies/${body.id}/portal-monitors/dialog`,
      headers: { cookie },
      payload: { portalBodyId: "2051", enabled: false },
    });
    expect(off.json().items.find((m: { portal: string }) => m.portal === "dialog")).toMatchObject({
      enabled: false,
      nextRunAt: null,
    });
    const unknown = await app.inject({
      method: "PUT",
      url: `/api/bodies/${body.id}/portal-monitors/eotinish`,
      headers: { cookie },
      payload: { portalBodyId: "1" },
    });
    expect(unknown.statusCode).toBe(400);
  });
});

it.each([
  ["2026-12-03T15:00:00Z", 50, "2026-12-03T18:50:00.000Z"],
  ["2026-12-03T18:49:59Z", 50, "2026-12-03T18:50:00.000Z"],
  ["2026-12-03T18:50:00Z", 50, "2026-12-04T00:50:00.000Z"],
  ["2026-12-03T00:10:00Z", 40, "2026-12-03T00:40:00.000Z"],
])("the next six-hourly run after %s at minute %i is %s", (now, minute, next) => {
  expect(nextSixHourly(new Date(now), minute).toISOString()).toBe(next);
});
