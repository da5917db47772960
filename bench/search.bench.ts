/**
 * `npm run bench -- search [--rows N]` (issue 12): which text index the inbox's one-word search
 * should have, by measurement. On a fresh PostgreSQL database, N items of the analysis corpus
 * (kk/ru/en with campaigns, one body, over 2025) are COPYed into a table with the inbox's btree
 * indexes; then, in the same run:
 *
 * - bulk load: the COPY without a text index, building each index afterwards (deferred maintenance),
 *   and COPYing a tenth more rows into the loaded table with each index maintained;
 * - search: the inbox's two statements for a one-word search (the newest 50 matches and the count
 *   capped at 10,001), as `ILIKE '%word%'` on a trigram GIN index and as a word-prefix match
 *   `to_tsvector('simple', text) @@ 'word:*'` on a tsvector GIN index, 5 runs of each word, p50/p95.
 */
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { loadavg } from "node:os";
import type pg from "pg";
import { argValue, openBenchDatabase, timed } from "./lib/bench-database.ts";
import { corpusItem } from "./analyze.bench.ts";

const WORDS = ["тариф", "автобус", "мектеп", "емхана", "сквер", "отопление", "қоқыс", "жол", "вакцина"];
const YEAR_START = Date.UTC(2025, 0, 1, 5);
const YEAR_MS = 365 * 86_400_000;
const KINDS = ["comment", "remark", "proposal", "comment"];

const esc = (s: string) => s.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n");

function* copyText(from: number, to: number, total: number): Generator<string> {
  let buffer: string[] = [];
  for (let i = from; i < to; i++) {
    const at = new Date(YEAR_START + Math.floor((i * YEAR_MS) / total));
    buffer.push(`${i}\t1\t${KINDS[i % 4]}\t${at.toISOString()}\t${esc(corpusItem(i + 1).text)}`);
    if (buffer.length === 10_000) {
      yield buffer.join("\n") + "\n";
      buffer = [];
    }
  }
  if (buffer.length) yield buffer.join("\n") + "\n";
}

const TSV = "to_tsvector('simple', text)";

type Variant = "trgm" | "tsv" | "tsv+ilike";

/** tsv+ilike: the word-prefix match with a cheap ILIKE beside it, which the planner evaluates first when it walks the date index. */
function queries(kind: Variant, word: string, cap: number): { page: string; count: string } {
  const prefix = `${TSV} @@ to_tsquery('simple', '${word}:*')`;
  const match =
    kind === "trgm" ? `text ilike '%${word}%'` : kind === "tsv" ? prefix : `text ilike '%${word}%' and ${prefix}`;
  const where = `body_id = 1 and ${match}`;
  return {
    page: `select id, text from search_items where ${where} order by received_at desc, id desc limit 50`,
    count: `select count(*) from (select 1 from search_items where ${where} order by received_at desc limit ${cap + 1}) m`,
  };
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

export async function run(args: string[]): Promise<void> {
  const rows = Number(argValue(args, "rows", "1000000"));
  const extra = Math.max(1, Math.floor(rows / 10));
  // --indexes tsv skips the trigram index (its build is the slow part); --caps 10000,1000: the count caps to measure.
  const indexes = argValue(args, "indexes", "trgm,tsv").split(",");
  const caps = argValue(args, "caps", "10000").split(",").map(Number);
  const bench = await openBenchDatabase("pg");
  const client = (bench.database.db as unknown as { $client: pg.Pool }).$client;
  const connection = await client.connect();
  const q = (text: string) => connection.query(text);
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(1))
      .join(" ");
  const copy = async (from: number, to: number, total: number) =>
    pipeline(
      Readable.from(copyText(from, to, total)),
      connection.query((await import("pg-copy-streams")).from("COPY search_items FROM STDIN")),
    );
  try {
    console.log(`${bench.label}; ${rows.toLocaleString("en")} items in one body; load average ${load()}`);
    await q(`create table search_items (id bigint primary key, body_id int not null, kind text not null,
      received_at timestamptz not null, text text not null)`);
    await q("create index on search_items (body_id, kind, received_at)");
    await q("create index on search_items (body_id, received_at)");
    const table: { step: string; ms: number; note: string }[] = [];
    const step = async (name: string, work: () => Promise<unknown>, note = "") => {
      const { ms } = await timed(work);
      table.push({ step: name, ms: Math.round(ms), note });
      console.log(`  ${name}: ${Math.round(ms).toLocaleString("en")} ms ${note} (load ${load()})`);
    };
    const total = rows + 3 * extra;
    await step(`COPY ${rows.toLocaleString("en")} rows, no text index`, () => copy(0, rows, total));
    if (indexes.includes("trgm"))
      await step("build trigram GIN afterwards", () =>
        q("create index search_trgm on search_items using gin (text gin_trgm_ops)"),
      );
    await step("build tsvector('simple') GIN afterwards", () =>
      q(`create index search_tsv on search_items using gin (${TSV})`),
    );
    await q("analyze search_items");
    const size = async (index: string) =>
      (await q(`select pg_size_pretty(pg_relation_size('${index}')) as s`)).rows[0].s as string;
    console.log(
      `  index sizes: trigram ${indexes.includes("trgm") ? await size("search_trgm") : "-"}, tsvector ${await size("search_tsv")}; table ${await size("search_items")}`,
    );

    const results: Record<string, string | number>[] = [];
    const runs: { kind: Variant; cap: number }[] = [];
    for (const kind of ["trgm", "tsv", "tsv+ilike"] as const)
      if (indexes.includes(kind === "trgm" ? "trgm" : "tsv")) for (const cap of caps) runs.push({ kind, cap });
    for (const { kind, cap } of runs) {
      const all: number[] = [];
      for (const word of WORDS) {
        const { page, count } = queries(kind, word, cap);
        await q(page); // warm
        const times: number[] = [];
        let matches = 0;
        for (let r = 0; r < 5; r++) {
          const t = await timed(async () => {
            await q(page);
            matches = Number((await q(count)).rows[0].count);
          });
          times.push(t.ms);
        }
        all.push(...times);
        results.push({ index: kind, cap, word, matches, "p50 ms": pct(times, 0.5).toFixed(1) });
      }
      results.push({
        index: kind,
        cap,
        word: "ALL",
        matches: "",
        "p50 ms": pct(all, 0.5).toFixed(1),
        "p95 ms": pct(all, 0.95).toFixed(1),
      });
    }
    console.table(results);
    const plan = async (kind: Variant, word: string) =>
      (await q(`explain (analyze, buffers off, timing off) ${queries(kind, word, caps[0]!).count}`)).rows
        .map((r) => r["QUERY PLAN"])
        .join("\n    ");
    for (const { kind } of runs.filter((r) => r.cap === caps[0]))
      console.log(`  plan, ${kind} «сквер» count (cap ${caps[0]}):\n    ${await plan(kind, "сквер")}`);

    // Maintained during a load: a tenth more rows into the loaded table with one text index at a time.
    if (indexes.includes("trgm")) {
      await q("drop index search_tsv");
      await step(`COPY ${extra.toLocaleString("en")} more, trigram GIN maintained`, () =>
        copy(rows, rows + extra, total),
      );
      await q("drop index search_trgm");
      await q(`create index search_tsv on search_items using gin (${TSV})`);
    }
    await step(`COPY ${extra.toLocaleString("en")} more, tsvector GIN maintained`, () =>
      copy(rows + extra, rows + 2 * extra, total),
    );
    await q("drop index search_tsv");
    await step(`COPY ${extra.toLocaleString("en")} more, no text index`, () =>
      copy(rows + 2 * extra, rows + 3 * extra, total),
    );
    console.table(table);
    console.log(`load average at the end ${load()}`);
  } finally {
    connection.release();
    await bench.dispose();
  }
}
