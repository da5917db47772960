/**
 * Review 2026-12-security W11, W19, W24: the lockout holds under parallel sign-ins, an unknown
 * e-mail locks like a known one (no enumeration), and deactivation ends sessions for good.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { sql } from "drizzle-orm";
import { describeEachEngine } from "../../../../test/db.ts";
import { createUser, testContext, TEST_PASSWORD } from "../../../../test/factories.ts";
import { buildTestApp } from "../../../../test/http.ts";
import { LOCKOUT } from "../../services/auth/sessions.ts";
import { revokeUserSessions } from "../../services/auth/revoke-sessions.ts";

describeEachEngine("sign-in abuse (W11, W19, W24)", (engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(testContext(engine.database));
  });
  afterAll(async () => app.close());
  let address = 0;
  const signIn = (email: string, password: string) =>
    app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      payload: { email, password },
      remoteAddress: `10.6.${Math.floor(++address / 200)}.${address % 200}`,
    });

  it("W11: a burst of 13 wrong passwords and the right one at once verifies at most five and does not let the right one in", async () => {
    const { user } = await createUser(testContext(engine.database), "ministry_analyst", null);
    const burst = await Promise.all([
      ...Array.from({ length: 13 }, (_, i) => signIn(user.email, `wrong-${i}`)),
      signIn(user.email, TEST_PASSWORD),
    ]);
    const codes = burst.map((r) => r.statusCode);
    expect(codes.at(-1)).not.toBe(200);
    expect(codes.filter((c) => c === 401).length).toBeLessThanOrEqual(LOCKOUT.attempts - 1);
    expect((await signIn(user.email, TEST_PASSWORD)).statusCode).toBe(423);
  });

  it("W19: an e-mail without an account locks after five tries exactly like a real one", async () => {
    const { user } = await createUser(testContext(engine.database), "ministry_analyst", null);
    const unknown = `nobody-${user.id.slice(0, 8)}@test.pikir.kz`;
    const real: number[] = [];
    const fake: number[] = [];
    for (let i = 0; i < LOCKOUT.attempts + 1; i++) {
      real.push((await signIn(user.email, "wrong")).statusCode);
      fake.push((await signIn(unknown, "wrong")).statusCode);
    }
    expect(fake).toEqual(real);
    expect(real).toEqual([401, 401, 401, 401, 423, 423]);
  });

  it("W24: deactivating an account ends its sessions, so reactivation does not revive the old cookie", async () => {
    const { user } = await createUser(testContext(engine.database), "administrator", null);
    const response = await signIn(user.email, TEST_PASSWORD);
    const cookie = `pikir_session=${response.cookies.find((c) => c.name === "pikir_session")!.value}`;
    expect((await app.inject({ url: "/api/auth/me", headers: { cookie } })).statusCode).toBe(200);
    await engine.database.db.execute(sql`update users set active = false where id = ${user.id}::uuid`);
    await engine.database.db.execute(sql`update users set active = true where id = ${user.id}::uuid`);
    expect((await app.inject({ url: "/api/auth/me", headers: { cookie } })).statusCode).toBe(401);
    const [left] = await engine.database.rows<{ n: number }>(
      sql`select count(*)::int as n from sessions where user_id = ${user.id}::uuid`,
    );
    expect(left!.n).toBe(0);
    // The service other code calls (user administration: "sign out everywhere").
    const again = await signIn(user.email, TEST_PASSWORD);
    expect(again.statusCode).toBe(200);
    expect(await revokeUserSessions(testContext(engine.database), user.id)).toBe(1);
  });
});
