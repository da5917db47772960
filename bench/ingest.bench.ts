/**
 * `npm run bench -- ingest [--rows N] [--engine pg|pglite] [--batch-size N]`: Pikir's full import
 * path against raw COPY of the same rows into the same table (the floor), in one process.
 *
 * A deterministic kk/ru corpus (1,000,000 items by default) is written as a template CSV. The floor
 * COPYs the same rows, already normalised, straight into feedback_keys and feedback_items (pg-copy-streams on the
 * server; COPY FROM '/dev/blob' on PGlite). The table is then emptied and `pikir import template`'s
 * path (services/imports: decode, parse, convert, batched upsert with history, counts, checkpoints)
 * imports the file. Prints both times, their ratio and the import's peak RSS. The engine is the
 * PostgreSQL server when DATABASE_URL is set (or --engine pg), else a disk-backed PGlite in a temp dir.
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { sql } from "drizzle-orm";
import pino from "pino";
import { createRng } from "../src/server/db/seed/data/demo-texts.ts";
import { upsertBody } from "../src/server/repositories/body.repository.ts";
import { importFile } from "../src/server/services/imports/import-file.ts";
import { SYSTEM_ACTOR } from "../src/server/context.ts";
import { guessLang } from "../src/server/importers/shared/text.ts";
import { parseDate } from "../src/server/importers/shared/dates.ts";
import type { Database } from "../src/server/db/client.ts";
import { argValue, openBenchDatabase, timed } from "./lib/bench-database.ts";

const KK = [
  "Ауылдағы жолды жөндеу мерзімін қысқарту керек",
  "Мектеп жанына бағдаршам орнатуды сұраймыз",
  "Жоба бойынша қоғамдық тыңдау өткізу қажет",
  "Емханадағы кезек тым ұзақ, дәрігерлер жетіспейді",
  "Аялдамаларға жылы павильон салу керек",
  "Саябақта балалар алаңы жоқ",
  "Жылу тарифі тым жоғары, қайта қарауды сұраймыз",
  "Құжатты мемлекеттік тілде жариялау қажет",
  "Жобаның 4-тармағын нақтылау керек",
];
const RU = [
  "Предлагаю увеличить число автобусов на маршруте",
  "Тариф на тепло слишком высокий, просим пересмотреть",
  "В пункте 7 не указан срок исполнения",
  "Поддерживаю проект, но нужно учесть мнение жителей",
  "Прошу отремонтировать дорогу во дворе",
  "Необходимо построить детский сад в микрорайоне",
  "Сроки обсуждения слишком короткие",
  "Нужен пешеходный переход у школы",
  "Уточните источники финансирования программы",
];
const KINDS = ["comment", "remark", "proposal", "comment"] as const;

interface CorpusRow {
  ref: string;
  day: string;
  kind: string;
  text: string;
}

function* corpus(rows: number): Generator<CorpusRow> {
  const rng = createRng(20250301);
  for (let i = 1; i <= rows; i++) {
    const kk = rng() < 0.45;
    const pool = kk ? KK : RU;
    const text = `${pool[Math.floor(rng() * pool.length)]} (№ ${i}, ${kk ? "өтініш" : "обращение"} ${Math.floor(rng() * 100_000)})`;
    const day = `${String(1 + Math.floor(rng() * 28)).padStart(2, "0")}.${String(1 + Math.floor(rng() * 12)).padStart(2, "0")}.2025`;
    yield { ref: `B-${i}`, day, kind: KINDS[i % 4]!, text };
  }
}

async function writeCorpus(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  out.write("Reference,Received on,Kind,Text\n");
  for (const r of corpus(rows)) if (!out.write(`${r.ref},${r.day},${r.kind},"${r.text}"\n`)) await once(out, "drain");
  out.end();
  await once(out, "finish");
}

const copyEscape = (s: string) => s.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n");

/**
 * The rows as COPY text for one table. Items are partitioned by year (migration 0012) and their
 * ids and source keys live in feedback_keys, so the floor is two COPYs: the keys, then the items
 * with the same ids — the least any loader must write into this schema.
 */
function* copyLines(table: "keys" | "items", rows: number, bodyId: string, chunk = 10_000): Generator<string> {
  let buffer: string[] = [];
  let id = 0;
  for (const r of corpus(rows)) {
    const receivedAt = parseDate(r.day)!.toISOString();
    buffer.push(
      (table === "keys"
        ? [++id, "bench-copy", r.ref, receivedAt]
        : [++id, bodyId, "own_form", r.kind, copyEscape(r.text), guessLang(r.text), receivedAt, "bench-copy", r.ref]
      ).join("\t"),
    );
    if (buffer.length >= chunk) {
      yield buffer.join("\n") + "\n";
      buffer = [];
    }
  }
  if (buffer.length) yield buffer.join("\n") + "\n";
}

const COLUMNS = {
  keys: "feedback_keys (id, source, source_ref, received_at)",
  items: "feedback_items (id, body_id, channel, kind, text, lang, received_at, source, source_ref)",
};

async function copyFloor(database: Database, rows: number, bodyId: string): Promise<void> {
  const client = (database.db as unknown as { $client: unknown }).$client;
  for (const table of ["keys", "items"] as const) {
    if (database.engine === "pg") {
      const { from } = await import("pg-copy-streams");
      const pool = client as import("pg").Pool;
      const connection = await pool.connect();
      try {
        await pipeline(
          Readable.from(copyLines(table, rows, bodyId)),
          connection.query(from(`COPY ${COLUMNS[table]} FROM STDIN`)),
        );
      } finally {
        connection.release();
      }
      continue;
    }
    const pglite = client as import("@electric-sql/pglite").PGlite;
    // PGlite reads COPY input from a Blob; 100,000 rows a statement keeps the blob small.
    for (const part of copyLines(table, rows, bodyId, 100_000)) {
      await pglite.query(`COPY ${COLUMNS[table]} FROM '/dev/blob'`, [], { blob: new Blob([part]) });
    }
  }
}

export async function run(args: string[]): Promise<void> {
  const rows = Number(argValue(args, "rows", "1000000"));
  const engine = argValue(args, "engine", process.env.DATABASE_URL ? "pg" : "pglite") as "pg" | "pglite";
  const batchSize = Number(argValue(args, "batch-size", "2000"));
  const dir = mkdtempSync(path.join(tmpdir(), "pikir-ingest-"));
  const file = path.join(dir, "corpus.csv");
  const bench = await openBenchDatabase(engine);
  const ctx = { database: bench.database, log: pino({ level: "warn" }) };
  try {
    await writeCorpus(file, rows);
    console.log(
      `${bench.label}; corpus ${rows.toLocaleString("en")} kk/ru rows, ${(statSync(file).size / 1048576).toFixed(1)} MiB CSV; batch ${batchSize}`,
    );
    const body = await upsertBody(bench.database.db, {
      code: "bench-ingest",
      nameKk: "Бенчмарк",
      nameRu: "Бенчмарк",
      nameEn: "Benchmark",
      kind: "central",
      inScope: true,
      exclusionReason: null,
    });

    const copy = await timed(() => copyFloor(bench.database, rows, body.id));
    const [copied] = await bench.database.rows<{ n: number }>(
      sql`select count(*)::int as n from feedback_items where source = 'bench-copy'`,
    );
    await bench.database.db.execute(sql`truncate feedback_keys restart identity cascade`);
    await bench.database.db.execute(sql`checkpoint`);

    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 100);
    const rssBefore = process.memoryUsage().rss;
    const imported = await timed(() =>
      importFile(ctx, { ...SYSTEM_ACTOR, label: "bench" }, { importer: "template", file, bodyId: body.id, batchSize }),
    );
    clearInterval(sampler);
    const [count] = await bench.database.rows<{ n: number }>(
      sql`select count(*)::int as n from feedback_items where body_id = ${body.id}::uuid`,
    );

    const rate = (ms: number) => Math.round(rows / (ms / 1000)).toLocaleString("en");
    console.table([
      { path: "floor: COPY of the normalised rows", rows: copied!.n, ms: Math.round(copy.ms), "rows/s": rate(copy.ms) },
      {
        path: "Pikir: import template FILE (full path)",
        rows: count!.n,
        ms: Math.round(imported.ms),
        "rows/s": rate(imported.ms),
      },
    ]);
    console.log(
      `ratio full path / COPY: ${(imported.ms / copy.ms).toFixed(2)}×; import summary ${JSON.stringify({ read: imported.value.read, added: imported.value.added, rejected: imported.value.rejected })}`,
    );
    console.log(
      `peak RSS during the import ${(peakRss / 1048576).toFixed(0)} MiB (before it ${(rssBefore / 1048576).toFixed(0)} MiB)`,
    );
  } finally {
    await bench.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}
