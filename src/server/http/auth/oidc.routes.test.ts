import { afterAll, beforeAll, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { sql } from "drizzle-orm";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp } from "../../../../test/http.ts";
import { startTestOidcProvider, type TestOidcProvider } from "../../../../test/oidc-provider.ts";
import { buildApp } from "../app.ts";
import { createOidcProvider } from "../../services/auth/identity-provider.ts";

const REDIRECT_URI = "http://pikir.test/api/auth/oidc/callback";

describeEachEngine("sign-in through an OpenID Connect provider (eGov adapter point)", (engine) => {
  let idp: TestOidcProvider;
  let app: FastifyInstance;
  const ctx = () => testContext(engine.database);
  beforeAll(async () => {
    idp = await startTestOidcProvider();
    const provider = createOidcProvider({
      issuer: idp.issuer,
      clientId: idp.clientId,
      clientSecret: idp.clientSecret,
      redirectUri: REDIRECT_URI,
      scopes: "openid email",
      matchClaim: "email",
      label: "eGov",
      allowHttp: true,
    });
    app = await buildApp(ctx(), {
      sessionTtlMs: 3_600_000,
      secureCookies: false,
      identityProvider: { provider, redirectUri: REDIRECT_URI },
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await idp.close();
  });

  /** Start → the provider (a real HTTP round trip) → the callback, as a browser would follow them. */
  async function signInThroughProvider(
    tamper?: (callback: URL) => void,
  ): Promise<{ location: string; session?: string }> {
    const start = await app.inject({ method: "GET", url: "/api/auth/oidc/start" });
    expect(start.statusCode).toBe(302);
    const pending = start.cookies.find((c) => c.name === "pikir_oidc")!;
    expect(pending).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/api/auth/oidc" });
    const authorize = new URL(start.headers.location as string);
    expect(authorize.origin).toBe(idp.issuer);
    expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
    const atProvider = await fetch(authorize, { redirect: "manual" });
    const callback = new URL(atProvider.headers.get("location")!);
    expect(callback.href.startsWith(REDIRECT_URI)).toBe(true);
    tamper?.(callback);
    const done = await app.inject({
      method: "GET",
      url: callback.pathname + callback.search,
      headers: { cookie: `pikir_oidc=${pending.value}` },
    });
    expect(done.statusCode).toBe(302);
    const session = done.cookies.find((c) => c.name === "pikir_session")?.value;
    return { location: done.headers.location as string, session };
  }

  it("offers the provider on the sign-in page, and nothing when none is configured", async () => {
    expect((await app.inject({ method: "GET", url: "/api/auth/providers" })).json()).toEqual({
      providers: [{ id: "oidc", label: "eGov", start: "/api/auth/oidc/start" }],
    });
    const plain = await buildTestApp(ctx());
    expect((await plain.inject({ method: "GET", url: "/api/auth/providers" })).json()).toEqual({ providers: [] });
    expect((await plain.inject({ method: "GET", url: "/api/auth/oidc/start" })).statusCode).toBe(404);
    await plain.close();
  });

  it("links a verified e-mail to the provisioned account once, audits the link, and signs in by the link afterwards", async () => {
    const body = await createBody(ctx());
    const { user } = await createUser(ctx(), "body_officer", body.id);
    const subject = `egov-${user.id}`;
    idp.nextIdentity = { sub: subject, email: user.email.toUpperCase(), email_verified: true };
    const first = await signInThroughProvider();
    expect(first.location).toBe("/");
    const me = await app.inject({
      method: "GET",
      url: "/api/auth/me",
      headers: { cookie: `pikir_session=${first.session}` },
    });
    expect(me.json()).toMatchObject({ id: user.id, role: "body_officer", bodyId: body.id });
    const audit = await engine.database.rows<{ n: number }>(
      sql`select count(*)::int as n from audit_log where action = 'auth.link_identity' and entity_id = ${user.id}`,
    );
    expect(audit[0]!.n).toBe(1);

    // The provider no longer sends the e-mail: the link made on the first sign-in is enough.
    idp.nextIdentity = { sub: subject };
    const second = await signInThroughProvider();
    expect(second.location).toBe("/");
    const again = await app.inject({
      method: "GET",
      url: "/api/auth/me",
      headers: { cookie: `pikir_session=${second.session}` },
    });
    expect(again.json().id).toBe(user.id);
    const links = await engine.database.rows<{ n: number }>(
      sql`select count(*)::int as n from user_identities where user_id = ${user.id}::uuid`,
    );
    expect(links[0]!.n).toBe(1);
  });

  it("creates no account: an unknown person, an unverified e-mail or a deactivated account go back to sign-in", async () => {
    idp.nextIdentity = { sub: "stranger", email: "stranger@example.kz", email_verified: true };
    expect(await signInThroughProvider()).toEqual({
      location: "/sign-in?error=identity_without_account",
      session: undefined,
    });

    const { user } = await createUser(ctx(), "ministry_analyst", null);
    idp.nextIdentity = { sub: `unverified-${user.id}`, email: user.email, email_verified: false };
    expect((await signInThroughProvider()).location).toBe("/sign-in?error=identity_without_account");

    const { user: gone } = await createUser(ctx(), "ministry_analyst", null);
    await engine.database.db.execute(sql`update users set active = false where id = ${gone.id}::uuid`);
    idp.nextIdentity = { sub: `inactive-${gone.id}`, email: gone.email, email_verified: true };
    expect((await signInThroughProvider()).location).toBe("/sign-in?error=identity_without_account");
    const users = await engine.database.rows<{ n: number }>(
      sql`select count(*)::int as n from users where lower(email) = 'stranger@example.kz'`,
    );
    expect(users[0]!.n).toBe(0);
  });

  it("refuses a callback with a forged state or without the pending cookie, before asking the provider for tokens", async () => {
    const { user } = await createUser(ctx(), "administrator", null);
    idp.nextIdentity = { sub: `admin-${user.id}`, email: user.email, email_verified: true };
    const before = idp.tokenRequests;
    expect(await signInThroughProvider((callback) => callback.searchParams.set("state", "forged"))).toEqual({
      location: "/sign-in?error=identity_failed",
      session: undefined,
    });
    const bare = await app.inject({ method: "GET", url: "/api/auth/oidc/callback?code=x&state=y" });
    expect(bare.headers.location).toBe("/sign-in?error=identity_failed");
    expect(idp.tokenRequests).toBe(before);
  });
});
