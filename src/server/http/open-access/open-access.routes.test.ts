import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { eq } from "drizzle-orm";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp, signInCookie } from "../../../../test/http.ts";
import { LOCALES } from "../../../i18n/index.ts";
import { openAccessMessages } from "../../../i18n/messages/open-access.ts";
import { OPEN_ACCESS_REASONS } from "../../../domain/compliance/classify-open-access.ts";
import { SYSTEM_ACTOR } from "../../context.ts";
import { openAccessChecks } from "../../db/index.ts";
import { JOB_DEFINITIONS } from "../../jobs/definitions.ts";
import { createInitiative } from "../../services/initiatives/save-initiative.ts";
import { recordEvidence } from "../../services/evidence/record-evidence.ts";
import { checkOpenAccess } from "../../services/open-access/check-open-access.ts";
import {
  NOT_FOUND_TEXT,
  sha256,
  startPortalStub,
  type PortalStub,
} from "../../services/open-access/open-access.test-support.ts";
import { kazakhstanToday } from "../../services/reports/report-scope.ts";
import { formatAlmaty } from "./open-access.schema.ts";

// Last year is always inside the risk window (it starts on 1 January of last year).
const YEAR = Number(kazakhstanToday().slice(0, 4)) - 1;

let portal: PortalStub;
beforeAll(async () => {
  portal = await startPortalStub();
});
afterAll(async () => portal.close());

describeEachEngine("GET/POST /api/bodies/:id/open-access", (engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(testContext(engine.database));
  });
  afterAll(async () => app.close());

  it("shows the body and the ministry the §23 risk with the evidence; check now is for officers and analysts", {
    timeout: 30_000,
  }, async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const { user: officer, actor } = await createUser(ctx, "body_officer", body.id);
    const { user: head } = await createUser(ctx, "body_head", body.id);
    const { user: analyst } = await createUser(ctx, "ministry_analyst", null);
    const { user: admin } = await createUser(ctx, "administrator", null);
    const { user: stranger } = await createUser(ctx, "body_officer", (await createBody(ctx)).id);
    const draft = await createInitiative(ctx, actor, {
      bodyId: body.id,
      kind: "draft_legal_act",
      titleEn: "Act on open data",
      titleKk: "Ашық деректер туралы акт",
      discussionStartsOn: `${YEAR}-05-01`,
      portalUrl: portal.url("/public"),
    });
    const results = await recordEvidence(ctx, actor, "result-publications", {
      bodyId: body.id,
      kind: "interim",
      periodYear: YEAR,
      periodQuarter: 1,
      title: "Q1 results",
      url: portal.url("/missing"),
      publishedOn: `${YEAR}-04-10`,
    });
    const [cookie, headCookie, analystCookie, adminCookie, strangerCookie] = await Promise.all(
      [officer, head, analyst, admin, stranger].map((u) => signInCookie(app, u.email)),
    );
    const url = `/api/bodies/${body.id}/open-access`;

    const before = await app.inject({ url: `${url}?lang=en`, headers: { cookie } });
    expect(before.statusCode).toBe(200);
    expect(before.json()).toMatchObject({
      atRisk: false,
      zeroReasons: [],
      unchecked: 2,
      messages: [expect.stringContaining("would not set F to zero"), "Addresses not checked yet: 2."],
    });

    // The daily job's work (on 127.0.0.1, which only tests may fetch).
    await checkOpenAccess(ctx, SYSTEM_ACTOR, { bodyId: body.id, allowPrivateAddresses: true, timeoutMs: 2_000 });
    const risk = await app.inject({ url: `${url}?lang=en`, headers: { cookie } });
    expect(risk.statusCode).toBe(200);
    const json = risk.json();
    expect(json).toMatchObject({
      bodyId: body.id,
      atRisk: true,
      zeroReasons: ["resultsNotInOpenAccess"],
      unchecked: 0,
    });
    const failing = json.items.find((i: { entityId: string }) => i.entityId === results.id);
    expect(failing).toMatchObject({
      entityKind: "result_publication",
      category: "results",
      kind: "interim",
      openAccess: false,
      latest: {
        httpStatus: 404,
        ok: false,
        reason: "http_status",
        reasonText: "the site answered with HTTP status 404",
        contentSha256: sha256(NOT_FOUND_TEXT),
      },
    });
    const when = formatAlmaty(new Date(failing.checkedAt));
    expect(when).toMatch(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/);
    expect(failing.risk).toBe(
      `F would be zeroed under §23 because the interim results publication "Q1 results" (${portal.url("/missing")}) was not in open access at the check of ${when}: the site answered with HTTP status 404.`,
    );
    expect(json.messages).toEqual([expect.stringContaining("interim and final results"), failing.risk]);
    expect(json.items.find((i: { entityId: string }) => i.entityId === draft.id)).toMatchObject({
      category: "drafts",
      openAccess: true,
      risk: null,
      latest: { ok: true, httpStatus: 200 },
    });

    const kk = await app.inject({ url, headers: { cookie, "accept-language": "kk" } });
    expect(kk.json().messages.join(" ")).toContain("23-тармақ бойынша F нөлге теңестіріледі");
    // A budget report recorded without its portal address: not zeroed by Pikir, but named as unprovable.
    const unaddressed = await createInitiative(ctx, actor, {
      bodyId: body.id,
      kind: "budget_report",
      titleEn: "Report on program 005",
      discussionStartsOn: `${YEAR}-06-01`,
    });
    const noAddress = (await app.inject({ url: `${url}?lang=en`, headers: { cookie } })).json();
    expect(noAddress.withoutAddress).toEqual([
      { entityId: unaddressed.id, kind: "budget_report", title: { kk: null, ru: null, en: "Report on program 005" } },
    ]);
    expect(noAddress.messages).toContain(
      "Drafts or reports without a portal address: 1 («Report on program 005»). Record where each was published, or nothing shows it was in open access (§23).",
    );
    expect(noAddress.zeroReasons).toEqual(["resultsNotInOpenAccess"]);

    for (const c of [headCookie, analystCookie])
      expect((await app.inject({ url, headers: { cookie: c } })).statusCode).toBe(200);
    for (const c of [adminCookie, strangerCookie])
      expect((await app.inject({ url, headers: { cookie: c } })).statusCode).toBe(403);
    expect((await app.inject({ url })).statusCode).toBe(401);
    expect(
      (
        await app.inject({
          url: `/api/bodies/00000000-0000-4000-8000-000000000000/open-access`,
          headers: { cookie: analystCookie },
        })
      ).statusCode,
    ).toBe(404);

    // Check now: the head and other bodies may not; the officer's run fetches for real, and a
    // private address (as these test ones are) is refused as not public.
    for (const c of [headCookie, strangerCookie, adminCookie])
      expect((await app.inject({ method: "POST", url: `${url}/check`, headers: { cookie: c } })).statusCode).toBe(403);
    const now = await app.inject({ method: "POST", url: `${url}/check?lang=ru`, headers: { cookie } });
    expect(now.statusCode).toBe(200);
    expect(now.json()).toMatchObject({
      run: { checked: 2, ok: 0, failed: 2, reasons: { private_address: 2 } },
      atRisk: true,
      zeroReasons: ["draftsNotInOpenAccess", "resultsNotInOpenAccess"],
    });
    expect(now.json().messages.join(" ")).toContain("адрес находится в закрытой сети");
    expect(
      (await app.inject({ method: "POST", url: `${url}/check`, headers: { cookie: analystCookie } })).statusCode,
    ).toBe(200);

    // The job with { bodyId } does the same work, and refuses a malformed id without touching anything.
    const job = JOB_DEFINITIONS.find((j) => j.name === "open-access.check")!;
    const count = async () =>
      (await engine.database.db.select().from(openAccessChecks).where(eq(openAccessChecks.bodyId, body.id))).length;
    expect(await count()).toBe(6);
    await job.handler(ctx, { bodyId: body.id } as never, { id: "test" });
    await job.handler(ctx, { bodyId: "x'; drop table" } as never, { id: "test" });
    expect(await count()).toBe(8);
  });
});

describe("open-access messages and job", () => {
  it("has a message for every reason in kk, ru and en", () => {
    for (const locale of LOCALES) {
      for (const reason of [...OPEN_ACCESS_REASONS, "recorded"])
        expect(openAccessMessages[locale]).toHaveProperty([`reason.${reason}`]);
      expect(Object.keys(openAccessMessages[locale]).sort()).toEqual(Object.keys(openAccessMessages.en).sort());
    }
  });

  it("runs daily before the digest, in Almaty time", () => {
    const job = JOB_DEFINITIONS.find((j) => j.name === "open-access.check");
    expect(job?.cron).toBe("0 4 * * *");
  });
});
