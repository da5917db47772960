/**
 * Review 2026-12-security W12: "Almaty registered YouTube channel UCminfinOfficialChannel0 with tokenEnv
 * PIKIR_MONITOR_MINFIN_YOUTUBE_KEY → 200. Minfin registering its own channel afterwards → 409. No route
 * lets anyone undo this." Now a token variable serves only the body it is bound to (by its name or
 * PIKIR_MONITOR_BINDINGS), at registration and again when the job would read it, and an administrator
 * releases or reassigns a claimed account, audited.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { sql } from "drizzle-orm";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createItems, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp, signInCookie } from "../../../../test/http.ts";
import { SYSTEM_ACTOR } from "../../context.ts";
import { upsertAccountMonitor } from "../../repositories/account-monitor.repository.ts";
import { monitorAccounts } from "../../services/imports/monitor-accounts.ts";
import { codeInVariable } from "../../services/imports/monitor-token-bindings.ts";

describeEachEngine("official accounts and token variables are bound to bodies (W12)", (engine) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(testContext(engine.database));
  });
  afterAll(() => app.close());

  it("a body cannot name another body's token variable; a squatted account is reassigned by the administrator, audited", async () => {
    const ctx = testContext(engine.database);
    const almaty = await createBody(ctx);
    const minfin = await createBody(ctx);
    const varOf = (code: string, rest: string) => `PIKIR_MONITOR_${codeInVariable(code)}_${rest}`;
    const [alm, of, admin, analyst] = (await Promise.all(
      [
        await createUser(ctx, "body_officer", almaty.id),
        await createUser(ctx, "body_officer", minfin.id),
        await createUser(ctx, "administrator", null),
        await createUser(ctx, "ministry_analyst", null),
      ].map((u) => signInCookie(app, u.user.email)),
    )) as [string, string, string, string];
    const channel = `UC${minfin.code.replace(/^test-/, "")}minfinOfficial`;
    const put = (cookie: string, bodyId: string, tokenEnv: string, lang = "en") =>
      app.inject({
        method: "PUT",
        url: `/api/bodies/${bodyId}/monitoring?lang=${lang}`,
        headers: { cookie },
        payload: { platform: "youtube", externalId: channel, tokenEnv, enabled: false },
      });

    // The review's reproduction: Almaty names Minfin's key. Refused, in kk, ru and en.
    const minfinKey = varOf(minfin.code, "YOUTUBE_KEY");
    const words = {
      en: `The variable ${minfinKey} is not bound to this state body: name it ${varOf(almaty.code, "")}…`,
      ru: `Переменная ${minfinKey} не привязана к этому государственному органу: назовите её ${varOf(almaty.code, "")}…`,
      kk: `${minfinKey} айнымалысы бұл мемлекеттік органға байланыстырылмаған: оны ${varOf(almaty.code, "")}… деп`,
    };
    for (const [lang, text] of Object.entries(words)) {
      const refused = await put(alm, almaty.id, minfinKey, lang);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error).toMatchObject({ details: { code: "settings.token_env_other_body" } });
      expect(refused.json().error.message).toContain(text);
    }
    // A variable bound to no body serves none (before, any PIKIR_MONITOR_* name was taken).
    expect((await put(alm, almaty.id, "PIKIR_MONITOR_YOUTUBE_KEY")).statusCode).toBe(400);
    // An administrator acting for Almaty is held to Almaty's variables too.
    expect((await put(admin, almaty.id, minfinKey)).statusCode).toBe(400);

    // With its own variable Almaty can still register the channel first (nothing tells it apart yet)…
    const squat = await put(alm, almaty.id, varOf(almaty.code, "YT"));
    expect(squat.statusCode).toBe(200);
    const accountId = squat.json().accountId as string;
    // …and Minfin is told who can undo it.
    const blocked = await put(of, minfin.id, minfinKey, "ru");
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error.message).toBe(
      `Аккаунт ${channel} зарегистрирован за другим государственным органом. Если это официальный аккаунт этого органа, попросите администратора передать его этому органу.`,
    );

    // Only an administrator releases or reassigns.
    const release = (cookie: string | undefined, toBodyId: string | null, lang = "en") =>
      app.inject({
        method: "POST",
        url: `/api/monitoring/accounts/${accountId}/release?lang=${lang}`,
        headers: cookie ? { cookie } : {},
        payload: { toBodyId },
      });
    for (const cookie of [alm, of, analyst]) expect((await release(cookie, minfin.id)).statusCode).toBe(403);
    expect((await release(undefined, minfin.id)).statusCode).toBe(401);
    expect((await release(admin, almaty.id)).statusCode).toBe(409); // it is Almaty's already

    const moved = await release(admin, minfin.id, "kk");
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({
      handle: channel,
      previousBodyId: almaty.id,
      bodyId: minfin.id,
      accountId, // no item named it: the same row moved
      retained: false,
      message: `${channel} аккаунты енді ${minfin.nameKk} органына тиесілі; оның мониторинг баптаулары жойылды.`,
    });
    const [audit] = await engine.database.rows<{
      action: string;
      body_id: string;
      before: { bodyId: string; monitor: { tokenEnv: string } };
      after: { bodyId: string };
    }>(
      sql`select action, body_id, before, after from audit_log where entity = 'social_account' and entity_id = ${accountId} order by id desc limit 1`,
    );
    expect(audit).toMatchObject({
      action: "monitoring.reassign",
      body_id: almaty.id,
      before: { bodyId: almaty.id, monitor: { tokenEnv: varOf(almaty.code, "YT") } },
      after: { bodyId: minfin.id },
    });

    // Minfin now sets it up with its own key; Almaty's list no longer has it.
    const mine = await put(of, minfin.id, minfinKey);
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({ accountId, tokenEnv: minfinKey });
    const almatyList = await app.inject({ url: `/api/bodies/${almaty.id}/monitoring`, headers: { cookie: alm } });
    expect(almatyList.json().items.map((a: { handle: string }) => a.handle)).not.toContain(channel);
  });

  it("an account with imported items is retired for them, the handle freed; a plain release deletes an unused account", async () => {
    const ctx = testContext(engine.database);
    const squatter = await createBody(ctx);
    const owner = await createBody(ctx);
    const admin = await signInCookie(app, (await createUser(ctx, "administrator", null)).user.email);
    const handle = `UC${owner.code.replace(/^test-/, "")}retainedChan`;
    const [account] = await engine.database.rows<{ id: string }>(
      sql`insert into social_accounts (body_id, platform, handle, url, official) values (${squatter.id}, 'youtube', ${handle}, null, true) returning id`,
    );
    const [item] = await createItems(ctx, squatter.id, [{ channel: "social_media", socialAccountId: account!.id }]);

    const moved = await app.inject({
      method: "POST",
      url: `/api/monitoring/accounts/${account!.id}/release`,
      headers: { cookie: admin },
      payload: { toBodyId: owner.id },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ retained: true, bodyId: owner.id });
    const rows = await engine.database.rows<{ id: string; body_id: string; handle: string; official: boolean }>(
      sql`select id, body_id, handle, official from social_accounts where handle like ${`${handle}%`} order by official`,
    );
    expect(rows).toMatchObject([
      {
        id: account!.id,
        body_id: squatter.id,
        handle: `${handle}~released-${account!.id.slice(0, 8)}`,
        official: false,
      },
      { id: moved.json().accountId, body_id: owner.id, handle, official: true },
    ]);
    // The squatter's item keeps its account and its body.
    const [kept] = await engine.database.rows<{ social_account_id: string; body_id: string }>(
      sql`select social_account_id, body_id from feedback_items where id = ${item!.id}`,
    );
    expect(kept).toEqual({ social_account_id: account!.id, body_id: squatter.id });

    // Released to no one: an unused account is deleted, and a second release finds nothing.
    const freed = await app.inject({
      method: "POST",
      url: `/api/monitoring/accounts/${moved.json().accountId}/release?lang=en`,
      headers: { cookie: admin },
      payload: {},
    });
    expect(freed.json()).toMatchObject({
      bodyId: null,
      accountId: null,
      message: `The account ${handle} was released: its rightful state body can register it now.`,
    });
    const again = await app.inject({
      method: "POST",
      url: `/api/monitoring/accounts/${moved.json().accountId}/release`,
      headers: { cookie: admin },
      payload: {},
    });
    expect(again.statusCode).toBe(404);
  });

  it("the job refuses a variable not bound to the account's body even when the settings predate the rule", async () => {
    const ctx = testContext(engine.database);
    const squatter = await createBody(ctx);
    const victim = await createBody(ctx);
    const foreign = `PIKIR_MONITOR_${codeInVariable(victim.code)}_YT`;
    const [account] = await engine.database.rows<{ id: string }>(
      sql`insert into social_accounts (body_id, platform, handle, url, official) values (${squatter.id}, 'youtube', ${`UC${squatter.code.slice(5)}oldSquatChan0`}, null, true) returning id`,
    );
    // Saved as the review found it possible: straight into the table, as before the fix.
    await upsertAccountMonitor(ctx.database.db, {
      accountId: account!.id,
      enabled: true,
      externalId: `UC${squatter.code.slice(5)}oldSquatChan0`,
      tokenEnv: foreign,
      updatedBy: null,
    });
    const run = await monitorAccounts(ctx, SYSTEM_ACTOR, {
      bodyId: squatter.id,
      env: { [foreign]: "victims-secret-key" },
      // Nothing listens here: had the token been used, the outcome would be monitor.fetch_failed.
      baseUrls: { youtube: "http://127.0.0.1:9" },
      timeoutMs: 1000,
    });
    expect(run).toMatchObject({ ok: 0, failed: 1 });
    expect(run.accounts[0]).toMatchObject({ status: "failed", errorCode: "monitor.token_not_bound", error: foreign });
    // Bound explicitly to the squatter by the operator, the same variable is its to use.
    const allowed = await monitorAccounts(ctx, SYSTEM_ACTOR, {
      bodyId: squatter.id,
      env: { [foreign]: "k", PIKIR_MONITOR_BINDINGS: `${foreign}=${squatter.code}` },
      baseUrls: { youtube: "http://127.0.0.1:9" },
      timeoutMs: 1000,
    });
    expect(allowed.accounts[0]).toMatchObject({ status: "failed", errorCode: "monitor.fetch_failed" });
  });
});
