import { afterAll, beforeAll, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp, signInCookie } from "../../../../test/http.ts";
import { openRound } from "../../services/evaluations/open-round.ts";

describeEachEngine("workspace API (profile, accounts list)", (engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(testContext(engine.database));
  });
  afterAll(async () => app.close());

  it("gives the signed-in officer their name and body, and nobody else a profile", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const { user } = await createUser(ctx, "body_officer", body.id);
    const cookie = await signInCookie(app, user.email);
    const me = await app.inject({ url: "/api/workspace/me", headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual({
      displayName: "body_officer",
      body: { id: body.id, name: { kk: body.nameKk, ru: body.nameRu, en: body.nameEn } },
    });
    expect((await app.inject({ url: "/api/workspace/me" })).statusCode).toBe(401);
  });

  it("lists accounts to administrators only, without password hashes", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const { user: officer } = await createUser(ctx, "body_officer", body.id);
    const { user: admin } = await createUser(ctx, "administrator", null);
    const { user: analyst } = await createUser(ctx, "ministry_analyst", null);

    const list = await app.inject({
      url: "/api/workspace/users",
      headers: { cookie: await signInCookie(app, admin.email) },
    });
    expect(list.statusCode).toBe(200);
    const rows = list.json() as Array<Record<string, unknown>>;
    const row = rows.find((r) => r.email === officer.email);
    expect(row).toMatchObject({ role: "body_officer", bodyId: body.id, active: true });
    expect(list.body).not.toMatch(/passwordHash|argon2/);

    for (const who of [officer, analyst]) {
      const denied = await app.inject({
        url: "/api/workspace/users",
        headers: { cookie: await signInCookie(app, who.email), "accept-language": "kk" },
      });
      expect(denied.statusCode).toBe(403);
    }
    expect((await app.inject({ url: "/api/workspace/users" })).statusCode).toBe(401);
  });

  it("shows a body the open rounds that request its §20 information, and the submission's effect", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const { user: officer } = await createUser(ctx, "body_officer", body.id);
    const { actor: analyst } = await createUser(ctx, "ministry_analyst", null);
    const round = await openRound(ctx, analyst, {
      title: "2025 І тоқсан",
      periodFrom: "2025-01-01",
      periodTo: "2025-03-31",
    });
    const cookie = await signInCookie(app, officer.email);

    const before = (await app.inject({ url: "/api/workspace/requests", headers: { cookie } })).json() as Array<{
      round: { id: string; status: string };
      status: string;
    }>;
    expect(before.find((r) => r.round.id === round.id)).toMatchObject({
      status: "requested",
      round: { status: "open" },
    });
    // The public list shows only published rounds: this open one is visible to the body only here.
    expect(
      ((await app.inject({ url: "/api/evaluations", headers: { cookie } })).json() as Array<{ id: string }>).map(
        (r) => r.id,
      ),
    ).not.toContain(round.id);

    const submitted = await app.inject({
      method: "POST",
      url: `/api/evaluations/${round.id}/submissions`,
      headers: { cookie },
      payload: {
        bodyId: body.id,
        remarks: { received: 4, accepted: 3, rejected: 1 },
        comments: { received: 2, answered: 2 },
      },
    });
    expect(submitted.statusCode).toBe(201);
    const after = (await app.inject({ url: "/api/workspace/requests", headers: { cookie } })).json() as Array<{
      round: { id: string };
      status: string;
      submittedAt: string | null;
    }>;
    expect(after.find((r) => r.round.id === round.id)).toMatchObject({
      status: "submitted",
      submittedAt: expect.any(String),
    });

    const { user: admin } = await createUser(ctx, "administrator", null);
    expect(
      (await app.inject({ url: "/api/workspace/requests", headers: { cookie: await signInCookie(app, admin.email) } }))
        .statusCode,
    ).toBe(403);
  });
});
