import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { sql } from "drizzle-orm";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createUser, testContext } from "../../../../test/factories.ts";
import { buildTestApp, signInCookie } from "../../../../test/http.ts";
import { LOCALES } from "../../../i18n/index.ts";
import { monitoringMessages } from "../../../i18n/messages/monitoring.ts";
import type { JobSender } from "../../context.ts";
import { JOB_DEFINITIONS } from "../../jobs/definitions.ts";
import { MONITOR_ERROR_CODES } from "../../services/imports/monitor-accounts.ts";

describeEachEngine("GET/PUT /api/bodies/:id/monitoring, POST …/run", (engine) => {
  let app: FastifyInstance;
  let queued: FastifyInstance;
  const sent: { name: string; data: object; options?: object }[] = [];
  const jobs: JobSender = {
    send: async (name, data, options) => {
      sent.push({ name, data, options });
      return "job-1";
    },
  };
  beforeAll(async () => {
    app = await buildTestApp(testContext(engine.database));
    queued = await buildTestApp({ ...testContext(engine.database), jobs });
  });
  afterAll(async () => {
    await app.close();
    await queued.close();
  });

  it("lets the body's officer and an administrator set monitoring up, shows the last outcome, and runs now", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const other = await createBody(ctx);
    const hex = body.code.replace(/^test-/, "");
    const channel = `UC${hex}${"r".repeat(14)}`;
    // Bound to the body by its name (W12); never set: no request leaves the machine.
    const tokenEnv = `PIKIR_MONITOR_TEST_${hex.toUpperCase()}_ROUTE`;
    const users = await Promise.all([
      createUser(ctx, "body_officer", body.id),
      createUser(ctx, "body_head", body.id),
      createUser(ctx, "administrator", null),
      createUser(ctx, "body_officer", other.id),
      createUser(ctx, "ministry_analyst", null),
    ]);
    const [officer, head, admin, stranger, analyst] = (await Promise.all(
      users.map((u) => signInCookie(app, u.user.email)),
    )) as [string, string, string, string, string];
    const url = `/api/bodies/${body.id}/monitoring`;
    const settings = { platform: "youtube", externalId: channel, tokenEnv };

    const saved = await app.inject({
      method: "PUT",
      url: `${url}?lang=en`,
      headers: { cookie: officer },
      payload: settings,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      platform: "youtube",
      handle: channel,
      url: `https://www.youtube.com/channel/${channel}`,
      configured: true,
      enabled: true,
      externalId: channel,
      tokenEnv,
      tokenSet: false,
      running: false,
      lastRun: null,
      statusText: "Not run yet",
    });
    for (const cookie of [head, stranger, analyst])
      expect((await app.inject({ method: "PUT", url, headers: { cookie }, payload: settings })).statusCode).toBe(403);
    expect((await app.inject({ method: "PUT", url, payload: settings })).statusCode).toBe(401);
    // A secret instead of a variable name, or another variable of the server, is refused.
    for (const bad of ["ya29.a0AfH6SMBx", "DATABASE_URL"]) {
      expect(
        (
          await app.inject({
            method: "PUT",
            url,
            headers: { cookie: officer },
            payload: { ...settings, tokenEnv: bad },
          })
        ).statusCode,
      ).toBe(400);
    }
    const badId = await app.inject({
      method: "PUT",
      url: `${url}?lang=ru`,
      headers: { cookie: officer },
      payload: { ...settings, externalId: "minenergo" },
    });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().error).toMatchObject({
      code: "validation_failed",
      message: "«minenergo» не является идентификатором аккаунта youtube.",
      details: { code: "settings.external_id" },
    });
    const instagram = await app.inject({
      method: "PUT",
      url,
      headers: { cookie: officer, "accept-language": "en" },
      payload: { platform: "instagram", externalId: "17841400000000000", tokenEnv },
    });
    expect(instagram.json().error.message).toBe("An Instagram account is named by its username: give the handle.");
    // The same channel for another body: a conflict, not a silent move.
    const taken = await app.inject({
      method: "PUT",
      url: `/api/bodies/${other.id}/monitoring`,
      headers: { cookie: stranger, "accept-language": "kk" },
      payload: { ...settings, tokenEnv: `PIKIR_MONITOR_${other.code.replace("-", "_").toUpperCase()}_ROUTE` },
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.message).toBe(
      `${channel} аккаунты басқа мемлекеттік органға тіркелген. Егер бұл органның ресми аккаунты болса, әкімшіден оны осы органға босатуды сұраңыз.`,
    );
    // The administrator may change any body's settings.
    expect(
      (await app.inject({ method: "PUT", url, headers: { cookie: admin }, payload: { ...settings, enabled: true } }))
        .statusCode,
    ).toBe(200);

    const audit = await engine.database.rows<{ action: string }>(
      sql`select action from audit_log where body_id = ${body.id}::uuid and entity = 'social_account' order by id`,
    );
    expect(audit.map((a) => a.action)).toEqual(["monitoring.create", "monitoring.update"]);

    // Run now without a queue: inline; the missing variable is the account's recorded failure.
    for (const cookie of [head, stranger, analyst])
      expect((await app.inject({ method: "POST", url: `${url}/run`, headers: { cookie } })).statusCode).toBe(403);
    const run = await app.inject({ method: "POST", url: `${url}/run?lang=en`, headers: { cookie: officer } });
    expect(run.statusCode).toBe(200);
    expect(run.json()).toMatchObject({
      queued: false,
      jobId: null,
      message: "Accounts fetched: 0, failed: 1; comments added: 0, updated: 0.",
      accounts: [
        {
          platform: "youtube",
          handle: channel,
          status: "failed",
          error: `The environment variable ${tokenEnv} that should hold the account's access token is not set on the server.`,
        },
      ],
    });

    for (const cookie of [officer, head, admin, analyst])
      expect((await app.inject({ url, headers: { cookie } })).statusCode).toBe(200);
    expect((await app.inject({ url, headers: { cookie: stranger } })).statusCode).toBe(403);
    expect((await app.inject({ url })).statusCode).toBe(401);
    expect(
      (
        await app.inject({
          url: "/api/bodies/00000000-0000-4000-8000-000000000000/monitoring",
          headers: { cookie: admin },
        })
      ).statusCode,
    ).toBe(404);
    const list = await app.inject({ url, headers: { cookie: head, "accept-language": "ru" } });
    expect(list.json().items).toEqual([
      expect.objectContaining({
        handle: channel,
        statusText: "Ошибка",
        lastRun: expect.objectContaining({
          status: "failed",
          errorCode: "monitor.token_missing",
          added: 0,
          updated: 0,
          runId: null,
          error: expect.stringContaining(tokenEnv),
        }),
      }),
    ]);

    // With a queue: enqueued as the hourly job for this body, once per body while it waits.
    const onQueue = await queued.inject({
      method: "POST",
      url: `${url}/run`,
      headers: { cookie: await signInCookie(queued, users[0]!.user.email) },
    });
    expect(onQueue.statusCode).toBe(202);
    expect(onQueue.json()).toMatchObject({ queued: true, jobId: "job-1", accounts: [] });
    expect(sent).toEqual([
      { name: "intake.monitor", data: { bodyId: body.id }, options: { singletonKey: `monitor:${body.id}` } },
    ]);

    // The job does the same work for { bodyId }, and refuses a malformed id without touching anything.
    const job = JOB_DEFINITIONS.find((j) => j.name === "intake.monitor")!;
    const lastRunAt = async () =>
      (
        await engine.database.rows<{ at: Date }>(sql`
      select m.last_run_at as at from account_monitors m join social_accounts a on a.id = m.account_id where a.body_id = ${body.id}::uuid`)
      )[0]!.at;
    const before = new Date(await lastRunAt()).getTime();
    await job.handler(ctx, { bodyId: "x'; drop table" } as never, { id: "test" });
    expect(new Date(await lastRunAt()).getTime()).toBe(before);
    await job.handler(ctx, { bodyId: body.id } as never, { id: "test" });
    expect(new Date(await lastRunAt()).getTime()).toBeGreaterThan(before);
  });
});

describe("monitoring messages and job", () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it("has every message in kk, ru and en with the same placeholders", () => {
    for (const locale of LOCALES) {
      expect(Object.keys(monitoringMessages[locale]).sort()).toEqual(Object.keys(monitoringMessages.en).sort());
      for (const code of MONITOR_ERROR_CODES) expect(monitoringMessages[locale]).toHaveProperty([code]);
      for (const [key, text] of Object.entries(monitoringMessages[locale])) {
        expect(placeholders(text), `${locale}:${key}`).toEqual(
          placeholders(monitoringMessages.en[key as keyof typeof monitoringMessages.en]),
        );
      }
    }
  });

  it("runs hourly", () => {
    expect(JOB_DEFINITIONS.find((j) => j.name === "intake.monitor")?.cron).toBe("0 * * * *");
  });
});
