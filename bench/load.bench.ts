/**
 * `npm run bench -- load [--seconds 8] [--concurrency 16] [--items 1000000] [--engine pg|pglite]`:
 * a bounded load test on loopback. Starts Pikir on a fresh database with the demo data plus
 * --items extra items in the demo officer's inbox, then hammers each endpoint for --seconds with
 * --concurrency parallel clients and prints requests/s, p50 and p99 latency and errors, next to
 * GET /api/health (the reference: the same HTTP stack doing no database work).
 */
import type { AddressInfo } from "node:net";
import { sql } from "drizzle-orm";
import { buildApp } from "../src/server/http/app.ts";
import { createLogger } from "../src/server/logger.ts";
import { seedRegistry } from "../src/server/db/seed/seed-registry.ts";
import { seedDemo } from "../src/server/db/seed/seed-demo.ts";
import { DEMO_PASSWORD } from "../src/server/db/seed/demo-accounts.ts";
import { findBodyByCode } from "../src/server/repositories/body.repository.ts";
import { argValue, openBenchDatabase } from "./lib/bench-database.ts";
import { insertSyntheticItems } from "./lib/synthetic-items.ts";

interface Result {
  name: string;
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
}

async function hammer(
  name: string,
  url: string,
  headers: Record<string, string>,
  seconds: number,
  concurrency: number,
): Promise<Result> {
  const latencies: number[] = [];
  let errors = 0;
  const until = Date.now() + seconds * 1000;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        const t = process.hrtime.bigint();
        try {
          const response = await fetch(url, { headers });
          await response.arrayBuffer();
          if (response.status >= 400) errors++;
        } catch {
          errors++;
        }
        latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { name, requests: latencies.length, errors, rps: latencies.length / elapsed, p50: at(0.5), p99: at(0.99) };
}

export async function run(args: string[]): Promise<void> {
  const seconds = Number(argValue(args, "seconds", "8"));
  const concurrency = Number(argValue(args, "concurrency", "16"));
  const extra = Number(argValue(args, "items", "1000000"));
  const engine = argValue(args, "engine", "pg") as "pg" | "pglite";
  const bench = await openBenchDatabase(engine);
  const ctx = { database: bench.database, log: createLogger("warn") };
  const app = await buildApp(ctx, { sessionTtlMs: 3_600_000, secureCookies: false });
  try {
    await seedRegistry(ctx);
    await seedDemo(ctx, { activeBodies: 20 });
    const body = (await findBodyByCode(bench.database.db, "min-finance"))!;
    console.log(`${bench.label}; adding ${extra.toLocaleString("en")} items to ${body.nameEn}'s inbox …`);
    for (let offset = 0; offset < extra; offset += 500_000) {
      const size = Math.min(500_000, extra - offset);
      await insertSyntheticItems(bench.database, offset + 1, offset + size, {
        bodyId: sql`${body.id}::uuid`,
        channel: sql`'legal_acts_portal'::channel`,
        kind: sql`(array['remark','proposal','comment','comment']::item_kind[])[1 + g % 4]`,
        text: sql`(array['Жол жөндеу мерзімін қысқарту керек ', 'Предлагаю увеличить число автобусов ', 'Мектеп салу жоспарына ескерту ', 'Тариф на тепло слишком высокий '])[1 + g % 4] || g`,
        lang: sql`(array['kk','ru','kk','ru']::item_lang[])[1 + g % 4]`,
        receivedAt: sql`timestamptz '2025-01-01 00:00+05' + ((g * 104729) % 31536000) * interval '1 second'`,
        source: "load",
      });
    }
    await bench.database.db.execute(sql`analyze`);
    await app.listen({ port: 0, host: "127.0.0.1" });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const signIn = await fetch(`${base}/api/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "officer.minfin@demo.pikir.kz", password: DEMO_PASSWORD }),
    });
    const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0]!;
    const officer = { cookie };
    const [initiative] = await bench.database.rows<{ id: string }>(
      sql`select id from initiatives where body_id = ${body.id}::uuid limit 1`,
    );
    const targets: [string, string, Record<string, string>][] = [
      ["reference: GET /api/health", "/api/health", {}],
      ["inbox: first page", `/api/feedback?bodyId=${body.id}&limit=50`, officer],
      ["inbox: undecided remarks", `/api/feedback?bodyId=${body.id}&status=undecided&kind=remark&limit=50`, officer],
      ["inbox: search «тариф»", `/api/feedback?bodyId=${body.id}&q=${encodeURIComponent("тариф")}&limit=50`, officer],
      ["inbox: live indicator 2025", `/api/bodies/${body.id}/indicator?period=2025`, officer],
      ["public: bodies list", "/api/bodies?limit=50", {}],
      ["public: discussion report", `/api/initiatives/${initiative!.id}/discussion-report`, {}],
    ];
    const probe = await fetch(`${base}/portal`);
    if (probe.status === 200) targets.push(["public: portal home (HTML)", "/portal", {}]);
    const results: Result[] = [];
    for (const [name, path, headers] of targets)
      results.push(await hammer(name, `${base}${path}`, headers, seconds, concurrency));
    const reference = results[0]!;
    console.table(
      results.map((r) => ({
        endpoint: r.name,
        requests: r.requests,
        errors: r.errors,
        "req/s": r.rps.toFixed(0),
        "p50 ms": r.p50.toFixed(1),
        "p99 ms": r.p99.toFixed(1),
        "vs reference": (r.rps / reference.rps).toFixed(2),
      })),
    );
    console.log(
      `${seconds}s per endpoint, ${concurrency} concurrent clients, loopback; the inbox holds ${extra.toLocaleString("en")}+ items.`,
    );
  } finally {
    await app.close();
    await bench.dispose();
  }
}
