import { afterAll, beforeAll, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { sql } from "drizzle-orm";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp, signInCookie } from "../../../../test/http.ts";
import { gatherCalendarFacts } from "../../services/compliance/calendar-facts.ts";

// Issue 13: evidence is corrected (each correction a version: who, when, why; the old kept) and
// withdrawn with a reason (kept, marked, proving no duty); titles in kk, ru and en.
describeEachEngine("evidence corrections", (engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(testContext(engine.database));
  });
  afterAll(async () => app.close());

  it("records, corrects with history, refuses a stale correction, withdraws with a reason", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const other = await createBody(ctx);
    const { user } = await createUser(ctx, "body_officer", body.id);
    const { user: stranger } = await createUser(ctx, "body_officer", other.id);
    const cookie = await signInCookie(app, user.email);
    const send = (method: "POST" | "PATCH" | "GET", url: string, payload?: object, who = cookie) =>
      app.inject({ method, url, headers: { cookie: who, "accept-language": "kk" }, ...(payload ? { payload } : {}) });

    const made = await send("POST", "/api/evidence/result-publications", {
      bodyId: body.id,
      kind: "interim",
      periodYear: 2025,
      periodQuarter: 2,
      title: "2025 жылғы II тоқсанның аралық нәтижелері",
      titleRu: "Промежуточные итоги II квартала 2025 года",
      url: "https://www.gov.kz/results-2025-q2",
      publishedOn: "2025-07-10",
    });
    expect(made.statusCode).toBe(201);
    const pub = made.json();
    expect([pub.revision, pub.titleRu, pub.titleEn]).toEqual([1, "Промежуточные итоги II квартала 2025 года", null]);

    // A correction must give a reason and name the revision it corrects.
    const noReason = await send("PATCH", `/api/evidence/result-publications/${pub.id}`, {
      revision: 1,
      changes: { url: "https://www.gov.kz/results-2025-q2-v2" },
    });
    expect(noReason.statusCode).toBe(400);
    const fixed = await send("PATCH", `/api/evidence/result-publications/${pub.id}`, {
      revision: 1,
      reason: "Сілтеме ауыстырылды",
      changes: { url: "https://www.gov.kz/results-2025-q2-v2", titleEn: "Interim results, Q2 2025" },
    });
    expect(fixed.statusCode).toBe(200);
    expect([fixed.json().revision, fixed.json().url, fixed.json().openAccess]).toEqual([
      2,
      "https://www.gov.kz/results-2025-q2-v2",
      null,
    ]);
    const stale = await send("PATCH", `/api/evidence/result-publications/${pub.id}`, {
      revision: 1,
      reason: "екінші түзету",
      changes: { title: "x" },
    });
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, "evidence_stale"]);
    expect(stale.json().error.message).toContain("2-нұсқа");
    // §16.2: turning it into final results with a quarter is refused, as recording would be.
    const mismatch = await send("PATCH", `/api/evidence/result-publications/${pub.id}`, {
      revision: 2,
      reason: "түрі",
      changes: { kind: "final" },
    });
    expect([mismatch.statusCode, mismatch.json().error.code]).toEqual([400, "evidence_period_mismatch"]);
    // Another body's officer may neither correct nor withdraw it.
    const foreign = await send(
      "POST",
      `/api/evidence/result-publications/${pub.id}/withdraw`,
      { revision: 2, reason: "x" },
      await signInCookie(app, stranger.email),
    );
    expect(foreign.statusCode).toBe(403);

    const before = await gatherCalendarFacts(ctx, body.id, { from: "2025-01-01", to: "2025-12-31" }, "2025-12-31");
    expect(before.publications.map((p) => [p.kind, p.periodQuarter])).toEqual([["interim", 2]]);
    const gone = await send("POST", `/api/evidence/result-publications/${pub.id}/withdraw`, {
      revision: 2,
      reason: "Қате органның нәтижелері жүктелген",
    });
    expect(gone.statusCode).toBe(200);
    expect([gone.json().revision, gone.json().withdrawnReason]).toEqual([3, "Қате органның нәтижелері жүктелген"]);
    expect(typeof gone.json().withdrawnAt).toBe("string");
    const again = await send("POST", `/api/evidence/result-publications/${pub.id}/withdraw`, {
      revision: 3,
      reason: "тағы",
    });
    expect([again.statusCode, again.json().error.code]).toEqual([409, "evidence_withdrawn"]);

    // Withdrawn evidence proves no duty: the calendar no longer sees it; the body's screen still lists it.
    const after = await gatherCalendarFacts(ctx, body.id, { from: "2025-01-01", to: "2025-12-31" }, "2025-12-31");
    expect(after.publications).toEqual([]);
    const listed = await send("GET", `/api/evidence/result-publications?bodyId=${body.id}`);
    expect(listed.json()).toEqual([]);
    const all = await send("GET", `/api/evidence/result-publications?bodyId=${body.id}&withdrawn=include`);
    expect(all.json().map((p: { id: string; withdrawnReason: string }) => [p.id, p.withdrawnReason])).toEqual([
      [pub.id, "Қате органның нәтижелері жүктелген"],
    ]);

    // The history: three versions, by display name (the factory's is the role; never the e-mail), with the reasons and what changed; the old URL kept.
    const history = (await send("GET", `/api/evidence/result-publications/${pub.id}/history`)).json().items;
    expect(
      history.map(
        (v: { revision: number; action: string; reason: string | null; actorName: string; changed: string[] }) => [
          v.revision,
          v.action,
          v.reason,
          v.actorName,
          v.changed,
        ],
      ),
    ).toEqual([
      [1, "recorded", null, "body_officer", []],
      [2, "corrected", "Сілтеме ауыстырылды", "body_officer", ["titleEn", "url"]],
      [3, "withdrawn", "Қате органның нәтижелері жүктелген", "body_officer", []],
    ]);
    expect(history[0].snapshot.url).toBe("https://www.gov.kz/results-2025-q2");
    const audit = await engine.database.rows<{ action: string }>(
      sql`select action from audit_log where entity_id = ${pub.id} order by id`,
    );
    expect(audit.map((a) => a.action)).toEqual([
      "evidence.result-publications.create",
      "evidence.result-publications.correct",
      "evidence.result-publications.withdraw",
    ]);
  });

  it("corrects media work, conferences and council sessions the same way", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const { user } = await createUser(ctx, "body_officer", body.id);
    const cookie = await signInCookie(app, user.email);
    const send = (method: "POST" | "PATCH", url: string, payload: object) =>
      app.inject({ method, url, headers: { cookie }, payload });
    const media = (
      await send("POST", "/api/evidence/media-work", {
        bodyId: body.id,
        kind: "briefing",
        title: "Брифинг",
        titleRu: "Брифинг",
        announcedOn: "2025-04-01",
        happenedOn: "2025-04-03",
      })
    ).json();
    // §6: the correction may not move the announcement after the event.
    const late = await send("PATCH", `/api/evidence/media-work/${media.id}`, {
      revision: 1,
      reason: "күні",
      changes: { announcedOn: "2025-04-05" },
    });
    expect(late.json().error.code).toBe("announced_after_event");
    const event = (
      await send("POST", "/api/evidence/dialogue-events", {
        bodyId: body.id,
        kind: "survey",
        topic: "Сауалнама",
        topicRu: "Опрос",
        url: "https://dialog.egov.kz/surveys/1",
        startsOn: "2025-05-01",
      })
    ).json();
    const counted = await send("PATCH", `/api/evidence/dialogue-events/${event.id}`, {
      revision: 1,
      reason: "Қатысушылар саны нақтыланды",
      changes: { participants: 120, topicEn: "Survey" },
    });
    expect([counted.statusCode, counted.json().participants, counted.json().topicEn]).toEqual([200, 120, "Survey"]);
    const withdrawn = await send("POST", `/api/evidence/media-work/${media.id}/withdraw`, {
      revision: 1,
      reason: "Өткізілмеді",
    });
    expect(withdrawn.statusCode).toBe(200);
    const missing = await send("POST", `/api/evidence/council-sessions/${body.id}/withdraw`, {
      revision: 1,
      reason: "x",
    });
    expect(missing.statusCode).toBe(404);
  });
});
