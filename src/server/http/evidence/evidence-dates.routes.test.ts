import { afterAll, beforeAll, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp, signInCookie } from "../../../../test/http.ts";
import { addDays } from "../../../domain/compliance/compute-due-duties.ts";
import { kazakhstanToday } from "../../services/period.ts";
import { createInitiative } from "../../services/initiatives/save-initiative.ts";

// Issue 10: impossible dates on evidence are refused with a clear message, and nothing is stored.
describeEachEngine("evidence dates", (engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(testContext(engine.database));
  });
  afterAll(async () => app.close());

  it("refuses a §16 publication or §6 work dated ahead, a §6 announcement after the event, a §14 review of a future quarter", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const { user } = await createUser(ctx, "body_officer", body.id);
    const cookie = await signInCookie(app, user.email);
    const post = (url: string, payload: object, lang = "kk") =>
      app.inject({ method: "POST", url, headers: { cookie, "accept-language": lang }, payload });
    const today = kazakhstanToday();
    const tomorrow = addDays(today, 1);

    const future = await post("/api/evidence/result-publications", {
      bodyId: body.id,
      kind: "final",
      periodYear: 2025,
      title: "2025",
      url: "https://gov.kz/r",
      publishedOn: tomorrow,
    });
    expect([future.statusCode, future.json().error.code]).toEqual([400, "evidence_date_future"]);
    expect(future.json().error.message).toContain("болашақта");
    const aired = await post(
      "/api/evidence/media-work",
      { bodyId: body.id, kind: "live_broadcast", title: "Эфир", announcedOn: "2025-04-05", happenedOn: "2025-04-03" },
      "ru",
    );
    expect([aired.statusCode, aired.json().error.code]).toEqual([400, "announced_after_event"]);
    expect(aired.json().error.message).toContain("Анонс (2025-04-05)");
    const ahead = await post(
      "/api/evidence/media-work",
      { bodyId: body.id, kind: "briefing", title: "Брифинг", happenedOn: tomorrow },
      "en",
    );
    expect(ahead.json().error.code).toBe("evidence_date_future");
    const nextYear = Number(today.slice(0, 4)) + 1;
    const review = await post(
      `/api/bodies/${body.id}/reviews`,
      { quarter: `${nextYear}-Q1`, recommendations: ["x"] },
      "en",
    );
    expect([review.statusCode, review.json().error.code]).toEqual([400, "review_quarter_future"]);
    expect(review.json().error.message).toContain(`Quarter ${nextYear}-Q1 has not begun`);

    // Nothing was stored; a possible date still goes through.
    expect((await app.inject({ url: `/api/evidence/media-work?bodyId=${body.id}` })).json()).toEqual([]);
    const ok = await post("/api/evidence/media-work", {
      bodyId: body.id,
      kind: "live_broadcast",
      title: "Эфир",
      announcedOn: "2025-04-01",
      happenedOn: "2025-04-03",
    });
    expect(ok.statusCode).toBe(201);
  });

  it("refuses a §12 council session dated ahead or before the discussion began, on recording and on correction", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const officer = await createUser(ctx, "body_officer", body.id);
    const cookie = await signInCookie(app, officer.user.email);
    const program = await createInitiative(ctx, officer.actor, {
      bodyId: body.id,
      kind: "draft_budget_program",
      status: "discussion_closed",
      titleKk: "Бағдарлама 003",
      discussionStartsOn: "2025-11-01",
      discussionEndsOn: "2025-11-15",
    });
    const send = (method: "POST" | "PATCH", url: string, payload: object, lang = "kk") =>
      app.inject({ method, url, headers: { cookie, "accept-language": lang }, payload });
    const record = (heldOn: string, lang?: string) =>
      send(
        "POST",
        `/api/bodies/${body.id}/council-sessions`,
        { initiativeId: program.id, heldOn, protocolUrl: "https://gov.kz/council/p-3" },
        lang,
      );
    const early = await record("2025-10-01", "ru");
    expect([early.statusCode, early.json().error.code]).toEqual([400, "council_before_discussion"]);
    expect(early.json().error.message).toContain("(2025-10-01) не может пройти до начала обсуждения (2025-11-01)");
    const ahead = await record(addDays(kazakhstanToday(), 1));
    expect([ahead.statusCode, ahead.json().error.code]).toEqual([400, "evidence_date_future"]);
    const listed = await app.inject({ url: `/api/bodies/${body.id}/council-sessions`, headers: { cookie } });
    expect(listed.json().items).toEqual([]);

    const held = await record("2025-11-20");
    expect(held.statusCode).toBe(201);
    // A correction meets the same rule: it may not move the session before the discussion.
    const moved = await send(
      "PATCH",
      `/api/evidence/council-sessions/${held.json().id}`,
      { revision: 1, reason: "Күні қате", changes: { heldOn: "2025-10-20" } },
      "en",
    );
    expect([moved.statusCode, moved.json().error.code]).toEqual([400, "council_before_discussion"]);
    const fixed = await send("PATCH", `/api/evidence/council-sessions/${held.json().id}`, {
      revision: 1,
      reason: "Күні нақтыланды",
      changes: { heldOn: "2025-11-21" },
    });
    expect([fixed.statusCode, fixed.json().heldOn]).toEqual([200, "2025-11-21"]);
  });

  it("refuses a §18 conference or survey whose address is not the open dialogue portal's (audit §2.5: a t.me survey closed §18)", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const { user } = await createUser(ctx, "body_officer", body.id);
    const cookie = await signInCookie(app, user.email);
    const post = (url: string, lang = "en") =>
      app.inject({
        method: "POST",
        url: "/api/evidence/dialogue-events",
        headers: { cookie, "accept-language": lang },
        payload: { bodyId: body.id, kind: "survey", topic: "Сауалнама", url, startsOn: "2025-05-01" },
      });
    const telegram = await post("https://t.me/minfin/123");
    expect([telegram.statusCode, telegram.json().error.code]).toEqual([400, "event_not_on_dialogue_portal"]);
    expect(telegram.json().error.message).toContain("https://t.me/minfin/123 is not one of its addresses");
    expect((await post("https://dialog.egov.kz.evil.example/s/1", "kk")).json().error.code).toBe(
      "event_not_on_dialogue_portal",
    );
    expect((await app.inject({ url: `/api/evidence/dialogue-events?bodyId=${body.id}` })).json()).toEqual([]);
    const held = await post("https://dialog.egov.kz/surveys/42");
    expect(held.statusCode).toBe(201);
    // A correction may not move it off the portal either.
    const moved = await app.inject({
      method: "PATCH",
      url: `/api/evidence/dialogue-events/${held.json().id}`,
      headers: { cookie },
      payload: { revision: 1, reason: "Мекенжай", changes: { url: "https://t.me/minfin/124" } },
    });
    expect(moved.json().error.code).toBe("event_not_on_dialogue_portal");
  });
});
