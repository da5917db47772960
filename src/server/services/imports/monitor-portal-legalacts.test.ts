/** The scheduled read of a body's drafts on legalacts.egov.kz, against a local server, on both engines. */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createUser, testContext } from "../../../../test/factories.ts";
import { listHtml, sampleDraft } from "../../../../test/legalacts-pages.ts";
import { SYSTEM_ACTOR, type AppContext } from "../../context.ts";
import { PoliteFetcher } from "../../importers/shared/polite-fetch.ts";
import { monitorPortal } from "./monitor-portal.ts";
import { savePortalMonitor } from "./save-portal-monitor.ts";
import { buildTestApp, signInCookie } from "../../../../test/http.ts";

let server: Server;
let origin = "";
const requests: string[] = [];
const drafts = new Map<string, ReturnType<typeof sampleDraft>>();
let likes = 3;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? "/";
    requests.push(url);
    const gov = /governmentId=(\d+)/.exec(url)?.[1];
    if (url.startsWith("/list") && gov) {
      const mine = [...drafts.values()].filter((d) => d.id.startsWith(gov));
      return res.writeHead(200, { "content-type": "text/html" }).end(
        listHtml(
          mine.map((d) => ({
            id: d.id,
            title: "О ставках налога",
            comments: 4,
            accepted: 1,
            rejected: 2,
            likes,
            dislikes: 1,
          })),
        ),
      );
    }
    const draft = [...drafts.values()].find((d) => d.pages[url]);
    const kk = /egovLang=kk/.test(req.headers.cookie ?? "") && url === `/npa/view?id=${draft?.id}`;
    const html = kk ? draft!.kk : draft?.pages[url];
    if (!html) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let serial = 0;
describeEachEngine("legalacts monitoring", (engine) => {
  const ctx = (): AppContext => testContext(engine.database);
  const fetcher = () => new PoliteFetcher({ intervalMs: 0, allowPrivateAddresses: true });

  it("reads the body's drafts whole, then only the drafts whose list counters changed; the run is recorded", async () => {
    const body = await createBody(ctx());
    const gov = String(70 + ++serial);
    const draft = sampleDraft(`${gov}0001`);
    drafts.set(draft.id, draft);
    const officer = await createUser(ctx(), "body_officer", body.id);
    await savePortalMonitor(ctx(), officer.actor, {
      bodyId: body.id,
      portal: "legalacts",
      portalBodyId: gov,
      enabled: true,
    });

    const first = await monitorPortal(ctx(), SYSTEM_ACTOR, "legalacts", {
      bodyId: body.id,
      origin,
      fetcher: fetcher(),
    });
    expect(first).toMatchObject({ bodies: 1, read: 1, skipped: 0, failed: 0, added: 4 });
    requests.length = 0;
    const quiet = await monitorPortal(ctx(), SYSTEM_ACTOR, "legalacts", {
      bodyId: body.id,
      origin,
      fetcher: fetcher(),
    });
    expect(quiet).toMatchObject({ read: 0, skipped: 1, added: 0 });
    expect(requests.every((r) => r.startsWith("/list"))).toBe(true); // an unchanged draft is not fetched
    likes = 5;
    const changed = await monitorPortal(ctx(), SYSTEM_ACTOR, "legalacts", {
      bodyId: body.id,
      origin,
      fetcher: fetcher(),
    });
    likes = 3;
    expect(changed).toMatchObject({ read: 1, skipped: 0, added: 0 });
    const [monitor] = await engine.database.rows<{ last_status: string; seen: Record<string, string> }>(
      sql`select last_status, seen from portal_monitors where portal = 'legalacts' and body_id = ${body.id}::uuid`,
    );
    expect(monitor!.last_status).toBe("ok");
    expect(Object.keys(monitor!.seen)).toEqual([draft.id]);
  });

  it("is set up and shown over HTTP by the body's officer, not by another body's", async () => {
    const app = await buildTestApp(ctx());
    try {
      const body = await createBody(ctx());
      const other = await createBody(ctx());
      const [officer, stranger] = await Promise.all([
        createUser(ctx(), "body_officer", body.id),
        createUser(ctx(), "body_officer", other.id),
      ]);
      const [cookie, strangerCookie] = await Promise.all([
        signInCookie(app, officer.user.email),
        signInCookie(app, stranger.user.email),
      ]);
      const url = `/api/bodies/${body.id}/legalacts-monitor`;
      expect((await app.inject({ method: "GET", url, headers: { cookie } })).json()).toEqual({
        configured: false,
        governmentId: null,
        enabled: false,
        draftsSeen: 0,
        lastRun: null,
      });
      const saved = await app.inject({ method: "PUT", url, headers: { cookie }, payload: { governmentId: "4317" } });
      expect(saved.statusCode).toBe(200);
      expect(saved.json()).toMatchObject({ configured: true, governmentId: "4317", enabled: true });
      expect(
        (await app.inject({ method: "PUT", url, headers: { cookie }, payload: { governmentId: "43 17" } })).statusCode,
      ).toBe(400);
      expect(
        (await app.inject({ method: "PUT", url, headers: { cookie: strangerCookie }, payload: { governmentId: "1" } }))
          .statusCode,
      ).toBe(403);
    } finally {
      await app.close();
    }
  });

  it.each([
    ["legalacts", "../admin", /governmentId must be the number in legalacts\.egov\.kz\/list\?governmentId=…/],
    [
      "budget",
      "217&x=1",
      /govAgencyId must be the number in budget\.egov\.kz\/budgetprogram\/budgetprogram\?govAgencyId=…/,
    ],
    ["dialog", "blogs/2051", /blogId must be the number in dialog\.egov\.kz\/blogs\/…\/questions/],
  ] as const)(
    "%s: refuses %s (not the portal's number, naming where it is), and another body's officer",
    async (portal, id, message) => {
      const body = await createBody(ctx());
      const other = await createBody(ctx());
      const officer = await createUser(ctx(), "body_officer", body.id);
      const save = (bodyId: string, portalBodyId: string) =>
        savePortalMonitor(ctx(), officer.actor, { bodyId, portal, portalBodyId, enabled: true });
      await expect(save(body.id, id)).rejects.toThrow(message);
      await expect(save(other.id, "12")).rejects.toMatchObject({ code: "forbidden" });
    },
  );
});
