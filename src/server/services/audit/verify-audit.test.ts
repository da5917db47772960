import { expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createItems, createUser, testContext } from "../../../../test/factories.ts";
import { decideItem } from "../feedback/decide-item.ts";
import { answerComment } from "../feedback/answer-comment.ts";
import { verifyAudit } from "./verify-audit.ts";

describeEachEngine("audit log hash chain", (engine) => {
  it("verifies an intact chain and names the first altered entry", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const { actor } = await createUser(ctx, "body_officer", body.id);
    const [remark, comment] = await createItems(ctx, body.id, [{ kind: "remark" }, { kind: "comment" }]);
    await decideItem(ctx, actor, { itemId: remark!.id, outcome: "rejected", reason: "Қайшы келеді" });
    await answerComment(ctx, actor, { itemId: comment!.id, text: "Жауап: «ескерілді» — 100%" });
    const intact = await verifyAudit(ctx.database.db);
    expect(intact.ok).toBe(true);
    expect(intact.checked).toBeGreaterThanOrEqual(2);

    const [target] = await ctx.database.rows<{ id: number }>(
      sql`select id from audit_log where action = 'decision.create' order by id desc limit 1`,
    );
    // The table refuses UPDATE and DELETE (migration 0022); its owner can still switch that off.
    await expect(ctx.database.db.execute(sql`delete from audit_log where id = ${target!.id}`)).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/append-only/) },
    });
    await ctx.database.db.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
    await ctx.database.db.execute(
      sql`update audit_log set after = jsonb_set(after, '{outcome}', '"accepted"') where id = ${target!.id}`,
    );
    const tampered = await verifyAudit(ctx.database.db);
    expect(tampered.ok).toBe(false);
    expect(tampered.brokenAt).toEqual({ id: target!.id, reason: "hash_mismatch" });

    // Deleting a row breaks the link of the row after it.
    await ctx.database.db.execute(sql`delete from audit_log where id = ${target!.id}`);
    const deleted = await verifyAudit(ctx.database.db);
    expect(deleted.ok).toBe(false);
    expect(deleted.brokenAt?.reason).toBe("prev_hash_mismatch");
  });
});
