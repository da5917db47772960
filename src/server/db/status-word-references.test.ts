/**
 * Migration 0021 (issue 10): acceptances imported before 0013 carried the portal's status word as
 * their §20.1 reference and counted in B. pikir_clear_status_word_references() — the function the
 * migration runs once — makes them "accepted, reference missing", keeping the word as the text.
 */
import { expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { describeEachEngine } from "../../../test/db.ts";
import { createBody, createItems, testContext } from "../../../test/factories.ts";
import { insertDecision, listDecisionHistory } from "../repositories/decision.repository.ts";
import { sumRecordedFigures, sumRecordedFiguresFromItems } from "../repositories/indicator-figures.repository.ts";

const from = new Date("2025-01-01T00:00:00+05:00");
const before = new Date("2026-01-01T00:00:00+05:00");

describeEachEngine("migration 0021: §20.1 status words are not references", (engine) => {
  it("clears the status-word references of current acceptances, keeps the word, and B drops", async () => {
    const ctx = testContext(engine.database);
    const db = engine.database.db;
    const body = await createBody(ctx);
    const items = await createItems(ctx, body.id, [{}, {}, {}, {}, {}]);
    // As the importers wrote them before 0013: reference = reply ?? clause ?? status word.
    const legacy = [
      { itemId: items[0]!.id, referenceText: "Принято", reason: null },
      { itemId: items[1]!.id, referenceText: " Учтено. ", reason: "Замечание учтено в новой редакции" },
      { itemId: items[2]!.id, referenceText: "Қабылданды", reason: null },
    ];
    for (const d of legacy)
      await insertDecision(db, { ...d, outcome: "accepted", referenceKind: "act_clause", decidedAt: new Date() });
    // A real reference (kept) and a rejection (untouched).
    await insertDecision(db, {
      itemId: items[3]!.id,
      outcome: "accepted",
      referenceKind: "act_clause",
      referenceText: "п. 9 приказа МФ № 123 от 01.03.2025",
      decidedAt: new Date(),
    });
    await insertDecision(db, {
      itemId: items[4]!.id,
      outcome: "rejected",
      reason: "Не принято",
      decidedAt: new Date(),
    });
    const [beforeFix] = await sumRecordedFigures(db, from, before, [body.id]);
    expect(beforeFix).toMatchObject({ remarksReceived: 5, acceptedWithReference: 4, acceptedWithoutReference: 0 });

    const [{ n } = { n: 0 }] = await engine.database.rows<{ n: number }>(
      sql`select pikir_clear_status_word_references() as n`,
    );
    expect(n).toBe(3);

    const current = async (itemId: number) => (await listDecisionHistory(db, itemId)).at(-1)!;
    expect(await current(items[0]!.id)).toMatchObject({
      outcome: "accepted",
      referenceText: null,
      referenceKind: null,
      reason: "Принято",
    });
    // The item's own reply stays its text; the status word is not written over it.
    expect(await current(items[1]!.id)).toMatchObject({
      referenceText: null,
      reason: "Замечание учтено в новой редакции",
    });
    expect(await current(items[2]!.id)).toMatchObject({ referenceText: null, reason: "Қабылданды" });
    expect(await current(items[3]!.id)).toMatchObject({ referenceText: "п. 9 приказа МФ № 123 от 01.03.2025" });
    expect(await current(items[4]!.id)).toMatchObject({ outcome: "rejected", reason: "Не принято" });

    // §20.1: only the real reference stays in B; the triggers' table and the full recount agree.
    const [afterFix] = await sumRecordedFigures(db, from, before, [body.id]);
    expect(afterFix).toMatchObject({ acceptedWithReference: 1, acceptedWithoutReference: 3, rejected: 1 });
    const [recount] = await sumRecordedFiguresFromItems(db, from, before, [body.id]);
    expect(recount).toMatchObject({ acceptedWithReference: 1, acceptedWithoutReference: 3 });
    // Running it again changes nothing.
    const [again] = await engine.database.rows<{ n: number }>(sql`select pikir_clear_status_word_references() as n`);
    expect(again!.n).toBe(0);
  });
});
