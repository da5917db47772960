/**
 * The web's own copies of API shapes (those not inferred from the server's zod schemas, see
 * types.ts) against the OpenAPI document the server publishes from its schemas: every field the
 * web reads must be one the endpoint declares. The key lists are checked by tsc against the web
 * types in both directions, so adding a field to a web type without the server fails here too.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { openTestDatabase } from "../../test/db.ts";
import { testContext } from "../../test/factories.ts";
import { buildTestApp } from "../../test/http.ts";
import { CHANNELS, ITEM_KINDS, ITEM_LANGS, ITEM_STATUSES, REFERENCE_KINDS } from "./types.ts";
import type { DiscussionTotals, Indicator, ItemDetail, Profile, RoundDetail, UserRow } from "./types.ts";

/** Exactly the keys of T, each once at most: a missing or unknown key is a type error. */
const keysOf =
  <T>() =>
  <const K extends readonly (keyof T)[]>(
    keys: K & ([keyof T] extends [K[number]] ? unknown : { missing: Exclude<keyof T, K[number]> }),
  ) =>
    keys as readonly string[];

type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  nullable?: boolean;
};

/** A web shape, where it sits in an endpoint's 200 answer (`[]` steps into an array's items). */
const CONTRACT: { endpoint: string; at: string[]; keys: readonly string[] }[] = [
  { endpoint: "/api/workspace/me", at: [], keys: keysOf<Profile>()(["displayName", "body"]) },
  {
    endpoint: "/api/workspace/users",
    at: ["[]"],
    keys: keysOf<UserRow>()(["id", "email", "displayName", "role", "bodyId", "active", "createdAt"]),
  },
  { endpoint: "/api/evaluations/{id}", at: [], keys: keysOf<RoundDetail>()(["round", "progress", "requests"]) },
  {
    endpoint: "/api/evaluations/{id}",
    at: ["requests", "[]"],
    keys: keysOf<RoundDetail["requests"][number]>()(["bodyId", "status", "submittedAt"]),
  },
  { endpoint: "/api/feedback/{id}", at: [], keys: keysOf<ItemDetail>()(["item", "decisions", "answers", "audit"]) },
  {
    endpoint: "/api/initiatives/{id}/discussion-report",
    at: ["totals"],
    keys: keysOf<DiscussionTotals>()(["remarks", "accepted", "rejected", "undecided", "comments", "answered"]),
  },
  {
    endpoint: "/api/bodies/{id}/indicator",
    at: [],
    keys: keysOf<Indicator>()([
      "bodyId",
      "period",
      "F",
      "band",
      "zeroed",
      "zeroReasons",
      "B",
      "C",
      "E",
      "G",
      "rulesVersion",
      "improvements",
      "explanation",
    ]),
  },
];

describe("the web's API types and the server's schemas", () => {
  let app: FastifyInstance;
  let spec: {
    paths: Record<
      string,
      { get?: { responses: Record<string, { content?: Record<string, { schema: JsonSchema }> }> } }
    >;
    components?: { schemas?: Record<string, JsonSchema> };
  };
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    const opened = await openTestDatabase("pglite");
    dispose = opened.dispose;
    app = await buildTestApp(testContext(opened.database));
    spec = (await app.inject({ url: "/api/docs/json" })).json();
  });
  afterAll(async () => {
    await app?.close();
    await dispose?.();
  });

  /** Follows $ref and the nullable wrapper (anyOf [shape, null]) to the shape itself. */
  const resolve = (schema: JsonSchema): JsonSchema => {
    if (schema.$ref) return resolve(spec.components!.schemas![schema.$ref.split("/").pop()!]!);
    const variants = schema.anyOf ?? schema.oneOf;
    if (variants) return resolve(variants.find((v) => v.type !== "null")!);
    return schema;
  };

  it.each(CONTRACT)("$endpoint $at: the web reads only declared fields", ({ endpoint, at, keys }) => {
    const answer = spec.paths[endpoint]?.get?.responses["200"]?.content?.["application/json"]?.schema;
    expect(answer, `${endpoint} declares a 200 answer`).toBeDefined();
    const shape = at.reduce(
      (s, step) => resolve(step === "[]" ? resolve(s).items! : resolve(s).properties![step]!),
      answer!,
    );
    expect(Object.keys(resolve(shape).properties ?? {})).toEqual(expect.arrayContaining([...keys]));
  });

  it("uses the data model's enumerations, not copies", async () => {
    const enums = await import("../server/db/enums.ts");
    const pairs = [
      [CHANNELS, enums.CHANNELS],
      [ITEM_KINDS, enums.ITEM_KINDS],
      [ITEM_LANGS, enums.ITEM_LANGS],
      [ITEM_STATUSES, enums.ITEM_STATUSES],
      [REFERENCE_KINDS, enums.REFERENCE_KINDS],
    ];
    for (const [web, server] of pairs) expect(web).toBe(server);
  });
});
