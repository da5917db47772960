/**
 * Fuzz of every API input: each operation in the OpenAPI document gets malformed path parameters,
 * query strings and bodies (wrong types, huge and empty values, odd Unicode, injection strings,
 * prototype-pollution keys), as an administrator and anonymously. Bad input must never produce a
 * 500: every answer below 500, and every error in the one JSON shape with a message.
 * Deterministic (seeded), so a failure reproduces.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { describeEachEngine } from "../../../test/db.ts";
import { createBody, createItems, createUser, testContext } from "../../../test/factories.ts";
import { buildTestApp, signInCookie } from "../../../test/http.ts";
import { createRng } from "../db/seed/data/demo-texts.ts";

const NASTY_STRINGS = [
  "",
  " ",
  "0",
  "-1",
  "1e309",
  "NaN",
  "null",
  "true",
  "[]",
  "{}",
  "'; drop table feedback_items; --",
  "<script>alert(1)</script>",
  '=HYPERLINK("http://x")',
  "../../../etc/passwd",
  "%00",
  "\u0000",
  "\uFFFF",
  "😀".repeat(50),
  "әғқңөұүһі",
  "x".repeat(70_000),
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "9223372036854775808",
  "2025-13-45",
  "2025-02-30",
  "2025-Q9",
];
const NASTY_VALUES: unknown[] = [
  ...NASTY_STRINGS,
  0,
  -1,
  1.5,
  2 ** 63,
  -(2 ** 63),
  Number.MAX_SAFE_INTEGER + 2,
  true,
  false,
  null,
  [],
  [1, "a", null],
  {},
  { __proto__: { admin: true } },
  { constructor: { prototype: { polluted: true } } },
  { nested: { deeper: { deepest: [{}] } } },
];

type Operation = { method: string; path: string; hasBody: boolean; queryNames: string[]; bodyKeys: string[] };

function operationsOf(openapi: {
  paths: Record<
    string,
    Record<
      string,
      {
        requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
        parameters?: { in: string; name: string }[];
      }
    >
  >;
}): Operation[] {
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(openapi.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      if (!["get", "post", "put", "patch", "delete"].includes(method)) continue;
      if (path === "/api/auth/sign-out") continue; // would end the fuzzer's own session
      const json = op.requestBody?.content?.["application/json"]?.schema;
      ops.push({
        method: method.toUpperCase(),
        path,
        hasBody: Boolean(op.requestBody),
        queryNames: (op.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name),
        bodyKeys: Object.keys(json?.properties ?? {}),
      });
    }
  }
  return ops;
}

describeEachEngine("API fuzz: no bad input yields a 500", (engine) => {
  let app: FastifyInstance;
  let cookie: string;
  let realIds: { body: string; item: string };
  beforeAll(async () => {
    const ctx = testContext(engine.database);
    app = await buildTestApp(ctx);
    const body = await createBody(ctx);
    const [item] = await createItems(ctx, body.id, [{ kind: "remark" }]);
    realIds = { body: body.id, item: String(item!.id) };
    const { user } = await createUser(ctx, "administrator", null);
    cookie = await signInCookie(app, user.email);
  });
  afterAll(async () => app.close());

  it("answers every malformed request to every operation with a client error in the one error shape", {
    timeout: 240_000,
  }, async () => {
    const spec = (await app.inject({ url: "/api/docs/json" })).json();
    const operations = operationsOf(spec);
    expect(operations.length).toBeGreaterThan(15);
    const rng = createRng(20_240_117);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
    const failures: string[] = [];
    let requests = 0;
    for (const op of operations) {
      for (let round = 0; round < 14; round++) {
        // Path parameters: sometimes a real id (so validation passes and the service runs), mostly junk.
        const url = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
          if (round % 4 === 0) return name.toLowerCase().includes("item") ? realIds.item : realIds.body;
          return encodeURIComponent(String(pick(NASTY_VALUES)));
        });
        const query = new URLSearchParams();
        for (const name of op.queryNames) if (rng() < 0.6) query.set(name, String(pick(NASTY_STRINGS)).slice(0, 2000));
        let payload: unknown;
        if (op.hasBody) {
          if (round % 3 === 0) payload = pick(NASTY_VALUES);
          else
            payload = Object.fromEntries(
              [...op.bodyKeys, "__proto__", "unexpected"].map((k) => [k, pick(NASTY_VALUES)]),
            );
        }
        const raw = round === 5 && op.hasBody ? '{"broken": json' : undefined;
        const response = await app.inject({
          method: op.method as "GET",
          url: `${url}${query.size ? `?${query}` : ""}`,
          headers: {
            ...(round % 5 === 4 ? {} : { cookie }),
            "content-type": "application/json",
            "accept-language": pick(["kk", "ru", "en"]),
          },
          ...(raw !== undefined ? { payload: raw } : payload !== undefined ? { payload: JSON.stringify(payload) } : {}),
          remoteAddress: `10.1.${round}.${requests % 250}`,
        });
        requests++;
        const label = `${op.method} ${op.path} (round ${round}) → ${response.statusCode}`;
        if (response.statusCode >= 500) failures.push(`${label}: ${response.body.slice(0, 300)}`);
        else if (response.statusCode >= 400) {
          const type = String(response.headers["content-type"] ?? "");
          if (type.includes("application/json")) {
            const error = response.json().error;
            if (!error?.code || !error?.message)
              failures.push(`${label}: not the error shape: ${response.body.slice(0, 200)}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(requests).toBeGreaterThan(200);
  });
});
