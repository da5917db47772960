/**
 * Open data (CSV and JSON) of everything the portal shows: published indicators, the registry of
 * bodies with §1 exclusions, and decisions on remarks and proposals without personal data.
 * Public, cached for a minute; the discussions are streamed page by page.
 */
import { Readable } from "node:stream";
import { z } from "zod";
import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.ts";
import {
  readBodyRecords,
  readDiscussionRecords,
  readIndicatorRecords,
  type BodyRecord,
  type DiscussionRecord,
  type IndicatorRecord,
} from "../../services/portal/read-open-data.ts";
import { BOM, csvLine, csvTable, type CsvValue } from "./csv.ts";
import { bodyRecord, discussionRecord, indicatorRecord } from "./open-data.schema.ts";

const CACHE = "public, max-age=60";
const csvDoc = z
  .string()
  .describe("CSV, UTF-8 with BOM, comma-separated, CRLF; texts starting with = + - @ are prefixed with '");

const INDICATOR_COLUMNS = Object.keys(indicatorRecord.shape) as (keyof IndicatorRecord & string)[];
const BODY_COLUMNS = Object.keys(bodyRecord.shape) as (keyof BodyRecord & string)[];
const DISCUSSION_COLUMNS = Object.keys(discussionRecord.shape) as (keyof DiscussionRecord & string)[];

function csvReply(reply: FastifyReply, name: string, body: string | Readable) {
  return reply
    .header("cache-control", CACHE)
    .header("content-disposition", `attachment; filename="pikir-${name}.csv"`)
    .type("text/csv; charset=utf-8")
    .send(body);
}

export const openDataRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/open-data/indicators.json",
      {
        schema: {
          tags: ["open-data"],
          summary: "Every published indicator: round, body, B, C, E, G, F, band, zeroing, rules version",
          response: { 200: z.array(indicatorRecord) },
        },
      },
      async (_request, reply) => reply.header("cache-control", CACHE).send(await readIndicatorRecords(ctx)),
    );

    app.get(
      "/api/open-data/indicators.csv",
      {
        schema: {
          tags: ["open-data"],
          summary: "Every published indicator as CSV (columns as in indicators.json)",
          produces: ["text/csv"],
          response: { 200: csvDoc },
        },
      },
      async (_request, reply) =>
        csvReply(reply, "indicators", csvTable(INDICATOR_COLUMNS, await readIndicatorRecords(ctx))),
    );

    app.get(
      "/api/open-data/bodies.json",
      {
        schema: {
          tags: ["open-data"],
          summary: "The registry of state bodies with §1 exclusions",
          response: { 200: z.array(bodyRecord) },
        },
      },
      async (_request, reply) => reply.header("cache-control", CACHE).send(await readBodyRecords(ctx)),
    );

    app.get(
      "/api/open-data/bodies.csv",
      {
        schema: {
          tags: ["open-data"],
          summary: "The registry of state bodies as CSV (columns as in bodies.json)",
          produces: ["text/csv"],
          response: { 200: csvDoc },
        },
      },
      async (_request, reply) => csvReply(reply, "bodies", csvTable(BODY_COLUMNS, await readBodyRecords(ctx))),
    );

    app.get(
      "/api/open-data/discussions.json",
      {
        schema: {
          tags: ["open-data"],
          summary: "Decided remarks and proposals of public discussions (§7, §11, §20.1), without personal data",
          response: { 200: z.array(discussionRecord) },
        },
      },
      async (_request, reply) => {
        // Streamed like the CSV: a million decisions must not sit in memory as one array.
        async function* chunks() {
          let first = true;
          yield "[";
          for await (const page of readDiscussionRecords(ctx)) {
            yield (first ? "" : ",") + page.map((r) => JSON.stringify(r)).join(",");
            first = false;
          }
          yield "]";
        }
        return reply
          .header("cache-control", CACHE)
          .type("application/json; charset=utf-8")
          .send(Readable.from(chunks()) as never);
      },
    );

    app.get(
      "/api/open-data/discussions.csv",
      {
        schema: {
          tags: ["open-data"],
          summary: "Decided remarks and proposals as CSV (columns as in discussions.json), streamed",
          produces: ["text/csv"],
          response: { 200: csvDoc },
        },
      },
      async (_request, reply) => {
        async function* lines() {
          yield BOM + csvLine(DISCUSSION_COLUMNS);
          for await (const page of readDiscussionRecords(ctx)) {
            yield page.map((r) => csvLine(DISCUSSION_COLUMNS.map((c) => r[c] as CsvValue))).join("");
          }
        }
        return csvReply(reply, "discussions", Readable.from(lines()));
      },
    );
  };
