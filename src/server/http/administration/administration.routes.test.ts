import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { sql } from "drizzle-orm";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp } from "../../../../test/http.ts";
import { TEST_PASSWORD } from "../../../../test/factories.ts";
import { verifyAudit } from "../../services/audit/verify-audit.ts";

describeEachEngine("administration: accounts, one-time links, duties", (engine) => {
  let app: FastifyInstance;
  let admin: string;
  beforeAll(async () => {
    app = await buildTestApp(testContext(engine.database));
  });
  afterAll(async () => app.close());
  // Each test signs in from its own address: the sign-in and link rate limits are not under test.
  let address = 0;
  beforeEach(async () => {
    address++;
    const { user } = await createUser(testContext(engine.database), "administrator", null);
    admin = await signInCookie(app, user.email);
  });
  const call = (method: "GET" | "POST" | "PATCH" | "PUT", url: string, payload?: object, cookie = admin, lang = "en") =>
    app.inject({
      method,
      url,
      payload,
      headers: { cookie, "accept-language": lang },
      remoteAddress: `10.1.0.${address}`,
    });
  let signIns = 0;
  const signInCookie = async (_app: FastifyInstance, email: string) => {
    const response = await app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      payload: { email, password: TEST_PASSWORD },
      remoteAddress: `10.2.${++signIns}.1`,
    });
    expect(response.statusCode).toBe(200);
    return `pikir_session=${response.cookies.find((c) => c.name === "pikir_session")!.value}`;
  };
  const tokenOf = (path: string) => path.split("#")[1]!;
  const signIn = (email: string, password: string) =>
    app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      payload: { email, password },
      remoteAddress: `10.1.1.${address}`,
    });

  it("takes a new officer from an invitation to a working sign-in, refusing a weak password without spending the link", async () => {
    const body = await createBody(testContext(engine.database));
    const created = await call("POST", "/api/admin/users", {
      email: `Aigerim.${address}@Gov.kz`,
      displayName: "Айгерім Серікова",
      role: "body_officer",
      bodyId: body.id,
    });
    expect(created.statusCode).toBe(201);
    const { user, invitation } = created.json();
    expect(user).toMatchObject({
      email: `aigerim.${address}@gov.kz`,
      role: "body_officer",
      bodyId: body.id,
      active: true,
    });
    expect(invitation.path).toMatch(/^\/account-link#[\w-]{40,}$/);
    const token = tokenOf(invitation.path);

    const read = await app.inject({ method: "POST", url: "/api/account-links/read", payload: { token } });
    expect(read.json()).toMatchObject({ email: user.email, displayName: "Айгерім Серікова", purpose: "invite" });
    const weak = await app.inject({
      method: "POST",
      url: "/api/account-links/accept",
      payload: { token, password: "qwertyuiop123" },
      headers: { "accept-language": "kk" },
    });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().error.message).toBe("Бұл құпиясөз тым кең таралған (жария тізімдерде бар): басқасын таңдаңыз.");
    const short = await app.inject({
      method: "POST",
      url: "/api/account-links/accept",
      payload: { token, password: "Qz7#kp" },
      headers: { "accept-language": "ru" },
    });
    expect(short.json().error.message).toBe("Пароль должен содержать не менее 12 символов.");
    const accepted = await app.inject({
      method: "POST",
      url: "/api/account-links/accept",
      payload: { token, password: "жасыл алма таудың басында" },
    });
    expect(accepted.statusCode).toBe(200);
    // One use only.
    const again = await app.inject({
      method: "POST",
      url: "/api/account-links/accept",
      payload: { token, password: "жасыл алма таудың басында" },
    });
    expect(again.statusCode).toBe(410);
    expect((await signIn(user.email, "жасыл алма таудың басында")).statusCode).toBe(200);

    const list = (await call("GET", "/api/admin/users")).json();
    expect(list.find((u: { id: string }) => u.id === user.id)).toMatchObject({
      hasPassword: true,
      pendingLink: null,
      active: true,
    });
  });

  it("refuses a duplicate e-mail, a body role without a body, and non-administrators", async () => {
    const { user: existing } = await createUser(testContext(engine.database), "ministry_analyst", null);
    const duplicate = await call(
      "POST",
      "/api/admin/users",
      { email: existing.email.toUpperCase(), displayName: "X", role: "ministry_analyst" },
      admin,
      "kk",
    );
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.message).toContain("тіркелгі бұрыннан бар");
    const noBody = await call("POST", "/api/admin/users", {
      email: `nobody-${address}@gov.kz`,
      displayName: "X",
      role: "body_head",
    });
    expect(noBody.statusCode).toBe(422);
    const analyst = await signInCookie(app, existing.email);
    expect((await call("GET", "/api/admin/users", undefined, analyst)).statusCode).toBe(403);
    expect(
      (
        await call(
          "POST",
          "/api/admin/users",
          { email: `x-${address}@gov.kz`, displayName: "X", role: "administrator" },
          analyst,
        )
      ).statusCode,
    ).toBe(403);
    expect((await app.inject({ url: "/api/admin/users" })).statusCode).toBe(401);
  });

  it("deactivation ends every session at once and re-activation lets the person back in; all audited in the chain", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const { user } = await createUser(ctx, "body_officer", body.id);
    const first = await signInCookie(app, user.email);
    const second = await signInCookie(app, user.email);
    const off = await call("POST", `/api/admin/users/${user.id}/deactivate`);
    expect(off.json()).toMatchObject({ user: { active: false }, sessionsEnded: 2 });
    for (const cookie of [first, second])
      expect((await app.inject({ url: "/api/auth/me", headers: { cookie } })).statusCode).toBe(401);
    const [sessions] = await engine.database.rows<{ n: number }>(
      sql`select count(*)::int as n from sessions where user_id = ${user.id}::uuid`,
    );
    expect(sessions!.n).toBe(0);
    expect((await signIn(user.email, "Сынақ-пароль-2025!")).statusCode).toBe(401);
    // A link cannot be issued to a deactivated account.
    expect((await call("POST", `/api/admin/users/${user.id}/links`, { purpose: "reset" })).statusCode).toBe(409);
    expect((await call("POST", `/api/admin/users/${user.id}/reactivate`)).json().user.active).toBe(true);
    expect((await signIn(user.email, "Сынақ-пароль-2025!")).statusCode).toBe(200);
    const actions = await engine.database.rows<{ action: string }>(
      sql`select action from audit_log where entity = 'user' and entity_id = ${user.id} order by id`,
    );
    expect(actions.map((a) => a.action)).toEqual(["user.deactivate", "user.reactivate"]);
    expect((await verifyAudit(engine.database.db)).ok).toBe(true);
  });

  it("a reset link replaces the password, ends old sessions, and leaves no token in the audit log", async () => {
    const ctx = testContext(engine.database);
    const { user } = await createUser(ctx, "ministry_analyst", null);
    const old = await signInCookie(app, user.email);
    const link = (await call("POST", `/api/admin/users/${user.id}/links`, { purpose: "reset" })).json();
    const token = tokenOf(link.path);
    // The current password keeps working until the link is used.
    expect((await signIn(user.email, "Сынақ-пароль-2025!")).statusCode).toBe(200);
    expect(
      (
        await app.inject({
          method: "POST",
          url: "/api/account-links/accept",
          payload: { token, password: "t7#Vq9!mPz2&Lw" },
        })
      ).statusCode,
    ).toBe(200);
    expect((await app.inject({ url: "/api/auth/me", headers: { cookie: old } })).statusCode).toBe(401);
    expect((await signIn(user.email, "Сынақ-пароль-2025!")).statusCode).toBe(401);
    expect((await signIn(user.email, "t7#Vq9!mPz2&Lw")).statusCode).toBe(200);
    const [leak] = await engine.database.rows<{ n: number }>(
      sql`select count(*)::int as n from audit_log where before::text like ${"%" + token + "%"} or after::text like ${"%" + token + "%"}`,
    );
    expect(leak!.n).toBe(0);
  });

  it("edits role and body, ends the sessions on a role change, and never demotes the last administrator", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const { user } = await createUser(ctx, "body_officer", body.id);
    const cookie = await signInCookie(app, user.email);
    const edited = await call("PATCH", `/api/admin/users/${user.id}`, {
      role: "body_head",
      displayName: "Дархан Ержанов",
    });
    expect(edited.json()).toMatchObject({ role: "body_head", bodyId: body.id, displayName: "Дархан Ержанов" });
    expect((await app.inject({ url: "/api/auth/me", headers: { cookie } })).statusCode).toBe(401);
    const toAnalyst = await call("PATCH", `/api/admin/users/${user.id}`, { role: "ministry_analyst" });
    expect(toAnalyst.json()).toMatchObject({ role: "ministry_analyst", bodyId: null });

    // Only one active administrator left: it can neither be deactivated nor demoted.
    await engine.database.db.execute(
      sql`update users set active = false where role = 'administrator' and email not like 'administrator-%'`,
    );
    const others = await engine.database.rows<{ id: string }>(
      sql`select id from users where role = 'administrator' and active`,
    );
    const me = (await call("GET", "/api/auth/me")).json().id as string;
    for (const other of others.filter((o) => o.id !== me))
      await engine.database.db.execute(sql`update users set active = false where id = ${other.id}::uuid`);
    const lastOff = await call("POST", `/api/admin/users/${me}/deactivate`, undefined, admin, "kk");
    expect(lastOff.statusCode).toBe(409);
    expect(lastOff.json().error.message).toBe("Бұл — жалғыз белсенді әкімші: алдымен басқа әкімші тағайындаңыз.");
    expect((await call("PATCH", `/api/admin/users/${me}`, { role: "ministry_analyst" })).statusCode).toBe(409);
  });

  it("designates the first head (§15) and the responsible person (§14–§15), and drops the duty when the account is deactivated", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const { user: head } = await createUser(ctx, "body_head", body.id);
    const { user: officer } = await createUser(ctx, "body_officer", body.id);
    const wrong = await call("PUT", `/api/admin/bodies/${body.id}/officials/first_head`, { userId: officer.id });
    expect(wrong.statusCode).toBe(400);
    expect(
      (await call("PUT", `/api/admin/bodies/${body.id}/officials/first_head`, { userId: head.id })).statusCode,
    ).toBe(204);
    expect(
      (await call("PUT", `/api/admin/bodies/${body.id}/officials/responsible_person`, { userId: officer.id }))
        .statusCode,
    ).toBe(204);
    const officials = (await call("GET", `/api/admin/bodies/${body.id}/officials`)).json();
    expect(officials.map((o: { duty: string; userId: string }) => [o.duty, o.userId])).toEqual([
      ["first_head", head.id],
      ["responsible_person", officer.id],
    ]);
    await call("POST", `/api/admin/users/${officer.id}/deactivate`);
    expect(
      (await call("GET", `/api/admin/bodies/${body.id}/officials`)).json().map((o: { duty: string }) => o.duty),
    ).toEqual(["first_head"]);
    const other = await createBody(ctx);
    expect(
      (await call("PUT", `/api/admin/bodies/${other.id}/officials/first_head`, { userId: head.id })).statusCode,
    ).toBe(400);
  });

  it("links an eGov identity before the first sign-in, refuses a second owner, and unlinks it", async () => {
    const ctx = testContext(engine.database);
    const { user } = await createUser(ctx, "ministry_analyst", null);
    const { user: other } = await createUser(ctx, "ministry_analyst", null);
    const identity = { issuer: "https://idp.egov.kz", subject: `sub-${user.id}` };
    expect((await call("POST", `/api/admin/users/${user.id}/identities`, identity)).statusCode).toBe(204);
    expect((await call("POST", `/api/admin/users/${other.id}/identities`, identity)).statusCode).toBe(409);
    const listed = (await call("GET", "/api/admin/users")).json().find((u: { id: string }) => u.id === user.id);
    expect(listed.identities).toEqual([expect.objectContaining(identity)]);
    expect((await call("POST", `/api/admin/users/${user.id}/identities/unlink`, identity)).statusCode).toBe(204);
    expect((await call("POST", `/api/admin/users/${user.id}/identities/unlink`, identity)).statusCode).toBe(404);
  });
});
