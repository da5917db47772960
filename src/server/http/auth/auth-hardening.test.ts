import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { sql } from "drizzle-orm";
import { describeEachEngine } from "../../../../test/db.ts";
import { createUser, testContext, TEST_PASSWORD } from "../../../../test/factories.ts";
import { buildTestApp } from "../../../../test/http.ts";
import { LOCKOUT } from "../../services/auth/sessions.ts";

describeEachEngine("sign-in lockout, idle sessions and cross-site requests", (engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(testContext(engine.database));
  });
  afterAll(async () => app.close());

  // Each test signs in from its own address: the per-address rate limit (10/min) is not under test here.
  let address = 0;
  beforeEach(() => {
    address++;
  });
  const signIn = (email: string, password: string, lang = "en") =>
    app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      payload: { email, password },
      headers: { "accept-language": lang },
      remoteAddress: `10.0.0.${address}`,
    });
  const signInCookie = async (email: string) => {
    const response = await signIn(email, TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    return `pikir_session=${response.cookies.find((c) => c.name === "pikir_session")!.value}`;
  };

  it("locks an account after five wrong passwords in a row, even for the right one, and says so in Kazakh", async () => {
    const { user } = await createUser(testContext(engine.database), "ministry_analyst", null);
    for (let i = 1; i < LOCKOUT.attempts; i++) expect((await signIn(user.email, `wrong-${i}`)).statusCode).toBe(401);
    const fifth = await signIn(user.email, "wrong-5", "kk");
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.message).toBe("Құпиясөз бірнеше рет қате терілді: тіркелгі 15 минутқа бұғатталды.");
    const right = await signIn(user.email, TEST_PASSWORD, "ru");
    expect(right.statusCode).toBe(423);
    expect(right.json().error.message).toMatch(/заблокирована на 15 мин/);
    // When the lock has passed, the right password works and the counter starts from zero.
    await engine.database.db.execute(
      sql`update users set locked_until = now() - interval '1 second' where id = ${user.id}::uuid`,
    );
    await engine.database.db.execute(sql`update sign_in_throttle set blocked_until = now() - interval '1 second'`);
    expect((await signIn(user.email, TEST_PASSWORD)).statusCode).toBe(200);
    const [row] = await engine.database.rows<{ failed: number; locked: unknown }>(
      sql`select failed_sign_ins as failed, locked_until as locked from users where id = ${user.id}::uuid`,
    );
    expect(row).toEqual({ failed: 0, locked: null });
  });

  it("a wrong password followed by the right one resets the count (no lock from scattered typos)", async () => {
    const { user } = await createUser(testContext(engine.database), "ministry_analyst", null);
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < LOCKOUT.attempts - 1; i++) expect((await signIn(user.email, "typo")).statusCode).toBe(401);
      expect((await signIn(user.email, TEST_PASSWORD)).statusCode).toBe(200);
    }
  });

  it("ends a session left idle past the idle window", async () => {
    const { user } = await createUser(testContext(engine.database), "ministry_analyst", null);
    const cookie = await signInCookie(user.email);
    expect((await app.inject({ url: "/api/auth/me", headers: { cookie } })).statusCode).toBe(200);
    await engine.database.db.execute(
      sql`update sessions set last_seen_at = now() - interval '31 minutes' where user_id = ${user.id}::uuid`,
    );
    expect((await app.inject({ url: "/api/auth/me", headers: { cookie } })).statusCode).toBe(401);
  });

  it("refuses state-changing requests sent by another site, and lets same-origin and non-browser ones through", async () => {
    const { user } = await createUser(testContext(engine.database), "ministry_analyst", null);
    const cookie = await signInCookie(user.email);
    const post = (headers: Record<string, string>) =>
      app.inject({ method: "POST", url: "/api/auth/sign-out", headers: { cookie, host: "pikir.gov.kz", ...headers } });
    const evil = await post({ origin: "https://evil.example" });
    expect(evil.statusCode).toBe(403);
    expect(evil.json().error.code).toBe("cross_site_request");
    expect((await post({ "sec-fetch-site": "cross-site" })).statusCode).toBe(403);
    expect((await post({ origin: "null" })).statusCode).toBe(403);
    expect(
      (await app.inject({ url: "/api/auth/me", headers: { cookie, origin: "https://evil.example" } })).statusCode,
    ).toBe(200); // reads are not guarded
    expect((await post({ origin: "https://pikir.gov.kz", "sec-fetch-site": "same-origin" })).statusCode).toBe(204);
  });
});
