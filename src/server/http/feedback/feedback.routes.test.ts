import { beforeAll, afterAll, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createItems, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp, signInCookie } from "../../../../test/http.ts";

describeEachEngine("feedback API", (engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(testContext(engine.database));
  });
  afterAll(async () => app.close());

  async function officerSetup() {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const { user } = await createUser(ctx, "body_officer", body.id);
    const cookie = await signInCookie(app, user.email);
    return { ctx, body, cookie };
  }

  it("lists only the officer's own body's items and hides other bodies' items", async () => {
    const { ctx, body, cookie } = await officerSetup();
    const other = await createBody(ctx);
    const [mine] = await createItems(ctx, body.id, [{}]);
    const [theirs] = await createItems(ctx, other.id, [{}]);
    const list = await app.inject({ url: "/api/feedback?limit=10", headers: { cookie } });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((i: { id: number }) => i.id)).toEqual([mine!.id]);
    const peek = await app.inject({ url: `/api/feedback/${theirs!.id}`, headers: { cookie } });
    expect(peek.statusCode).toBe(404);
    const filtered = await app.inject({ url: `/api/feedback?bodyId=${other.id}`, headers: { cookie } });
    expect(filtered.statusCode).toBe(403);
  });

  it("accepts a remark only with a §20.1 reference and never overwrites a decision silently", async () => {
    const { ctx, body, cookie } = await officerSetup();
    const [remark] = await createItems(ctx, body.id, [{ kind: "remark" }]);
    const url = `/api/feedback/${remark!.id}/decision`;
    const noReference = await app.inject({
      method: "POST",
      url,
      headers: { cookie, "accept-language": "ru" },
      payload: { outcome: "accepted" },
    });
    expect(noReference.statusCode).toBe(400);
    expect(noReference.json().error.code).toBe("validation_failed");
    expect(noReference.json().error.message).toMatch(/Неверные данные/);

    const accepted = await app.inject({
      method: "POST",
      url,
      headers: { cookie },
      payload: { outcome: "accepted", referenceKind: "act_clause", referenceText: "Бұйрықтың 5-тармағы" },
    });
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json().reference.text).toBe("Бұйрықтың 5-тармағы");

    const overwrite = await app.inject({
      method: "POST",
      url,
      headers: { cookie, "x-pikir-lang": "kk" },
      payload: { outcome: "rejected", reason: "Қайшы" },
    });
    expect(overwrite.statusCode).toBe(409);
    expect(overwrite.json().error.code).toBe("decision_exists");
    expect(overwrite.json().error.message).toMatch(/шешім бұрын қабылданған/);

    const change = await app.inject({
      method: "POST",
      url,
      headers: { cookie },
      payload: { outcome: "rejected", reason: "Жобаның нысанасына жатпайды", replacesDecisionId: accepted.json().id },
    });
    expect(change.statusCode).toBe(201);

    const detail = await app.inject({ url: `/api/feedback/${remark!.id}`, headers: { cookie } });
    const history = detail.json();
    expect(history.item.status).toBe("rejected");
    expect(history.decisions).toHaveLength(2);
    expect(history.decisions[0].supersededAt).not.toBeNull();
    expect(history.audit.map((a: { action: string }) => a.action)).toEqual(["decision.create", "decision.change"]);
    // The officer's name (the factory's display name), not the e-mail the log was written with.
    expect(history.audit.map((a: { actor: string }) => a.actor)).toEqual(["body_officer", "body_officer"]);
  });

  it("answers comments, refuses to answer remarks, and filters by status", async () => {
    const { ctx, body, cookie } = await officerSetup();
    const [comment, remark] = await createItems(ctx, body.id, [
      { kind: "comment", text: "Жақсы бастама" },
      { kind: "remark" },
    ]);
    const wrong = await app.inject({
      method: "POST",
      url: `/api/feedback/${remark!.id}/answer`,
      headers: { cookie, "accept-language": "en" },
      payload: { text: "Thanks" },
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.message).toBe("Only comments are answered (this is a remark).");
    const ok = await app.inject({
      method: "POST",
      url: `/api/feedback/${comment!.id}/answer`,
      headers: { cookie },
      payload: { text: "Рақмет, ұсынысыңыз ескерілді" },
    });
    expect(ok.statusCode).toBe(201);
    const answered = await app.inject({ url: `/api/feedback?status=answered&bodyId=${body.id}`, headers: { cookie } });
    expect(answered.json().items.map((i: { id: number }) => i.id)).toEqual([comment!.id]);
    const undecided = await app.inject({ url: `/api/feedback?status=undecided`, headers: { cookie } });
    expect(undecided.json().total).toBe(1);
  });

  it("refuses anonymous callers and ministry analysts deciding for a body", async () => {
    const { ctx, body } = await officerSetup();
    const [remark] = await createItems(ctx, body.id, [{}]);
    const anon = await app.inject({ url: "/api/feedback" });
    expect(anon.statusCode).toBe(401);
    const { user } = await createUser(ctx, "ministry_analyst", null);
    const cookie = await signInCookie(app, user.email);
    const read = await app.inject({ url: `/api/feedback/${remark!.id}`, headers: { cookie } });
    expect(read.statusCode).toBe(200);
    const decide = await app.inject({
      method: "POST",
      url: `/api/feedback/${remark!.id}/decision`,
      headers: { cookie },
      payload: { outcome: "rejected", reason: "x" },
    });
    expect(decide.statusCode).toBe(403);
  });

  it("registers an item idempotently by sourceRef and lets a reviewer override its kind", async () => {
    const { body, cookie } = await officerSetup();
    const payload = {
      bodyId: body.id,
      kind: "comment",
      text: "Хат: жол жөндеу туралы пікір",
      lang: "kk",
      receivedAt: "2025-05-05T10:00:00+05:00",
      sourceRef: "ХАТ-2025/117",
    };
    const first = await app.inject({ method: "POST", url: "/api/feedback", headers: { cookie }, payload });
    expect(first.statusCode).toBe(201);
    const again = await app.inject({ method: "POST", url: "/api/feedback", headers: { cookie }, payload });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);

    const id = first.json().id;
    const reclassified = await app.inject({
      method: "PATCH",
      url: `/api/feedback/${id}/kind`,
      headers: { cookie },
      payload: { kind: "proposal" },
    });
    expect(reclassified.json()).toMatchObject({ kind: "proposal", kindOrigin: "reviewer", status: "undecided" });
    await app.inject({
      method: "POST",
      url: `/api/feedback/${id}/decision`,
      headers: { cookie },
      payload: { outcome: "rejected", reason: "Жоспарда жоқ" },
    });
    const back = await app.inject({
      method: "PATCH",
      url: `/api/feedback/${id}/kind`,
      headers: { cookie },
      payload: { kind: "comment" },
    });
    expect(back.statusCode).toBe(409);
    const history = (await app.inject({ url: `/api/feedback/${id}`, headers: { cookie } })).json();
    expect(history.audit.map((a: { action: string }) => a.action)).toEqual(["item.reclassify", "decision.create"]);
  });

  it("§2.8: a portal item changes between comment, remark and proposal, never out of them", async () => {
    const { body, cookie } = await officerSetup();
    const payload = {
      bodyId: body.id,
      channel: "legal_acts_portal",
      kind: "remark",
      text: "5-тармақты нақтылау керек",
      lang: "kk",
      receivedAt: "2025-05-05T10:00:00+05:00",
      sourceRef: "LA-2025/9",
    };
    const id = (await app.inject({ method: "POST", url: "/api/feedback", headers: { cookie }, payload })).json().id;
    for (const kind of ["social_comment", "appeal"]) {
      const refused = await app.inject({
        method: "PATCH",
        url: `/api/feedback/${id}/kind`,
        headers: { cookie, "accept-language": "kk" },
        payload: { kind },
      });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().error.code).toBe("kind_outside_portal");
      expect(refused.json().error.message).toContain("2-тармақтың 8) тармақшасы");
    }
    const toComment = await app.inject({
      method: "PATCH",
      url: `/api/feedback/${id}/kind`,
      headers: { cookie },
      payload: { kind: "comment" },
    });
    expect(toComment.json()).toMatchObject({ kind: "comment", channel: "legal_acts_portal" });
    const history = (await app.inject({ url: `/api/feedback/${id}`, headers: { cookie } })).json();
    expect(history.audit.map((a: { action: string }) => a.action)).toEqual(["item.reclassify"]);
  });
});
