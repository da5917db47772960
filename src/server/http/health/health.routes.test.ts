import { afterAll, beforeAll, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { describeEachEngine } from "../../../../test/db.ts";
import { createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp } from "../../../../test/http.ts";

describeEachEngine("health, OpenAPI, errors and sign-in", (engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(testContext(engine.database));
  });
  afterAll(async () => app.close());

  it("answers health with the engine in use", async () => {
    const response = await app.inject({ url: "/api/health" });
    expect(response.json()).toMatchObject({ status: "ok", engine: engine.engine });
    expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
  });

  it("publishes an OpenAPI document covering every resource", async () => {
    const spec = (await app.inject({ url: "/api/docs/json" })).json();
    expect(spec.openapi).toMatch(/^3\./);
    for (const path of [
      "/api/bodies",
      "/api/initiatives",
      "/api/feedback",
      "/api/feedback/{id}/decision",
      "/api/evidence/result-publications",
      "/api/evaluations",
      "/api/evaluations/{id}/results",
      "/api/bodies/{id}/indicator",
    ]) {
      expect(Object.keys(spec.paths)).toContain(path);
    }
    expect((await app.inject({ url: "/api/docs" })).statusCode).toBeLessThan(400);
  });

  it("answers unknown routes and bad JSON with the one error shape, in the caller's language", async () => {
    const missing = await app.inject({ url: "/api/nothing-here", headers: { "accept-language": "ru-RU,ru;q=0.9" } });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toMatchObject({ code: "not_found" });
    expect(missing.json().error.message).toContain("не найден");
    const badJson = await app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json().error.code).toBe("validation_failed");
  });

  it("signs in with the right password only, and signs out", async () => {
    const ctx = testContext(engine.database);
    const { user } = await createUser(ctx, "administrator", null);
    const wrong = await app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      payload: { email: user.email, password: "wrong" },
    });
    expect(wrong.statusCode).toBe(401);
    const unknown = await app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      payload: { email: "nobody@x.kz", password: "wrong" },
    });
    expect(unknown.json().error.code).toBe(wrong.json().error.code);
    const ok = await app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      payload: { email: user.email.toUpperCase(), password: "Сынақ-пароль-2025!" },
    });
    expect(ok.statusCode).toBe(200);
    const session = ok.cookies.find((c) => c.name === "pikir_session")!;
    expect(session.httpOnly).toBe(true);
    expect(session.sameSite).toBe("Strict");
    const cookie = `pikir_session=${session.value}`;
    expect((await app.inject({ url: "/api/auth/me", headers: { cookie } })).json()).toMatchObject({
      email: user.email,
      role: "administrator",
    });
    expect((await app.inject({ method: "POST", url: "/api/auth/sign-out", headers: { cookie } })).statusCode).toBe(204);
    expect((await app.inject({ url: "/api/auth/me", headers: { cookie } })).statusCode).toBe(401);
  });
});
