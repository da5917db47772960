import { createServer } from "node:http";
import { afterAll, beforeAll, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createUser, testContext } from "../../../../test/factories.ts";
import { SYSTEM_ACTOR, type AppContext } from "../../context.ts";
import { initiatives, openAccessChecks, resultPublications } from "../../db/index.ts";
import type { InitiativeKind } from "../../db/enums.ts";
import { createInitiative } from "../initiatives/save-initiative.ts";
import { recordEvidence } from "../evidence/record-evidence.ts";
import { checkOpenAccess } from "./check-open-access.ts";
import { fetchAddress, publicOnlyLookup } from "./fetch-address.ts";
import { readOpenAccessRisk } from "./read-open-access-risk.ts";
import {
  LOGIN_HTML,
  NOT_FOUND_TEXT,
  PUBLIC_HTML,
  SLOW_MS,
  sha256,
  startPortalStub,
  type PortalStub,
} from "./open-access.test-support.ts";

async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

const TODAY = "2026-11-25"; // the risk window starts 2025-01-01
// Generous for a loaded CI machine, yet far below the stub's slow answer (SLOW_MS).
const FAST = { timeoutMs: 2_000, allowPrivateAddresses: true, today: TODAY };

let portal: PortalStub;
beforeAll(async () => {
  portal = await startPortalStub();
});
afterAll(async () => portal.close());

async function seedBody(ctx: AppContext) {
  const body = await createBody(ctx);
  const { actor: officer } = await createUser(ctx, "body_officer", body.id);
  const draft = (kind: InitiativeKind, titleEn: string, path: string) =>
    createInitiative(ctx, officer, {
      bodyId: body.id,
      kind,
      titleEn,
      titleKk: `${titleEn} (kk)`,
      status: "in_discussion",
      discussionStartsOn: "2026-03-01",
      discussionEndsOn: "2026-03-20",
      portalUrl: portal.url(path),
    });
  const act = await draft("draft_legal_act", "Act on public councils", "/public");
  const program = await draft("draft_budget_program", "Program 012", "/missing");
  const report = await draft("budget_report", "Report on program 012", "/private");
  const interim = await recordEvidence(ctx, officer, "result-publications", {
    bodyId: body.id,
    kind: "interim",
    periodYear: 2026,
    periodQuarter: 2,
    title: "Q2 results",
    url: portal.url("/slow"),
    publishedOn: "2026-07-10",
  });
  const final = await recordEvidence(ctx, officer, "result-publications", {
    bodyId: body.id,
    kind: "final",
    periodYear: 2025,
    periodQuarter: null,
    title: "2025 results",
    url: portal.url("/empty"),
    publishedOn: "2026-01-20",
  });
  // Out of the window: a 2023 draft no round can still cover is not fetched.
  await createInitiative(ctx, officer, {
    bodyId: body.id,
    kind: "draft_legal_act",
    titleEn: "Old act",
    discussionStartsOn: "2023-02-01",
    discussionEndsOn: "2023-02-20",
    portalUrl: portal.url("/missing"),
  });
  return { body, officer, act, program, report, interim, final };
}

describeEachEngine("open-access check (§23)", (engine) => {
  it("keeps evidence per address, sets each entity's flag, and the risk names what would zero F", {
    timeout: 30_000,
  }, async () => {
    const ctx = testContext(engine.database);
    const s = await seedBody(ctx);
    const other = await seedBody(ctx);

    const run = await checkOpenAccess(ctx, s.officer, { ...FAST, bodyId: s.body.id });
    expect(run).toEqual({
      since: "2025-01-01",
      checked: 5,
      ok: 1,
      failed: 4,
      reasons: { http_status: 1, login_required: 1, timeout: 1, empty: 1 },
      flagsApplied: true,
    });

    const db = engine.database.db;
    const rows = await db
      .select()
      .from(openAccessChecks)
      .where(eq(openAccessChecks.bodyId, s.body.id))
      .orderBy(asc(openAccessChecks.id));
    const byEntity = new Map(rows.map((r) => [r.entityId, r]));
    expect(rows).toHaveLength(5);
    expect(byEntity.get(s.act.id)).toMatchObject({
      entityKind: "initiative",
      url: portal.url("/public"),
      finalUrl: portal.url("/public"),
      httpStatus: 200,
      ok: true,
      reason: null,
      contentSha256: sha256(PUBLIC_HTML),
      contentLength: Buffer.byteLength(PUBLIC_HTML),
      truncated: false,
      requestedBy: s.officer.userId,
    });
    expect(byEntity.get(s.program.id)).toMatchObject({
      httpStatus: 404,
      ok: false,
      reason: "http_status",
      contentSha256: sha256(NOT_FOUND_TEXT),
    });
    // The redirect was followed: the evidence holds the sign-in page it ended on.
    expect(byEntity.get(s.report.id)).toMatchObject({
      httpStatus: 200,
      ok: false,
      reason: "login_required",
      finalUrl: portal.url("/login?next=%2Fprivate"),
      contentSha256: sha256(LOGIN_HTML),
    });
    expect(byEntity.get(s.interim.id)).toMatchObject({
      entityKind: "result_publication",
      httpStatus: null,
      ok: false,
      reason: "timeout",
      contentSha256: null,
      contentLength: null,
    });
    expect(byEntity.get(s.interim.id)!.responseMs).toBeLessThan(SLOW_MS);
    expect(byEntity.get(s.final.id)).toMatchObject({
      httpStatus: 200,
      ok: false,
      reason: "empty",
      contentSha256: sha256(""),
      contentLength: 0,
    });

    const flags = await db.select().from(initiatives).where(eq(initiatives.bodyId, s.body.id));
    const flag = (id: string) => flags.find((i) => i.id === id)!;
    expect([flag(s.act.id).openAccess, flag(s.program.id).openAccess, flag(s.report.id).openAccess]).toEqual([
      true,
      false,
      false,
    ]);
    expect(flag(s.act.id).openAccessCheckedAt?.getTime()).toBe(byEntity.get(s.act.id)!.checkedAt.getTime());
    expect(flags.find((i) => i.titleEn === "Old act")!.openAccess).toBeNull();
    const pubs = await db.select().from(resultPublications).where(eq(resultPublications.bodyId, s.body.id));
    expect(pubs.map((p) => [p.openAccess, p.checkedAt !== null])).toEqual([
      [false, true],
      [false, true],
    ]);
    // Only the body asked for was checked.
    expect(await db.select().from(openAccessChecks).where(eq(openAccessChecks.bodyId, other.body.id))).toEqual([]);

    const risk = await readOpenAccessRisk(ctx, s.officer, s.body.id, { today: TODAY });
    expect(risk.zeroReasons).toEqual([
      "draftsNotInOpenAccess",
      "budgetReportsNotInOpenAccess",
      "resultsNotInOpenAccess",
    ]);
    expect(risk.openAccess).toEqual({ drafts: false, budgetReports: false, results: false });
    expect(risk.failing.map((f) => f.title.en).sort()).toEqual([
      "2025 results",
      "Program 012",
      "Q2 results",
      "Report on program 012",
    ]);
    expect(risk.failing.find((f) => f.entityId === s.program.id)!.latest).toMatchObject({
      reason: "http_status",
      httpStatus: 404,
    });
    expect(risk.unchecked).toBe(0);
  });

  it("follows the latest check: a fixed page clears the risk, and the history stays", { timeout: 30_000 }, async () => {
    const ctx = testContext(engine.database);
    const s = await seedBody(ctx);
    await checkOpenAccess(ctx, SYSTEM_ACTOR, { ...FAST, bodyId: s.body.id });
    portal.fixed.add("/missing");
    try {
      const run = await checkOpenAccess(ctx, SYSTEM_ACTOR, { ...FAST, bodyId: s.body.id });
      expect(run.ok).toBe(2);
    } finally {
      portal.fixed.delete("/missing");
    }
    const history = await engine.database.db
      .select()
      .from(openAccessChecks)
      .where(eq(openAccessChecks.entityId, s.program.id))
      .orderBy(asc(openAccessChecks.id));
    expect(history.map((h) => [h.ok, h.httpStatus, h.requestedBy])).toEqual([
      [false, 404, null],
      [true, 200, null],
    ]);
    const risk = await readOpenAccessRisk(ctx, s.officer, s.body.id, { today: TODAY });
    expect(risk.openAccess.drafts).toBe(true);
    expect(risk.zeroReasons).toEqual(["budgetReportsNotInOpenAccess", "resultsNotInOpenAccess"]);
    expect(risk.failing.map((f) => f.entityId)).not.toContain(s.program.id);
  });

  it("changes no flag when not one address answered (Pikir's own network is down), but keeps the evidence", {
    timeout: 30_000,
  }, async () => {
    const ctx = testContext(engine.database);
    const s = await seedBody(ctx);
    await checkOpenAccess(ctx, SYSTEM_ACTOR, { ...FAST, bodyId: s.body.id });
    const before = await engine.database.db
      .select({ id: initiatives.id, open: initiatives.openAccess })
      .from(initiatives)
      .where(eq(initiatives.bodyId, s.body.id))
      .orderBy(asc(initiatives.id));
    // Every host unreachable: a port nobody listens on stands for a lost uplink.
    const closed = await closedPortUrl();
    await engine.database.db
      .update(initiatives)
      .set({ portalUrl: `${closed}/act` })
      .where(eq(initiatives.bodyId, s.body.id));
    await engine.database.db
      .update(resultPublications)
      .set({ url: `${closed}/results` })
      .where(eq(resultPublications.bodyId, s.body.id));
    const run = await checkOpenAccess(ctx, SYSTEM_ACTOR, { ...FAST, bodyId: s.body.id });
    expect(run).toMatchObject({ checked: 5, ok: 0, flagsApplied: false, reasons: { network: 5 } });
    const after = await engine.database.db
      .select({ id: initiatives.id, open: initiatives.openAccess })
      .from(initiatives)
      .where(eq(initiatives.bodyId, s.body.id))
      .orderBy(asc(initiatives.id));
    expect(after).toEqual(before);
    expect(after.some((i) => i.open === true)).toBe(true);
    const evidence = await engine.database.db
      .select()
      .from(openAccessChecks)
      .where(eq(openAccessChecks.bodyId, s.body.id));
    expect(evidence.filter((e) => e.reason === "network")).toHaveLength(5);
  });

  it("refuses private addresses unless told otherwise, and officers of other bodies", async () => {
    const ctx = testContext(engine.database);
    const s = await seedBody(ctx);
    const run = await checkOpenAccess(ctx, s.officer, { bodyId: s.body.id, today: TODAY });
    expect(run.reasons).toEqual({ private_address: 5 });
    const { actor: stranger } = await createUser(ctx, "body_officer", (await createBody(ctx)).id);
    await expect(checkOpenAccess(ctx, stranger, { bodyId: s.body.id })).rejects.toMatchObject({ code: "forbidden" });
    await expect(readOpenAccessRisk(ctx, stranger, s.body.id)).rejects.toMatchObject({ code: "forbidden" });
    // Only the system (the daily job) and the ministry check every body at once.
    await expect(checkOpenAccess(ctx, s.officer, {})).rejects.toMatchObject({ code: "forbidden" });
  });
});

it("reads at most maxBytes and hashes exactly what it read", async () => {
  const evidence = await fetchAddress(portal.url("/big"), {
    timeoutMs: 5_000,
    maxBytes: 100_000,
    allowPrivateAddresses: true,
  });
  expect(evidence).toMatchObject({
    ok: true,
    httpStatus: 200,
    truncated: true,
    contentLength: 100_000,
    contentType: "application/pdf",
  });
  expect(evidence.contentSha256).toBe(sha256(Buffer.alloc(100_000, 0x41)));
  expect(
    await fetchAddress("ftp://example.kz/x", { timeoutMs: 1_000, maxBytes: 10, allowPrivateAddresses: false }),
  ).toMatchObject({ ok: false, reason: "invalid_url" });
});

it("refuses a public-looking name that resolves into a private network, at connect time, and lets a public one through", async () => {
  const port = new URL(portal.url("/public")).port;
  const hits = portal.hits.length;
  // A resolver standing in for DNS: the intranet name points at 127.0.0.1 (where the stub listens).
  const resolve = ((
    hostname: string,
    _options: object,
    callback: (e: Error | null, a: { address: string; family: number }[]) => void,
  ) => {
    callback(
      null,
      hostname === "portal.intranet.example"
        ? [{ address: "127.0.0.1", family: 4 }]
        : [{ address: "203.0.113.10", family: 4 }],
    );
  }) as unknown as typeof import("node:dns").lookup;
  const evidence = await fetchAddress(`http://portal.intranet.example:${port}/public`, {
    timeoutMs: 2_000,
    maxBytes: 1_000,
    allowPrivateAddresses: false,
    resolve,
  });
  expect(evidence).toMatchObject({ ok: false, reason: "private_address", httpStatus: null });
  expect(portal.hits.length).toBe(hits); // no request reached the private address

  const allowed = publicOnlyLookup(resolve);
  const answer = await new Promise<unknown[]>((done, fail) =>
    allowed("portal.example.kz", { all: true }, (e, a) => (e ? fail(e) : done(a as unknown[]))),
  );
  expect(answer).toEqual([{ address: "203.0.113.10", family: 4 }]);
});
