import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.ts";
import { decideItem } from "../../services/feedback/decide-item.ts";
import { answerComment } from "../../services/feedback/answer-comment.ts";
import { getFeedbackItem, listFeedback } from "../../services/feedback/list-feedback.ts";
import { reclassifyItem } from "../../services/feedback/reclassify-item.ts";
import { registerFeedbackItem } from "../../services/feedback/register-feedback-item.ts";
import { readPersonalSummary } from "../../services/feedback/read-personal-summary.ts";
import { revealPersonalData } from "../../services/feedback/reveal-personal-data.ts";
import { can } from "../../policies/policy.ts";
import { ITEM_KINDS } from "../../db/enums.ts";
import { periodBounds } from "../../services/period.ts";
import { requireActor } from "../plugins/auth.ts";
import { errorSchema, pagedOf } from "../common.schema.ts";
import {
  answerBody,
  answerSchema,
  decideBody,
  decisionSchema,
  itemSchema,
  listQuery,
  personalDataSchema,
  personalSummarySchema,
  presentAnswer,
  presentDecision,
  presentItem,
  revealBody,
  auditEntrySchema,
  idParam,
  registerBody,
} from "./feedback.schema.ts";

export const feedbackRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/feedback",
      {
        schema: {
          tags: ["feedback"],
          summary: "The feedback inbox: items from every channel, filterable",
          querystring: listQuery,
          response: { 200: pagedOf(itemSchema), 401: errorSchema, 403: errorSchema },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { limit, offset, from, to, lang: _locale, itemLang, ...filter } = request.query;
        const bounds = from || to ? periodBounds(from ?? "1970-01-01", to ?? "9999-12-30") : null;
        const page = await listFeedback(
          ctx,
          actor,
          {
            ...filter,
            lang: itemLang,
            receivedFrom: from ? bounds!.from : undefined,
            receivedBefore: to ? bounds!.before : undefined,
          },
          { limit, offset },
        );
        return { ...page, items: page.items.map((i) => presentItem(i, !can(actor, "personal.read", i.bodyId))) };
      },
    );

    app.get(
      "/api/feedback/:id",
      {
        schema: {
          tags: ["feedback"],
          summary: "One item with the full history of its decisions, answers and audit entries",
          params: idParam,
          response: {
            200: z.object({
              item: itemSchema,
              decisions: z.array(decisionSchema),
              answers: z.array(answerSchema),
              audit: z.array(auditEntrySchema),
              /** The author's personal data, masked; null when the item has none. */
              personal: personalSummarySchema,
            }),
            404: errorSchema,
          },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { item, decisions, answers, audit } = await getFeedbackItem(ctx, actor, request.params.id);
        const personal = await readPersonalSummary(ctx, actor, item);
        return {
          personal,
          item: presentItem(item, !can(actor, "personal.read", item.bodyId)),
          decisions: decisions.map(presentDecision),
          answers: answers.map(presentAnswer),
          audit: audit.map((a) => ({
            id: a.id,
            at: a.at.toISOString(),
            actor: a.actorName || a.actorLabel,
            action: a.action,
            hash: a.hash,
          })),
        };
      },
    );

    app.post(
      "/api/feedback/:id/personal/reveal",
      {
        schema: {
          tags: ["feedback"],
          summary: "Reveal the author's personal data (name, IIN, phone, e-mail, address) to answer them",
          description:
            "Only the body's own officers and head; every reveal is written to the audit log (personal.read) with who, when and the purpose you give.",
          params: idParam,
          body: revealBody,
          response: { 200: personalDataSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema },
        },
      },
      async (request) => revealPersonalData(ctx, requireActor(request), request.params.id, request.body.purpose),
    );

    app.post(
      "/api/feedback/:id/decision",
      {
        schema: {
          tags: ["feedback"],
          summary: "Accept (with the §20.1 reference) or reject (with a reason) a remark or proposal",
          description: "A decision is never overwritten: to change one, pass replacesDecisionId; otherwise 409.",
          params: idParam,
          body: decideBody,
          response: { 201: decisionSchema, 404: errorSchema, 409: errorSchema, 422: errorSchema },
        },
      },
      async (request, reply) => {
        const decision = await decideItem(ctx, requireActor(request), { itemId: request.params.id, ...request.body });
        return reply.status(201).send(presentDecision(decision));
      },
    );

    app.post(
      "/api/feedback/:id/answer",
      {
        schema: {
          tags: ["feedback"],
          summary: "Answer a comment (§20.2)",
          params: idParam,
          body: answerBody,
          response: { 201: answerSchema, 404: errorSchema, 409: errorSchema, 422: errorSchema },
        },
      },
      async (request, reply) => {
        const answer = await answerComment(ctx, requireActor(request), { itemId: request.params.id, ...request.body });
        return reply.status(201).send(presentAnswer(answer));
      },
    );

    app.post(
      "/api/feedback",
      {
        schema: {
          tags: ["feedback"],
          summary: "Register an item your body received (by letter, at a meeting, through its own form)",
          description:
            "Idempotent: send the same sourceRef again and the existing item is returned (200) instead of a duplicate.",
          body: registerBody,
          response: { 200: itemSchema, 201: itemSchema, 403: errorSchema },
        },
      },
      async (request, reply) => {
        const { receivedAt, ...rest } = request.body;
        const { item, created } = await registerFeedbackItem(ctx, requireActor(request), {
          ...rest,
          receivedAt: new Date(receivedAt),
        });
        return reply.status(created ? 201 : 200).send(presentItem(item));
      },
    );

    app.patch(
      "/api/feedback/:id/kind",
      {
        schema: {
          tags: ["feedback"],
          summary: "Override an item's kind (comment / remark / proposal); the reviewer's word is final",
          params: idParam,
          body: z.object({ kind: z.enum(ITEM_KINDS) }),
          response: { 200: itemSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      async (request) =>
        presentItem(await reclassifyItem(ctx, requireActor(request), request.params.id, request.body.kind)),
    );
  };
