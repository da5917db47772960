import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.ts";
import { DIALOGUE_EVENT_KINDS, MEDIA_WORK_KINDS, RESULT_PUBLICATION_KINDS } from "../../db/enums.ts";
import { listDialogueEvents, listMediaWork, listResultPublications } from "../../repositories/evidence.repository.ts";
import { recordEvidence } from "../../services/evidence/record-evidence.ts";
import { requireActor } from "../plugins/auth.ts";
import { errorSchema, httpUrl, iso, isoDate } from "../common.schema.ts";

const url = httpUrl;
const bodyFilter = z.object({
  bodyId: z.uuid().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

const publicationBody = z
  .object({
    bodyId: z.uuid(),
    initiativeId: z.uuid().nullable().optional(),
    kind: z.enum(RESULT_PUBLICATION_KINDS),
    periodYear: z.number().int().min(2024).max(2100),
    periodQuarter: z.number().int().min(1).max(4).nullable().optional(),
    title: z.string().trim().min(1).max(1000),
    url,
    publishedOn: isoDate,
  })
  .refine((p) => (p.kind === "interim") === (p.periodQuarter != null), {
    message: "interim results need a quarter (§16.1); final results have none (§16.2)",
    path: ["periodQuarter"],
  });
const mediaBody = z.object({
  bodyId: z.uuid(),
  initiativeId: z.uuid().nullable().optional(),
  kind: z.enum(MEDIA_WORK_KINDS),
  title: z.string().trim().min(1).max(1000),
  url: url.nullable().optional(),
  proofUrl: url.nullable().optional(),
  announcedOn: isoDate.nullable().optional(),
  happenedOn: isoDate,
});
const dialogueBody = z.object({
  bodyId: z.uuid(),
  kind: z.enum(DIALOGUE_EVENT_KINDS),
  topic: z.string().trim().min(1).max(1000),
  url,
  startsOn: isoDate,
  endsOn: isoDate.nullable().optional(),
  participants: z.number().int().min(0).nullable().optional(),
  questions: z.number().int().min(0).nullable().optional(),
});

const withDates = <T extends { createdAt: Date; checkedAt?: Date | null }>(row: T) => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
  ...("checkedAt" in row ? { checkedAt: iso(row.checkedAt) } : {}),
});

/** Evidence is public record (§16 results are published by law); writing needs the body's officer. */
export const evidenceRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const db = ctx.database.db;
    app.get(
      "/api/evidence/result-publications",
      {
        schema: { tags: ["evidence"], summary: "§16 interim and final results publications", querystring: bodyFilter },
      },
      async (request) => (await listResultPublications(db, request.query.bodyId, request.query.year)).map(withDates),
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
      async (request) => (await listMediaWork(db, request.query.bodyId)).map(withDates),
    );
    app.get(
      "/api/evidence/dialogue-events",
      {
        schema: { tags: ["evidence"], summary: "§18 internet conferences and surveys", querystring: bodyFilter },
      },
      async (request) => (await listDialogueEvents(db, request.query.bodyId)).map(withDates),
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
