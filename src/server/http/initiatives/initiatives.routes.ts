import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.ts";
import { INITIATIVE_KINDS, INITIATIVE_STATUSES } from "../../db/enums.ts";
import type { InitiativeRow } from "../../repositories/initiative.repository.ts";
import { changeInitiative, createInitiative } from "../../services/initiatives/save-initiative.ts";
import {
  listVisibleInitiatives,
  readPublicDiscussionReport,
  readVisibleInitiative,
} from "../../services/initiatives/read-visible-initiatives.ts";
import { requireActor } from "../plugins/auth.ts";
import { errorSchema, httpUrl, iso, isoDate, pagedOf, pageQuery, uuidParam } from "../common.schema.ts";
import { initiativeSchema } from "./initiatives.schema.ts";

const writeBody = z
  .object({
    bodyId: z.uuid(),
    kind: z.enum(INITIATIVE_KINDS),
    status: z.enum(INITIATIVE_STATUSES).default("draft"),
    titleKk: z.string().trim().min(1).max(1000).nullable().optional(),
    titleRu: z.string().trim().min(1).max(1000).nullable().optional(),
    titleEn: z.string().trim().min(1).max(1000).nullable().optional(),
    summary: z.string().max(10_000).nullable().optional(),
    discussionStartsOn: isoDate.nullable().optional(),
    discussionEndsOn: isoDate.nullable().optional(),
    infoMessage: z.string().max(10_000).nullable().optional(),
    infoMessageRu: z.string().max(10_000).nullable().optional(),
    infoMessageEn: z.string().max(10_000).nullable().optional(),
    portalUrl: httpUrl.nullable().optional(),
  })
  .refine((b) => b.titleKk || b.titleRu || b.titleEn, {
    message: "a title in at least one language is required",
    path: ["titleKk"],
  })
  .refine((b) => !b.discussionStartsOn || !b.discussionEndsOn || b.discussionEndsOn >= b.discussionStartsOn, {
    message: "the discussion cannot end before it starts",
    path: ["discussionEndsOn"],
  });

function presentInitiative(i: InitiativeRow): z.infer<typeof initiativeSchema> {
  return {
    id: i.id,
    bodyId: i.bodyId,
    kind: i.kind,
    status: i.status,
    title: { kk: i.titleKk, ru: i.titleRu, en: i.titleEn },
    summary: i.summary,
    discussion: { startsOn: i.discussionStartsOn, endsOn: i.discussionEndsOn },
    infoMessage: {
      text: i.infoMessage,
      kk: i.infoMessage,
      ru: i.infoMessageRu,
      en: i.infoMessageEn,
      publishedAt: iso(i.infoMessagePublishedAt),
    },
    portalUrl: i.portalUrl,
    openAccess: i.openAccess,
  };
}

/** Initiatives and their discussions are public (§4, §9); writing needs the owner body's officer. */
export const initiativesRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/initiatives",
      {
        schema: {
          tags: ["initiatives"],
          summary: "Projects, initiatives, draft legal acts, draft budget programs and budget reports",
          querystring: pageQuery.extend({
            bodyId: z.uuid().optional(),
            kind: z.enum(INITIATIVE_KINDS).optional(),
            status: z.enum(INITIATIVE_STATUSES).optional(),
            q: z.string().trim().max(200).optional(),
          }),
          response: { 200: pagedOf(initiativeSchema) },
        },
      },
      async (request) => {
        const { limit, offset, lang: _lang, ...filter } = request.query;
        const page = await listVisibleInitiatives(ctx, request.actor, filter, { limit, offset });
        return { ...page, items: page.items.map(presentInitiative) };
      },
    );

    app.get(
      "/api/initiatives/:id",
      {
        schema: {
          tags: ["initiatives"],
          summary: "One initiative",
          params: uuidParam,
          response: { 200: initiativeSchema, 404: errorSchema },
        },
      },
      async (request) => presentInitiative(await readVisibleInitiative(ctx, request.actor, request.params.id)),
    );

    app.post(
      "/api/initiatives",
      {
        schema: {
          tags: ["initiatives"],
          summary: "Register an initiative of your body",
          body: writeBody,
          response: { 201: initiativeSchema, 403: errorSchema },
        },
      },
      async (request, reply) => {
        const row = await createInitiative(ctx, requireActor(request), request.body);
        return reply.status(201).send(presentInitiative(row));
      },
    );

    app.patch(
      "/api/initiatives/:id",
      {
        schema: {
          tags: ["initiatives"],
          summary: "Change an initiative of your body (titles, status, window, messages, address)",
          params: uuidParam,
          body: z.object({
            titleKk: z.string().trim().min(1).max(1000).nullable().optional(),
            titleRu: z.string().trim().min(1).max(1000).nullable().optional(),
            titleEn: z.string().trim().min(1).max(1000).nullable().optional(),
            status: z.enum(INITIATIVE_STATUSES).optional(),
            discussionStartsOn: isoDate.nullable().optional(),
            discussionEndsOn: isoDate.nullable().optional(),
            infoMessage: z.string().max(10_000).nullable().optional(),
            infoMessageRu: z.string().max(10_000).nullable().optional(),
            infoMessageEn: z.string().max(10_000).nullable().optional(),
            portalUrl: httpUrl.nullable().optional(),
            summary: z.string().max(10_000).nullable().optional(),
          }),
          response: { 200: initiativeSchema, 400: errorSchema, 403: errorSchema, 404: errorSchema },
        },
      },
      async (request) =>
        presentInitiative(await changeInitiative(ctx, requireActor(request), request.params.id, request.body)),
    );

    app.get(
      "/api/initiatives/:id/discussion-report",
      {
        schema: {
          tags: ["initiatives"],
          summary: "Public-discussion report (§7, §11): every remark and proposal with its decision",
          params: uuidParam,
          response: {
            200: z.object({
              initiative: initiativeSchema,
              totals: z.object({
                remarks: z.number(),
                accepted: z.number(),
                rejected: z.number(),
                undecided: z.number(),
                comments: z.number(),
                answered: z.number(),
              }),
              remarks: z.array(
                z.object({
                  id: z.number(),
                  kind: z.string(),
                  text: z.string(),
                  lang: z.string(),
                  receivedAt: z.string(),
                  clauseRef: z.string().nullable(),
                  outcome: z.enum(["accepted", "rejected"]).nullable(),
                  reason: z.string().nullable(),
                  reference: z.string().nullable(),
                  decidedAt: z.string().nullable(),
                }),
              ),
            }),
            404: errorSchema,
          },
        },
      },
      async (request) => {
        const report = await readPublicDiscussionReport(ctx, request.actor, request.params.id);
        return {
          initiative: presentInitiative(report.initiative),
          totals: report.totals,
          remarks: report.remarks.map((i) => ({
            id: i.id,
            kind: i.kind,
            text: i.text,
            lang: i.lang,
            receivedAt: i.receivedAt.toISOString(),
            clauseRef: i.clauseRef,
            outcome: i.decision?.outcome ?? null,
            reason: i.decision?.reason ?? null,
            reference: i.decision?.referenceText ?? null,
            decidedAt: i.decision?.decidedAt.toISOString() ?? null,
          })),
        };
      },
    );
  };
