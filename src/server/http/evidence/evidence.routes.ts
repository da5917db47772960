import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.ts";
import { listEvidence } from "../../services/evidence/list-evidence.ts";
import { recordEvidence } from "../../services/evidence/record-evidence.ts";
import { requireActor } from "../plugins/auth.ts";
import { errorSchema } from "../common.schema.ts";
import { bodyFilter, dialogueBody, mediaBody, presentEvidence, publicationBody } from "./evidence.schema.ts";

const withDates = presentEvidence;
const listOptions = (q: { withdrawn?: "include" }) => ({ includeWithdrawn: q.withdrawn === "include" });

/** Evidence is public record (§16 results are published by law); writing needs the body's officer. */
export const evidenceRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/evidence/result-publications",
      {
        schema: { tags: ["evidence"], summary: "§16 interim and final results publications", querystring: bodyFilter },
      },
      async (request) =>
        (await listEvidence(ctx, "result-publications", { ...request.query, ...listOptions(request.query) })).map(
          withDates,
        ),
    );
    app.get(
      "/api/evidence/media-work",
      {
        schema: {
          tags: ["evidence"],
          summary: "§6 briefings, publications and live broadcasts",
          querystring: bodyFilter,
        },
      },
      async (request) =>
        (await listEvidence(ctx, "media-work", { ...request.query, ...listOptions(request.query) })).map(withDates),
    );
    app.get(
      "/api/evidence/dialogue-events",
      {
        schema: { tags: ["evidence"], summary: "§18 internet conferences and surveys", querystring: bodyFilter },
      },
      async (request) =>
        (await listEvidence(ctx, "dialogue-events", { ...request.query, ...listOptions(request.query) })).map(
          withDates,
        ),
    );

    const created = { 201: z.record(z.string(), z.unknown()), 403: errorSchema, 400: errorSchema };
    app.post(
      "/api/evidence/result-publications",
      {
        schema: {
          tags: ["evidence"],
          summary: "Record a results publication",
          body: publicationBody,
          response: created,
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(withDates(await recordEvidence(ctx, requireActor(request), "result-publications", request.body))),
    );
    app.post(
      "/api/evidence/media-work",
      {
        schema: { tags: ["evidence"], summary: "Record media work", body: mediaBody, response: created },
      },
      async (request, reply) =>
        reply.status(201).send(withDates(await recordEvidence(ctx, requireActor(request), "media-work", request.body))),
    );
    app.post(
      "/api/evidence/dialogue-events",
      {
        schema: {
          tags: ["evidence"],
          summary: "Record an internet conference or survey",
          body: dialogueBody,
          response: created,
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(withDates(await recordEvidence(ctx, requireActor(request), "dialogue-events", request.body))),
    );
  };
