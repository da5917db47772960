/**
 * Review 2026-12-security W6: the attacks of `scripts/rechain.mts` against the audit chain. Whoever
 * holds the database role deletes the chain's tail, or edits an entry and recomputes every later
 * hash; before the fix `pikir audit verify` answered "intact" to both. Now the signed checkpoints
 * (PIKIR_AUDIT_KEY, migration 0022) name the head as it was, so both are reported, and so are a
 * forged checkpoint and checkpoints deleted from the table (the external copy still holds them).
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { describeEachEngine } from "../../../../test/db.ts";
import { testContext } from "../../../../test/factories.ts";
import type { Database } from "../../db/client.ts";
import { appendAudit, GENESIS_HASH, hashAuditEntry } from "../../repositories/audit.repository.ts";
import { auditAnchorOf, signCheckpoint, type AuditKey } from "../../services/audit/audit-anchor.ts";
import { verifyAudit } from "../../services/audit/verify-audit.ts";
import { writeAuditCheckpoint } from "../../services/audit/write-audit-checkpoint.ts";
import { describeAuditVerification } from "../../services/audit/describe-audit-verification.ts";

const KEY = "test-audit-key-0123456789abcdef0123456789";

async function append(database: Database, n: number, label: string) {
  const ctx = testContext(database);
  for (let i = 0; i < n; i++)
    await appendAudit(ctx.database.db, {
      actorId: null,
      actorLabel: "system",
      action: "decision.create",
      entity: "decision",
      entityId: `${label}-${i}`,
      bodyId: null,
      after: { outcome: "rejected", reason: `reason ${i}` },
    });
}

/** The owner of the tables switches the append-only triggers off, as an attacker with the role can. */
async function disableGuards(database: Database) {
  await database.db.execute(sql`alter table audit_log disable trigger user`);
  await database.db.execute(sql`alter table audit_checkpoints disable trigger user`);
}

/** scripts/rechain.mts: recompute every hash from entry `from` on with the project's own function. */
async function rechain(database: Database, from: number) {
  const [prevRow] = await database.rows<{ hash: string }>(
    sql`select hash from audit_log where id < ${from} order by id desc limit 1`,
  );
  let prev = prevRow?.hash ?? GENESIS_HASH;
  const rows = await database.rows<Record<string, unknown>>(
    sql`select * from audit_log where id >= ${from} order by id`,
  );
  for (const r of rows) {
    const hash = hashAuditEntry(prev, {
      at: new Date(r.at as string),
      actorId: r.actor_id as string | null,
      actorLabel: r.actor_label as string,
      action: r.action as string,
      entity: r.entity as string,
      entityId: r.entity_id as string,
      bodyId: r.body_id as string | null,
      before: r.before,
      after: r.after,
    });
    await database.db.execute(sql`update audit_log set prev_hash = ${prev}, hash = ${hash} where id = ${r.id}`);
    prev = hash;
  }
}

const maxId = async (database: Database) =>
  (await database.rows<{ id: number }>(sql`select max(id)::int as id from audit_log`))[0]!.id;

describeEachEngine("audit chain tampering (W6)", (engine) => {
  const dir = mkdtempSync(path.join(tmpdir(), "pikir-audit-"));
  const anchor = () =>
    auditAnchorOf({ key: KEY, oldKeys: [], checkpointFile: path.join(dir, `${engine.engine}.jsonl`) });

  it("the tables refuse UPDATE, DELETE and TRUNCATE, and an intact chain with its checkpoints verifies", async () => {
    const ctx = testContext(engine.database);
    await append(engine.database, 5, "intact");
    const written = await writeAuditCheckpoint(ctx, anchor());
    expect(written.status).toBe("written");
    expect((await writeAuditCheckpoint(ctx, anchor())).status).toBe("nothing_new");
    for (const statement of [
      sql`delete from audit_log where id = 1`,
      sql`update audit_log set actor_label = 'x' where id = 1`,
      sql`truncate audit_log cascade`,
      sql`delete from audit_checkpoints`,
      sql`update audit_checkpoints set entries = 0`,
      sql`truncate audit_checkpoints`,
    ])
      await expect(engine.database.db.execute(statement)).rejects.toMatchObject({
        cause: { message: expect.stringMatching(/append-only/) },
      });
    const result = await verifyAudit(engine.database.db, undefined, anchor());
    expect(result).toMatchObject({ ok: true, checked: 5, anchor: { keyConfigured: true, checkpoints: 1 } });
    expect(describeAuditVerification(result, "en").info.join("\n")).toMatch(
      /intact: 5 entries[\s\S]*covers entry \d+ \(5 entries\)/,
    );
    // The external copy holds the same checkpoint, one JSON line.
    const copy = readFileSync(path.join(dir, `${engine.engine}.jsonl`), "utf8")
      .trim()
      .split("\n");
    expect(copy).toHaveLength(1);
  });

  it("a deleted tail (review: delete the last 50 entries) is reported as truncated, in kk, ru and en", async () => {
    const ctx = testContext(engine.database);
    await append(engine.database, 60, "tail");
    expect((await writeAuditCheckpoint(ctx, anchor())).status).toBe("written");
    await disableGuards(engine.database);
    await engine.database.db.execute(sql`delete from audit_log where id > (select max(id) - 50 from audit_log)`);
    const result = await verifyAudit(engine.database.db, undefined, anchor());
    expect(result.ok).toBe(false);
    expect(result.brokenAt).toBeUndefined();
    expect(result.anchorProblem).toMatchObject({ kind: "truncated", entries: 15, checkpoint: { entries: 65 } });
    const words = (locale: "kk" | "ru" | "en") => describeAuditVerification(result, locale).errors.join("\n");
    expect(words("en")).toMatch(
      /TRUNCATED: it ends at entry \d+ with 15 entries, but the checkpoint of \d\d\.\d\d\.\d{4} \d\d:\d\d signed entry \d+ with 65 entries/,
    );
    expect(words("ru")).toMatch(/УСЕЧЁН/);
    expect(words("kk")).toMatch(/ҚЫСҚАРТЫЛҒАН/);
  });

  it("an edited decision with the chain recomputed (rechain.mts) is reported as rewritten; no checkpoint is signed over it", async () => {
    const ctx = testContext(engine.database);
    await engine.database.db.execute(sql`alter table audit_log enable trigger user`);
    // Start again on a chain the previous test left truncated: a fresh file's checkpoints.
    const fresh = () =>
      auditAnchorOf({ key: KEY, oldKeys: [], checkpointFile: path.join(dir, `${engine.engine}-2.jsonl`) });
    const [target] = await engine.database.rows<{ id: number }>(sql`select min(id)::int as id from audit_log`);
    await disableGuards(engine.database);
    await engine.database.db.execute(sql`delete from audit_checkpoints`);
    await engine.database.db.execute(sql`alter table audit_checkpoints enable trigger user`);
    await engine.database.db.execute(sql`alter table audit_log enable trigger user`);
    expect((await writeAuditCheckpoint(ctx, fresh())).status).toBe("written");
    await append(engine.database, 3, "after");

    await disableGuards(engine.database);
    await engine.database.db.execute(
      sql`update audit_log set after = after || '{"outcome":"accepted","reason":"FORGED acceptance"}' where id = ${target!.id}`,
    );
    await rechain(engine.database, target!.id);
    const rewritten = await verifyAudit(engine.database.db, undefined, fresh());
    expect(rewritten.brokenAt).toBeUndefined(); // the hashes follow: only the anchor sees it
    expect(rewritten.ok).toBe(false);
    expect(rewritten.anchorProblem).toMatchObject({ kind: "rewritten" });
    expect(describeAuditVerification(rewritten, "en").errors[0]).toMatch(/REWRITTEN/);
    // The scheduled checkpoint does not bless the rewritten head.
    expect(await writeAuditCheckpoint(ctx, fresh())).toMatchObject({ status: "refused" });
    // Nor does an unsigned verification pass for a signed one: without the key it only warns.
    const unkeyed = await verifyAudit(engine.database.db, undefined, auditAnchorOf({ key: undefined, oldKeys: [] }));
    expect(unkeyed.anchorProblem?.kind).toBe("rewritten");
    expect(describeAuditVerification(unkeyed, "en").warnings[0]).toMatch(/PIKIR_AUDIT_KEY is not set/);
  });

  it("a checkpoint forged without the key, or deleted from the table, is reported", async () => {
    const ctx = testContext(engine.database);
    const third = () =>
      auditAnchorOf({ key: KEY, oldKeys: [], checkpointFile: path.join(dir, `${engine.engine}-3.jsonl`) });
    await disableGuards(engine.database);
    await engine.database.db.execute(sql`delete from audit_checkpoints`);
    await engine.database.db.execute(sql`alter table audit_checkpoints enable trigger user`);
    // The chain as the attacker left it is consistent; anchor it, then add to it.
    expect((await writeAuditCheckpoint(ctx, third())).status).toBe("written");
    await append(engine.database, 2, "more");
    expect((await writeAuditCheckpoint(ctx, third())).status).toBe("written");

    // A checkpoint signed with a guessed key over a made-up head.
    const [latest] = await engine.database.rows<{ signature: string }>(
      sql`select signature from audit_checkpoints order by id desc limit 1`,
    );
    const guessed: AuditKey = { id: auditAnchorOf({ key: KEY, oldKeys: [] }).current!.id, secret: "x".repeat(40) };
    const forged = signCheckpoint(guessed, {
      at: new Date(),
      lastId: await maxId(engine.database),
      lastHash: "f".repeat(64),
      entries: 1,
      prevSignature: latest!.signature,
    });
    await engine.database.db.execute(
      sql`insert into audit_checkpoints (at, last_id, last_hash, entries, prev_signature, key_id, signature)
          values (${forged.at.toISOString()}::timestamptz, ${forged.lastId}, ${forged.lastHash}, ${forged.entries}, ${forged.prevSignature}, ${forged.keyId}, ${forged.signature})`,
    );
    const withForgery = await verifyAudit(engine.database.db, undefined, third());
    expect(withForgery.anchorProblem).toMatchObject({ kind: "forged", reason: "invalid" });
    expect(describeAuditVerification(withForgery, "ru").errors[0]).toMatch(/недействительная подпись/);

    // The attacker deletes every checkpoint: the external copy still has them.
    await disableGuards(engine.database);
    await engine.database.db.execute(sql`delete from audit_checkpoints`);
    const dropped = await verifyAudit(engine.database.db, undefined, third());
    expect(dropped.anchorProblem?.kind).toBe("dropped");
    expect(describeAuditVerification(dropped, "kk").errors[0]).toMatch(/ЖОЙЫЛҒАН/);
  });
});
