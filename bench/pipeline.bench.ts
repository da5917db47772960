/**
 * `npm run bench -- pipeline [--rows N] [--engine pg|pglite] [--batch-size N] [--two-pass]` (issue 12): the
 * national-scale pipeline end to end — a template file imported and every item labelled (language,
 * kind, appeal type, sentiment, topic, campaign groups per quarter) — against, in the same process,
 * the analysis alone over the same texts and a bare COPY of the same rows into an unindexed table.
 *
 * A fresh database; a deterministic kk/ru corpus with form-letter campaigns (bench/analyze.bench.ts's
 * corpus: 5% letters of 200 campaigns) spread over the four quarters of 2025, written as a template
 * CSV. The pipeline is what Pikir does with such a file: `importFile` (stream-parse, convert, batched
 * upsert with history and checkpoints, and since issue 12 the labels of each committed batch from
 * the analysis worker thread, COPYed and merged while the next batch is parsed), then the
 * analysis.label job's pass over the body's unlabelled quarters (nothing, when the single pass
 * labelled everything). `--two-pass` turns the single pass off: the import, then the job. The last line is
 * `pipeline: N items/s end to end; analysis alone A items/s; bare COPY K rows/s`.
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { once } from "node:events";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { sql } from "drizzle-orm";
import pino from "pino";
import { upsertBody } from "../src/server/repositories/body.repository.ts";
import { importFile } from "../src/server/services/imports/import-file.ts";
import { labelPendingItems } from "../src/server/services/analysis/label-pending.ts";
import { createQuarterLabeller } from "../src/server/services/analysis/label-rows.ts";
import { stopAnalysisThread } from "../src/server/services/analysis/analysis-client.ts";
import { SYSTEM_ACTOR } from "../src/server/context.ts";
import type { Database } from "../src/server/db/client.ts";
import { argValue, openBenchDatabase, timed } from "./lib/bench-database.ts";
import { samplePgCpu } from "./lib/pg-cpu.ts";
import { corpusItem } from "./analyze.bench.ts";

const KINDS = ["comment", "remark", "proposal", "comment"] as const;
const DAY_MS = 86_400_000;
const YEAR_START = Date.UTC(2025, 0, 1, 5); // 10:00 in Kazakhstan

interface Row {
  ref: string;
  receivedAt: Date;
  kind: string;
  text: string;
}

/** Row i: the analysis corpus's text, a kind, and an instant of 2025 rising with i (as an export is ordered by date). */
function row(i: number, rows: number): Row {
  const at = YEAR_START + Math.floor(((i - 1) * 365 * DAY_MS) / rows / 1000) * 1000;
  return { ref: `P-${i}`, receivedAt: new Date(at), kind: KINDS[i % 4]!, text: corpusItem(i).text };
}

async function writeCorpus(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  out.write("Reference,Received on,Kind,Text\n");
  for (let i = 1; i <= rows; i++) {
    const r = row(i, rows);
    if (!out.write(`${r.ref},${r.receivedAt.toISOString()},${r.kind},"${r.text.replace(/"/g, '""')}"\n`))
      await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

/** The analysis alone: the label job's per-item work (createQuarterLabeller) on this thread, quarter by quarter. */
function analyseAlone(rows: number): { ms: number; cpuMs: number } {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let quarter = -1;
  let labeller = createQuarterLabeller("00000000-0000-0000-0000-000000000000");
  let batch: { id: number; text: string; kind: "comment"; receivedAt: Date }[] = [];
  const flush = () => {
    labeller.label(batch);
    batch = [];
  };
  for (let i = 1; i <= rows; i++) {
    const r = row(i, rows);
    const q = Math.floor(r.receivedAt.getUTCMonth() / 3);
    if (q !== quarter) {
      flush();
      if (quarter >= 0) {
        labeller.campaigns();
        labeller = createQuarterLabeller("00000000-0000-0000-0000-000000000000");
      }
      quarter = q;
    }
    batch.push({ id: i, text: r.text, kind: "comment", receivedAt: r.receivedAt });
    if (batch.length === 1_000) flush();
  }
  flush();
  labeller.campaigns();
  const cpu = process.cpuUsage(cpu0);
  return { ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 };
}

const copyEscape = (s: string) => s.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n");

function* copyText(rows: number, chunk: number): Generator<string> {
  let buffer: string[] = [];
  for (let i = 1; i <= rows; i++) {
    const r = row(i, rows);
    buffer.push([r.ref, r.receivedAt.toISOString(), r.kind, copyEscape(r.text)].join("\t"));
    if (buffer.length >= chunk) {
      yield buffer.join("\n") + "\n";
      buffer = [];
    }
  }
  if (buffer.length) yield buffer.join("\n") + "\n";
}

/** A bare COPY of the same rows into a table with no index, trigger or key: the floor of any loader. */
async function bareCopy(database: Database, rows: number): Promise<void> {
  await database.db.execute(
    sql`create table bench_bare_copy (ref text, received_at timestamptz, kind text, text text)`,
  );
  const client = (database.db as unknown as { $client: unknown }).$client;
  if (database.engine === "pg") {
    const { from } = await import("pg-copy-streams");
    const connection = await (client as import("pg").Pool).connect();
    try {
      await pipeline(Readable.from(copyText(rows, 10_000)), connection.query(from("COPY bench_bare_copy FROM STDIN")));
    } finally {
      connection.release();
    }
    return;
  }
  const pglite = client as import("@electric-sql/pglite").PGlite;
  for (const part of copyText(rows, 100_000))
    await pglite.query("COPY bench_bare_copy FROM '/dev/blob'", [], { blob: new Blob([part]) });
}

export async function run(args: string[]): Promise<void> {
  const rows = Number(argValue(args, "rows", "200000"));
  const engine = argValue(args, "engine", process.env.DATABASE_URL ? "pg" : "pg") as "pg" | "pglite";
  const batchSize = Number(argValue(args, "batch-size", "2000"));
  // --two-pass: the import first, then the label job over the body (the path before issue 12's single pass).
  const twoPass = args.includes("--two-pass");
  const dir = mkdtempSync(path.join(tmpdir(), "pikir-pipeline-"));
  const file = path.join(dir, "corpus.csv");
  const bench = await openBenchDatabase(engine);
  const ctx = { database: bench.database, log: pino({ level: "warn" }) };
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(1))
      .join(" ");
  try {
    await writeCorpus(file, rows);
    console.log(
      `${bench.label}; ${rows.toLocaleString("en")} kk/ru rows with campaigns over 2025, ${(statSync(file).size / 1048576).toFixed(1)} MiB CSV; batch ${batchSize}; ${twoPass ? "two passes (import, then the label job)" : "one pass (labels written during the import)"}; load average ${load()}`,
    );
    const body = await upsertBody(bench.database.db, {
      code: "bench-pipeline",
      nameKk: "Бенчмарк",
      nameRu: "Бенчмарк",
      nameEn: "Benchmark",
      kind: "central",
      inScope: true,
      exclusionReason: null,
    });

    const analysis = analyseAlone(rows);
    const copy = await timed(() => bareCopy(bench.database, rows));
    await bench.database.db.execute(sql`drop table bench_bare_copy`);

    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 100);
    const rssBefore = process.memoryUsage().rss;
    // The server's CPU too (a local server only): the pipeline's time is mostly the server's.
    const serverCpu = bench.name && /\((127\.|localhost|\[::1\])/.test(bench.label) ? samplePgCpu(bench.name) : null;
    const cpu0 = process.cpuUsage();
    const imported = await timed(() =>
      importFile(
        ctx,
        { ...SYSTEM_ACTOR, label: "bench" },
        { importer: "template", file, bodyId: body.id, batchSize, labelInPass: !twoPass },
      ),
    );
    const labelled = await timed(() => labelPendingItems(ctx, body.id));
    const cpu = process.cpuUsage(cpu0);
    const server = serverCpu?.stop();
    clearInterval(sampler);
    const [count] = await bench.database.rows<{ items: number; labelled: number; campaigns: number }>(sql`
      select (select count(*)::int from feedback_items where body_id = ${body.id}::uuid) as items,
        (select count(*)::int from analysis_labels where body_id = ${body.id}::uuid) as labelled,
        (select count(*)::int from analysis_campaigns where body_id = ${body.id}::uuid) as campaigns`);
    if (count!.items !== rows || count!.labelled !== rows)
      throw new Error(`pipeline incomplete: ${JSON.stringify(count)}`);

    const total = imported.ms + labelled.ms;
    const rate = (ms: number) => Math.round(rows / (ms / 1000));
    const fmt = (n: number) => n.toLocaleString("en");
    console.table([
      {
        pass: "analysis alone (this thread)",
        ms: Math.round(analysis.ms),
        "items/s": fmt(rate(analysis.ms)),
        "per CPU-second": fmt(rate(analysis.cpuMs)),
      },
      {
        pass: "bare COPY, unindexed table",
        ms: Math.round(copy.ms),
        "items/s": fmt(rate(copy.ms)),
        "per CPU-second": "",
      },
      {
        pass: twoPass ? "pipeline: import" : "pipeline: import with labels in the same pass",
        ms: Math.round(imported.ms),
        "items/s": fmt(rate(imported.ms)),
        "per CPU-second": "",
      },
      {
        pass: twoPass ? "pipeline: label job (worker thread)" : "pipeline: label job after it (what is left)",
        ms: Math.round(labelled.ms),
        "items/s": fmt(rate(labelled.ms)),
        "per CPU-second": "",
      },
      {
        pass: "pipeline: end to end",
        ms: Math.round(total),
        "items/s": fmt(rate(total)),
        "per CPU-second": fmt(rate((cpu.user + cpu.system) / 1000)),
      },
    ]);
    console.log(
      `${fmt(count!.items)} items, ${fmt(count!.labelled)} labelled, ${fmt(count!.campaigns)} campaign groups; peak RSS ${(peakRss / 1048576).toFixed(0)} MiB (before ${(rssBefore / 1048576).toFixed(0)} MiB); this process's CPU ${((cpu.user + cpu.system) / 1000 / total).toFixed(2)} cores on average; load average ${load()}`,
    );
    if (server) {
      const own = (cpu.user + cpu.system) / 1e6;
      console.log(
        `CPU-seconds: this process ${own.toFixed(1)}, the database's ${server.backendPids} PostgreSQL backends ${server.backends.toFixed(1)} (${(server.backends / (total / 1000)).toFixed(2)} cores), the server's background processes ${server.background.toFixed(1)} (shared with every database); ${fmt(Math.round(rows / (own + server.backends)))} items per CPU-second of this process and its backends`,
      );
    }
    console.log(
      `labelling's time (ms): ${JSON.stringify(labelled.value.timings)} — read items, wait for the analysis thread, write labels and progress, campaigns`,
    );
    console.log(
      `pipeline: ${fmt(rate(total))} items/s end to end; analysis alone ${fmt(rate(analysis.ms))} items/s; bare COPY ${fmt(rate(copy.ms))} rows/s`,
    );
  } finally {
    await stopAnalysisThread();
    await bench.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}
