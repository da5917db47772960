/** Monitoring of official accounts on both engines, against a local YouTube / VK API stand-in. */
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createUser, testContext } from "../../../../test/factories.ts";
import { SYSTEM_ACTOR, type AppContext } from "../../context.ts";
import { monitorAccounts, type MonitorAccountsOptions } from "./monitor-accounts.ts";
import { saveAccountMonitor } from "./save-account-monitor.ts";
import { startApiStub, vkWall, youtubePages, type ApiStub } from "./monitor-accounts.test-support.ts";

let api: ApiStub;
beforeAll(async () => {
  api = await startApiStub();
});
afterAll(async () => api.close());

/** Ids unique per test (one database serves the whole file; source keys are global). */
function ids(code: string) {
  const hex = code.replace(/^test-/, "");
  return { hex, channel: `UC${hex}${"x".repeat(14)}`, owner: -(parseInt(hex.slice(0, 7), 16) + 1) };
}

describeEachEngine("monitoring official accounts", (engine) => {
  const ctx = (): AppContext => testContext(engine.database);
  const rows = <T>(q: ReturnType<typeof sql>) => engine.database.rows<T>(q);
  const tmp = mkdtempSync(path.join(tmpdir(), "pikir-monitor-test-"));
  const env: { PIKIR_MONITOR_YT_KEY: string; PIKIR_MONITOR_VK_TOKEN: string; PIKIR_MONITOR_BINDINGS: string } = {
    PIKIR_MONITOR_YT_KEY: "yt-secret-key",
    PIKIR_MONITOR_VK_TOKEN: "vk-secret-token",
    PIKIR_MONITOR_BINDINGS: "",
  };
  // W12: the shared test variables are bound to each test's body, as an operator binds them.
  const bound: string[] = [];
  const bind = (code: string) => {
    bound.push(code);
    env.PIKIR_MONITOR_BINDINGS = ["PIKIR_MONITOR_YT_KEY", "PIKIR_MONITOR_VK_TOKEN", "PIKIR_MONITOR_VK_MISSING"]
      .map((name) => `${name}=${bound.join("|")}`)
      .join(";");
    return { env };
  };
  const options = (bodyId: string): MonitorAccountsOptions => ({
    bodyId,
    baseUrls: { youtube: api.url, vk: api.url },
    env,
    tmpDir: tmp,
    timeoutMs: 5_000,
  });

  it("fetches two pages of YouTube threads and VK comments, imports them under the registered accounts, and a second run adds nothing", async () => {
    const body = await createBody(ctx());
    bind(body.code);
    const { actor: officer } = await createUser(ctx(), "body_officer", body.id);
    const { hex, channel, owner } = ids(body.code);
    api.youtube.set(channel, { key: env.PIKIR_MONITOR_YT_KEY, pages: youtubePages(channel, hex) });
    api.vk.set(String(owner), { token: env.PIKIR_MONITOR_VK_TOKEN, ...vkWall(owner) });
    const yt = await saveAccountMonitor(
      ctx(),
      officer,
      {
        bodyId: body.id,
        platform: "youtube",
        externalId: channel,
        tokenEnv: "PIKIR_MONITOR_YT_KEY",
        enabled: true,
      },
      { env },
    );
    const vk = await saveAccountMonitor(
      ctx(),
      officer,
      {
        bodyId: body.id,
        platform: "vk",
        externalId: String(owner),
        tokenEnv: "PIKIR_MONITOR_VK_TOKEN",
        enabled: true,
      },
      { env },
    );
    expect(vk.account.handle).toBe(`club${-owner}`);

    const first = await monitorAccounts(ctx(), SYSTEM_ACTOR, options(body.id));
    expect(first).toMatchObject({ ok: 2, failed: 0, skipped: 0, added: 7, updated: 0 });
    // Both pages of each were asked for, with the key from the environment.
    expect(
      api.requests.filter((r) => r.includes(channel)).map((r) => new URL(r, api.url).searchParams.get("pageToken")),
    ).toEqual([null, "p2"]);
    expect(api.requests.filter((r) => r.includes(channel)).every((r) => r.includes("key=yt-secret-key"))).toBe(true);
    expect(
      api.requests
        .filter((r) => r.includes(`owner_id=${owner}`) && r.includes("getComments"))
        .map((r) => new URL(r, api.url).searchParams.get("offset")),
    ).toEqual(["0", "2"]);

    // Every comment hangs on the registered account and names its post; official replies became answers.
    const items = await rows<{ source: string; ref: string; account: string; post: string }>(sql`
      select source, source_ref as ref, social_account_id::text as account, metadata->>'postId' as post from feedback_items where body_id = ${body.id}::uuid order by source, source_ref`);
    expect(items.map((i) => [i.source, i.ref])).toEqual([
      ["vk", `${owner}_4410_301`],
      ["vk", `${owner}_4410_302`],
      ["vk", `${owner}_4410_304`],
      ["vk", `${owner}_4410_306`],
      ["youtube", `${hex}T1`],
      ["youtube", `${hex}T1.R2`],
      ["youtube", `${hex}T2`],
    ]);
    expect(items.every((i) => i.account === (i.source === "vk" ? vk.account.id : yt.account.id))).toBe(true);
    expect(new Set(items.map((i) => i.post))).toEqual(new Set([`${owner}_4410`, `${hex}vid`]));
    const answers = await rows<{ ref: string }>(
      sql`select f.source_ref as ref from answers a join feedback_items f on f.id = a.item_id where f.body_id = ${body.id}::uuid order by 1`,
    );
    expect(answers.map((a) => a.ref)).toEqual([`${owner}_4410_301`, `${hex}T1`]);
    const accounts = await rows<{ n: number }>(
      sql`select count(*)::int as n from social_accounts where body_id = ${body.id}::uuid`,
    );
    expect(accounts[0]!.n).toBe(2); // no second, auto-registered account

    const monitors = await rows<{
      platform: string;
      last_status: string;
      last_added: number;
      last_updated: number;
      last_run_id: string | null;
      run_started_at: Date | null;
      last_run_at: Date | null;
    }>(sql`
      select a.platform, m.last_status, m.last_added, m.last_updated, m.last_run_id, m.run_started_at, m.last_run_at
      from account_monitors m join social_accounts a on a.id = m.account_id where a.body_id = ${body.id}::uuid order by a.platform`);
    expect(monitors.map((m) => [m.platform, m.last_status, m.last_added, m.last_updated])).toEqual([
      ["vk", "ok", 4, 0],
      ["youtube", "ok", 3, 0],
    ]);
    expect(monitors.every((m) => m.last_run_id && m.last_run_at && !m.run_started_at)).toBe(true);
    const runs = await rows<{ actor_label: string; status: string }>(
      sql`select actor_label, status from import_runs where body_id = ${body.id}::uuid`,
    );
    expect(runs).toEqual([
      { actor_label: "monitoring", status: "done" },
      { actor_label: "monitoring", status: "done" },
    ]);
    expect(readdirSync(tmp)).toEqual([]); // the fetched files are gone

    const second = await monitorAccounts(ctx(), SYSTEM_ACTOR, options(body.id));
    expect(second).toMatchObject({ ok: 2, failed: 0, added: 0, updated: 0 });
    const [count] = await rows<{ n: number }>(
      sql`select count(*)::int as n from feedback_items where body_id = ${body.id}::uuid`,
    );
    expect(count!.n).toBe(7);
    const after = await rows<{ last_added: number; last_updated: number }>(sql`
      select m.last_added, m.last_updated from account_monitors m join social_accounts a on a.id = m.account_id where a.body_id = ${body.id}::uuid`);
    expect(after).toEqual([
      { last_added: 0, last_updated: 0 },
      { last_added: 0, last_updated: 0 },
    ]);
    // Nothing new on either account: no new import run either (same bytes as the last run's file).
    const [runCount] = await rows<{ n: number }>(
      sql`select count(*)::int as n from import_runs where body_id = ${body.id}::uuid`,
    );
    expect(runCount!.n).toBe(2);

    // A viewer edits a comment on page 2: the next run updates that one item and keeps its history.
    const pages = api.youtube.get(channel)!.pages;
    const top = (pages[1]!.items as { snippet: { topLevelComment: { snippet: Record<string, string> } } }[])[0]!.snippet
      .topLevelComment.snippet;
    top.textOriginal = top.textDisplay = "Жол жөндеу жоспары қай сайтта жарияланады? (өңделді)";
    const third = await monitorAccounts(ctx(), SYSTEM_ACTOR, options(body.id));
    expect(third).toMatchObject({ ok: 2, added: 0, updated: 1 });
    expect(third.accounts.find((a) => a.platform === "youtube")).toMatchObject({ status: "ok", added: 0, updated: 1 });
    const history = await rows<{ ref: string; before: { text: string }; after: { text: string } }>(sql`
      select f.source_ref as ref, h.before, h.after from feedback_item_history h join feedback_items f on f.id = h.item_id where f.body_id = ${body.id}::uuid`);
    expect(history.map((h) => [h.ref, h.before.text, h.after.text])).toEqual([
      [`${hex}T2`, "Жол жөндеу жоспары қай жерде жарияланады?", top.textOriginal],
    ]);
  });

  it("records each account's failure (no token variable, HTTP error, bad JSON) and still imports the others", async () => {
    const body = await createBody(ctx());
    bind(body.code);
    const { hex, channel, owner } = ids(body.code);
    const badChannel = `UC${hex}${"y".repeat(14)}`;
    const brokenOwner = owner - 1;
    api.youtube.set(channel, { key: env.PIKIR_MONITOR_YT_KEY, pages: youtubePages(channel, hex) });
    api.youtube.set(badChannel, { key: "another-key", pages: [] }); // our key is refused: 403
    api.vk.set(String(owner), { token: env.PIKIR_MONITOR_VK_TOKEN, ...vkWall(owner) });
    api.broken.add(String(brokenOwner));
    const save = (platform: "youtube" | "vk", externalId: string, tokenEnv: string) =>
      saveAccountMonitor(
        ctx(),
        SYSTEM_ACTOR,
        { bodyId: body.id, platform, externalId, tokenEnv, enabled: true },
        { env },
      );
    const good = await save("youtube", channel, "PIKIR_MONITOR_YT_KEY");
    const noToken = await save("vk", String(owner), "PIKIR_MONITOR_VK_MISSING");
    const refused = await save("youtube", badChannel, "PIKIR_MONITOR_YT_KEY");
    const broken = await save("vk", String(brokenOwner), "PIKIR_MONITOR_VK_TOKEN");
    const seen = api.requests.length;

    const run = await monitorAccounts(ctx(), SYSTEM_ACTOR, options(body.id));
    expect(run).toMatchObject({ ok: 1, failed: 3, added: 3 });
    const outcome = (id: string) => run.accounts.find((a) => a.accountId === id);
    expect(outcome(good.account.id)).toMatchObject({ status: "ok", added: 3 });
    expect(outcome(noToken.account.id)).toMatchObject({
      status: "failed",
      errorCode: "monitor.token_missing",
      error: "PIKIR_MONITOR_VK_MISSING",
    });
    expect(outcome(refused.account.id)).toMatchObject({
      status: "failed",
      errorCode: "monitor.fetch_failed",
      error: "127.0.0.1:" + new URL(api.url).port + " answered 403: The request is missing a valid API key.",
    });
    expect(outcome(broken.account.id)).toMatchObject({
      status: "failed",
      errorCode: "monitor.fetch_failed",
      error: expect.stringContaining("not JSON"),
    });
    // Without its token an account is not even asked for.
    expect(api.requests.slice(seen).some((r) => r.includes(`owner_id=${owner}&`))).toBe(false);

    const stored = await rows<{
      id: string;
      last_status: string;
      last_error_code: string | null;
      last_error: string | null;
    }>(sql`
      select m.account_id::text as id, m.last_status, m.last_error_code, m.last_error from account_monitors m join social_accounts a on a.id = m.account_id where a.body_id = ${body.id}::uuid`);
    expect(
      stored
        .filter((s) => s.last_status === "failed")
        .map((s) => s.id)
        .sort(),
    ).toEqual([noToken, refused, broken].map((a) => a.account.id).sort());
    expect(JSON.stringify(stored)).not.toMatch(/secret/); // no token in what is kept
    const [items] = await rows<{ n: number }>(
      sql`select count(*)::int as n from feedback_items where body_id = ${body.id}::uuid`,
    );
    expect(items!.n).toBe(3);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it("skips an account another run is holding, and takes over a hold left by a crashed run", async () => {
    const body = await createBody(ctx());
    bind(body.code);
    const { hex, channel } = ids(body.code);
    api.youtube.set(channel, { key: env.PIKIR_MONITOR_YT_KEY, pages: youtubePages(channel, hex) });
    const yt = await saveAccountMonitor(
      ctx(),
      SYSTEM_ACTOR,
      {
        bodyId: body.id,
        platform: "youtube",
        externalId: channel,
        tokenEnv: "PIKIR_MONITOR_YT_KEY",
        enabled: true,
      },
      { env },
    );
    await engine.database.db.execute(
      sql`update account_monitors set run_started_at = now() where account_id = ${yt.account.id}::uuid`,
    );
    expect(await monitorAccounts(ctx(), SYSTEM_ACTOR, options(body.id))).toMatchObject({
      ok: 0,
      failed: 0,
      skipped: 1,
      accounts: [],
    });
    await engine.database.db.execute(
      sql`update account_monitors set run_started_at = now() - interval '2 hours' where account_id = ${yt.account.id}::uuid`,
    );
    expect(await monitorAccounts(ctx(), SYSTEM_ACTOR, options(body.id))).toMatchObject({ ok: 1, skipped: 0, added: 3 });
    // Switched off: not fetched at all.
    await saveAccountMonitor(
      ctx(),
      SYSTEM_ACTOR,
      {
        bodyId: body.id,
        platform: "youtube",
        externalId: channel,
        tokenEnv: "PIKIR_MONITOR_YT_KEY",
        enabled: false,
      },
      { env },
    );
    expect(await monitorAccounts(ctx(), SYSTEM_ACTOR, options(body.id))).toMatchObject({
      ok: 0,
      failed: 0,
      skipped: 0,
    });
  });
});
