/**
 * Feedback partitioned by year (issue 7, migration 0012), on both engines: items land in their
 * year's partition, a year without one waits in the default partition and moves out when its
 * partition is made, an import that corrects a date moves the item between years, and through all
 * of it the source key stays unique, ids stay stable and the §20 figures do not change.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createItems, testContext } from "../../../../test/factories.ts";
import { SYSTEM_ACTOR } from "../../context.ts";
import { ensureFeedbackYears, listFeedbackPartitions } from "../../repositories/feedback-partitions.repository.ts";
import { findFeedbackItem } from "../../repositories/feedback-item.repository.ts";
import { sumRecordedFigures, sumRecordedFiguresFromItems } from "../../repositories/indicator-figures.repository.ts";
import { importFile } from "../imports/import-file.ts";
import { periodBounds } from "../period.ts";
import { ensureFeedbackPartitions } from "./ensure-feedback-partitions.ts";

const actor = { ...SYSTEM_ACTOR, label: "test" };

function templateFile(rows: [ref: string, day: string, text: string][]): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "pikir-part-")), "items.csv");
  // Registered as received on the NPA portal, so the remarks count in C (§2.8) and the figures can follow them.
  writeFileSync(
    file,
    [
      "Reference,Received on,Kind,Text,Language,Channel",
      ...rows.map(([ref, day, text]) => `${ref},${day},remark,"${text}",kk,legal_acts_portal`),
    ].join("\n") + "\n",
  );
  return file;
}

describeEachEngine("feedback partitioned by year", (engine) => {
  const ctx = () => testContext(engine.database);
  const partitionOf = async (id: number) =>
    (
      await engine.database.rows<{ part: string }>(
        sql`select tableoid::regclass::text as part from feedback_items where id = ${id}`,
      )
    ).map((r) => r.part);

  it("puts each item in its Kazakhstan year's partition, and keeps a year without one in the default partition", async () => {
    const body = await createBody(ctx());
    // 31.12.2024 20:00 UTC is already 01.01.2025 in Astana.
    const [late2024, early2025, far] = await createItems(ctx(), body.id, [
      { receivedAt: new Date("2024-12-31T18:59:59Z") },
      { receivedAt: new Date("2024-12-31T19:00:00Z") },
      { receivedAt: new Date("2041-05-01T10:00:00+05:00") },
    ]);
    expect(await partitionOf(late2024!.id)).toEqual(["feedback_items_y2024"]);
    expect(await partitionOf(early2025!.id)).toEqual(["feedback_items_y2025"]);
    expect(await partitionOf(far!.id)).toEqual(["feedback_items_default"]);
    const partitions = await listFeedbackPartitions(engine.database.db);
    expect(partitions.filter((p) => !p.isDefault).map((p) => p.name)).toEqual(
      expect.arrayContaining(["feedback_items_y2020", "feedback_items_y2030"]),
    );
    expect(partitions.find((p) => p.isDefault)!.rows).toBeGreaterThanOrEqual(1);
  });

  it("moves a year's items out of the default partition when its partition is made, changing no id and no figure", async () => {
    const body = await createBody(ctx());
    const items = await createItems(ctx(), body.id, [
      { receivedAt: new Date("2042-03-01T10:00:00+05:00"), kind: "remark" },
      { receivedAt: new Date("2042-07-01T10:00:00+05:00"), kind: "comment" },
    ]);
    const year = periodBounds("2042-01-01", "2042-12-31");
    const before = await sumRecordedFigures(engine.database.db, year.from, year.before, [body.id]);
    expect(before[0]).toMatchObject({ remarksReceived: 1, commentsReceived: 1 });

    expect(await ensureFeedbackYears(engine.database.db, [2042])).toEqual([2042]);
    expect(await ensureFeedbackYears(engine.database.db, [2042])).toEqual([]);
    for (const item of items) {
      expect(await partitionOf(item.id)).toEqual(["feedback_items_y2042"]);
      expect((await findFeedbackItem(engine.database.db, item.id))?.text).toBe(item.text);
    }
    expect(await sumRecordedFigures(engine.database.db, year.from, year.before, [body.id])).toEqual(before);
    expect(await sumRecordedFiguresFromItems(engine.database.db, year.from, year.before, [body.id])).toEqual(before);
  });

  it("keeps this year's and the next two years' partitions made", async () => {
    expect(await ensureFeedbackPartitions(ctx(), "2043-11-25")).toEqual({ made: [2043, 2044, 2045] });
    expect(await ensureFeedbackPartitions(ctx(), "2044-01-01")).toEqual({ made: [2046] });
  });

  it("moves an item to another year when a re-import corrects its date, and the source key stays unique", async () => {
    const body = await createBody(ctx());
    const first = await importFile(ctx(), actor, {
      importer: "template",
      file: templateFile([
        ["P-1", "30.12.2025", "Жол жөндеу керек"],
        ["P-2", "15.06.2025", "Мектеп салу керек"],
      ]),
      bodyId: body.id,
    });
    expect(first).toMatchObject({ added: 2, rejected: 0 });
    const [moved] = await engine.database.rows<{ id: number }>(
      sql`select id from feedback_items where body_id = ${body.id}::uuid and received_at > '2025-12-01'`,
    );
    expect(await partitionOf(moved!.id)).toEqual(["feedback_items_y2025"]);

    const corrected = templateFile([
      ["P-1", "05.01.2026", "Жол жөндеу керек"],
      ["P-2", "15.06.2025", "Мектеп салу керек"],
    ]);
    expect(await importFile(ctx(), actor, { importer: "template", file: corrected, bodyId: body.id })).toMatchObject({
      added: 0,
      updated: 1,
      unchanged: 1,
    });
    expect(await partitionOf(moved!.id)).toEqual(["feedback_items_y2026"]);
    const [key] = await engine.database.rows<{ receivedAt: string }>(
      sql`select to_char(received_at at time zone 'Asia/Almaty', 'YYYY-MM-DD') as "receivedAt" from feedback_keys where id = ${moved!.id}`,
    );
    expect(key!.receivedAt).toBe("2026-01-05");
    // The same file again: found through the registry in its new year, nothing added or changed.
    expect(await importFile(ctx(), actor, { importer: "template", file: corrected, bodyId: body.id })).toMatchObject({
      added: 0,
      updated: 0,
      unchanged: 2,
    });
    const [counts] = await engine.database.rows<{ items: number; keys: number; history: number }>(sql`select
      (select count(*)::int from feedback_items where body_id = ${body.id}::uuid) as items,
      (select count(*)::int from feedback_keys k join feedback_items f on f.id = k.id and f.received_at = k.received_at where f.body_id = ${body.id}::uuid) as keys,
      (select count(*)::int from feedback_item_history where item_id = ${moved!.id}) as history`);
    expect(counts).toEqual({ items: 2, keys: 2, history: 1 });
    // The figures follow the move: the remark left 2025 and counts in 2026.
    for (const [from, to, remarks] of [
      ["2025-01-01", "2025-12-31", 1],
      ["2026-01-01", "2026-12-31", 1],
    ] as const) {
      const bounds = periodBounds(from, to);
      const fast = await sumRecordedFigures(engine.database.db, bounds.from, bounds.before, [body.id]);
      expect(fast).toEqual(
        await sumRecordedFiguresFromItems(engine.database.db, bounds.from, bounds.before, [body.id]),
      );
      expect(fast[0]?.remarksReceived).toBe(remarks);
    }
  });

  it("refuses a second item with a source key that exists in another year", async () => {
    const body = await createBody(ctx());
    const [item] = await createItems(ctx(), body.id, [{ receivedAt: new Date("2023-02-01T10:00:00+05:00") }]);
    const again = await createItems(ctx(), body.id, [
      { source: item!.source, sourceRef: item!.sourceRef, receivedAt: new Date("2027-02-01T10:00:00+05:00") },
    ]);
    expect(again).toEqual([]);
    await expect(
      engine.database.db.execute(
        sql`insert into feedback_keys (source, source_ref, received_at) values (${item!.source}, ${item!.sourceRef}, now())`,
      ),
    ).rejects.toThrow();
  });
});
