/**
 * `npm run bench -- evaluate [--items 10000000] [--engine pg|pglite]`: evaluating every body over a
 * year of items. Generates the items in SQL (deterministic), then times
 *   reference: the full recount from the items (a scan with the decision and answer joins),
 *   Pikir:     the incremental per-day figures (migration 0006) as the evaluation reads them,
 * and, for the write side, what the triggers cost: inserting 1M items with them on and off.
 */
import { sql } from "drizzle-orm";
import { seedRegistry } from "../src/server/db/seed/seed-registry.ts";
import { listInScopeBodies } from "../src/server/repositories/body.repository.ts";
import {
  sumRecordedFigures,
  sumRecordedFiguresFromItems,
} from "../src/server/repositories/indicator-figures.repository.ts";
import { computeRecordedIndicators } from "../src/server/services/indicators/recorded-indicator.ts";
import { periodBounds } from "../src/server/services/period.ts";
import { createLogger } from "../src/server/logger.ts";
import { ProgressBar } from "../src/cli/progress.ts";
import { argValue, median, openBenchDatabase, timed } from "./lib/bench-database.ts";
import { deleteSyntheticItems, insertSyntheticItems } from "./lib/synthetic-items.ts";

const CHUNK = 1_000_000;

export async function run(args: string[]): Promise<void> {
  const total = Number(argValue(args, "items", "10000000"));
  const engine = argValue(args, "engine", "pg") as "pg" | "pglite";
  const bench = await openBenchDatabase(engine);
  const { database } = bench;
  try {
    const ctx = { database, log: createLogger("warn") };
    await seedRegistry(ctx);
    const bodies = await listInScopeBodies(database.db);
    const bodyArray = `{${bodies.map((b) => b.id).join(",")}}`;
    console.log(
      `${bench.label}; ${bodies.length} in-scope bodies; generating ${total.toLocaleString("en")} items over 2025 …`,
    );

    const insertChunk = (offset: number, size: number) =>
      insertSyntheticItems(database, offset + 1, offset + size, {
        bodyId: sql`(${bodyArray}::uuid[])[1 + (g * 7919) % ${bodies.length}]`,
        channel: sql`'legal_acts_portal'::channel`,
        kind: sql`(array['remark','proposal','comment','comment','appeal']::item_kind[])[1 + (k.g * 31) % 5]`,
        text: sql`'Жоба бойынша ескерту ' || k.g`,
        lang: sql`'kk'::item_lang`,
        receivedAt: sql`timestamptz '2025-01-01 00:00+05' + ((g * 104729) % 31536000) * interval '1 second'`,
        source: "bench",
      });

    // Write-side cost of the triggers: the same 1M-row insert without and with them.
    const probe = Math.min(CHUNK, total);
    await database.db.execute(sql`alter table feedback_items disable trigger user`);
    const withoutTriggers = await timed(() => insertChunk(10_000_000_000, probe));
    await deleteSyntheticItems(database, "bench", sql`source_ref::bigint > 10000000000`);
    await database.db.execute(sql`alter table feedback_items enable trigger user`);

    const bar = new ProgressBar("items");
    let withTriggersMs = 0;
    for (let offset = 0; offset < total; offset += CHUNK) {
      const size = Math.min(CHUNK, total - offset);
      const { ms } = await timed(() => insertChunk(offset, size));
      if (offset === 0) withTriggersMs = ms * (probe / size);
      bar.update(offset + size, total);
    }
    bar.finish();
    // Decisions for 60% of remarks/proposals (half with a §20.1 reference), answers for half the comments.
    await database.db.execute(sql`insert into decisions (item_id, outcome, reason, reference_kind, reference_text)
      select id, case when id % 5 < 2 then 'accepted' else 'rejected' end::decision_outcome,
        case when id % 5 >= 2 then 'Негізсіз' end, case when id % 5 < 2 then 'act_clause' end::reference_kind,
        case when id % 5 = 0 then '5-тармақ' when id % 5 = 1 then '' end
      from feedback_items where kind in ('remark','proposal') and id % 10 < 6`);
    await database.db.execute(
      sql`insert into answers (item_id, text) select id, 'Рахмет' from feedback_items where kind = 'comment' and id % 2 = 0`,
    );
    await database.db.execute(sql`analyze`);

    const bounds = periodBounds("2025-01-01", "2025-12-31");
    const ids = bodies.map((b) => b.id);
    const fast = await sumRecordedFigures(database.db, bounds.from, bounds.before, ids);
    const slow = await sumRecordedFiguresFromItems(database.db, bounds.from, bounds.before, ids);
    const key = (rows: typeof fast) => JSON.stringify([...rows].sort((a, b) => a.bodyId.localeCompare(b.bodyId)));
    if (key(fast) !== key(slow)) throw new Error("incremental figures differ from the recount: the benchmark is void");

    const reference = await median(3, () => sumRecordedFiguresFromItems(database.db, bounds.from, bounds.before, ids));
    const pikirSum = await median(7, () => sumRecordedFigures(database.db, bounds.from, bounds.before, ids));
    const pikirFull = await median(7, () =>
      computeRecordedIndicators(database.db, { from: "2025-01-01", to: "2025-12-31" }, ids),
    );
    const [{ n }] = (await database.rows<{ n: number }>(sql`select count(*)::int as n from feedback_items`)) as [
      { n: number },
    ];

    console.table([
      { measure: "evaluate every body, year 2025: full recount from items (reference)", ms: reference.toFixed(1) },
      {
        measure: "the same figures from indicator_daily",
        ms: pikirSum.toFixed(1),
        "× faster": (reference / pikirSum).toFixed(0),
      },
      {
        measure: "whole evaluation (figures + open access + F + bands + explanations)",
        ms: pikirFull.toFixed(1),
        "× faster": (reference / pikirFull).toFixed(0),
      },
      {
        measure: `insert ${probe.toLocaleString("en")} items, triggers off (reference)`,
        ms: withoutTriggers.ms.toFixed(0),
      },
      {
        measure: `insert ${probe.toLocaleString("en")} items, triggers on`,
        ms: withTriggersMs.toFixed(0),
        "× slower": (withTriggersMs / withoutTriggers.ms).toFixed(2),
      },
    ]);
    console.log(`${n.toLocaleString("en")} items in the database; figures verified equal to the recount.`);
  } finally {
    await bench.dispose();
  }
}
