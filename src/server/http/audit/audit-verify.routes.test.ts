/**
 * `GET /api/audit/verify` holds the chain against its signed checkpoints as `pikir audit verify`
 * does (review 2026-12-security W6, rest): before, the route walked the hashes only and answered
 * "ok" to a deleted tail. Now a deleted tail fails it, with the CLI's words in kk, ru and en.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { sql } from "drizzle-orm";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createUser, testContext } from "../../../../test/factories.ts";
import { signInCookie } from "../../../../test/http.ts";
import { buildApp } from "../app.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import { auditAnchorOf } from "../../services/audit/audit-anchor.ts";
import { writeAuditCheckpoint } from "../../services/audit/write-audit-checkpoint.ts";

const KEY = "route-audit-key-0123456789abcdef0123456789";

describeEachEngine("GET /api/audit/verify checks the signed checkpoints (W6)", (engine) => {
  const audit = {
    key: KEY,
    oldKeys: [],
    checkpointFile: path.join(mkdtempSync(path.join(tmpdir(), "pikir-av-")), "c.jsonl"),
  };
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp(testContext(engine.database), { sessionTtlMs: 3_600_000, secureCookies: false, audit });
    await app.ready();
  });
  afterAll(() => app.close());

  it("answers ok with the checkpoint, then not ok with 'truncated' in kk, ru and en once the tail is deleted", async () => {
    const ctx = testContext(engine.database);
    const { user } = await createUser(ctx, "ministry_analyst", null);
    const cookie = await signInCookie(app, user.email);
    for (let i = 0; i < 30; i++)
      await appendAudit(ctx.database.db, {
        actorId: null,
        actorLabel: "system",
        action: "decision.create",
        entity: "decision",
        entityId: `route-${i}`,
        bodyId: null,
        after: { outcome: "accepted" },
      });
    expect((await writeAuditCheckpoint(ctx, auditAnchorOf(audit))).status).toBe("written");

    const intact = await app.inject({ url: "/api/audit/verify?lang=en", headers: { cookie } });
    expect(intact.statusCode).toBe(200);
    expect(intact.json()).toMatchObject({ ok: true, anchor: { keyConfigured: true, checkpoints: 1 } });
    expect(intact.json().anchorProblem).toBeUndefined();
    expect(intact.json().messages.errors).toEqual([]);
    expect(intact.json().messages.info.join("\n")).toMatch(/intact/);

    // The attacker with the table owner's role deletes the last 20 entries.
    await engine.database.db.execute(sql`alter table audit_log disable trigger user`);
    await engine.database.db.execute(sql`delete from audit_log where id > (select max(id) - 20 from audit_log)`);
    await engine.database.db.execute(sql`alter table audit_log enable trigger user`);

    const words: Record<string, RegExp> = { en: /TRUNCATED/, ru: /УСЕЧЁН/, kk: /ҚЫСҚАРТЫЛҒАН/ };
    for (const [lang, pattern] of Object.entries(words)) {
      const broken = await app.inject({ url: `/api/audit/verify?lang=${lang}`, headers: { cookie } });
      expect(broken.statusCode).toBe(200);
      expect(broken.json()).toMatchObject({ ok: false, anchorProblem: { kind: "truncated" } });
      expect(broken.json().brokenAt).toBeUndefined(); // the hashes that remain still follow
      expect(broken.json().messages.errors[0]).toMatch(pattern);
    }
    // Only roles with audit.read reach it.
    const { user: officer } = await createUser(ctx, "body_officer", (await createBody(ctx)).id);
    const officerCookie = await signInCookie(app, officer.email);
    expect((await app.inject({ url: "/api/audit/verify", headers: { cookie: officerCookie } })).statusCode).toBe(403);
  });
});
