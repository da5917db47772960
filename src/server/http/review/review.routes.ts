/**
 * §14–§15: the quarterly analysis goes to the head, who approves it, returns it with comments, or
 * assigns actions to structural units; officers report each action's progress until it is done.
 */
import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.ts";
import { submitReview } from "../../services/review/submit-review.ts";
import { returnReview } from "../../services/review/return-review.ts";
import { approveReview } from "../../services/review/approve-review.ts";
import { assignActions } from "../../services/review/assign-actions.ts";
import { updateAction } from "../../services/review/update-action.ts";
import { readReview } from "../../services/review/read-review.ts";
import { listReviewsFor } from "../../services/review/list-reviews.ts";
import { requireActor } from "../plugins/auth.ts";
import { errorSchema, uuidParam } from "../common.schema.ts";
import {
  actionSchema,
  actionUpdateBody,
  assignBody,
  presentAction,
  presentDetail,
  presentReview,
  returnBody,
  reviewDetailSchema,
  reviewListQuery,
  reviewSchema,
  submitBody,
} from "./review.schema.ts";

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };
const tags = ["review"];

export const reviewRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/reviews",
      {
        schema: {
          tags,
          summary: "Quarterly-analysis reviews (§15) the caller may read",
          querystring: reviewListQuery,
          response: { 200: z.object({ items: z.array(reviewSchema) }), ...errors },
        },
      },
      async (request) => {
        const { lang: _lang, ...filter } = request.query;
        return { items: (await listReviewsFor(ctx, requireActor(request), filter)).map(presentReview) };
      },
    );

    app.post(
      "/api/bodies/:id/reviews",
      {
        schema: {
          tags,
          summary: "Submit the quarter's analysis and recommendations to the head of the body (§14–§15)",
          description:
            "A later submission of the same quarter (after a return, or before the head decides) adds a version; every version is kept.",
          params: uuidParam,
          body: submitBody,
          response: { 201: reviewDetailSchema, ...errors },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const { review } = await submitReview(ctx, actor, { bodyId: request.params.id, ...request.body });
        return reply.status(201).send(presentDetail(await readReview(ctx, actor, review.id)));
      },
    );

    app.get(
      "/api/reviews/:id",
      {
        schema: {
          tags,
          summary: "A review with every submitted version and the actions assigned",
          params: uuidParam,
          response: { 200: reviewDetailSchema, ...errors },
        },
      },
      async (request) => presentDetail(await readReview(ctx, requireActor(request), request.params.id)),
    );

    app.post(
      "/api/reviews/:id/approve",
      {
        schema: {
          tags,
          summary: "The head approves the analysis awaiting review",
          params: uuidParam,
          response: { 200: reviewDetailSchema, ...errors },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        await approveReview(ctx, actor, request.params.id);
        return presentDetail(await readReview(ctx, actor, request.params.id));
      },
    );

    app.post(
      "/api/reviews/:id/return",
      {
        schema: {
          tags,
          summary: "The head returns the analysis with comments; the officer resubmits",
          params: uuidParam,
          body: returnBody,
          response: { 200: reviewDetailSchema, ...errors },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        await returnReview(ctx, actor, request.params.id, request.body.comments);
        return presentDetail(await readReview(ctx, actor, request.params.id));
      },
    );

    app.post(
      "/api/reviews/:id/actions",
      {
        schema: {
          tags,
          summary: "The head assigns actions to structural units (approves the analysis if it awaits review)",
          params: uuidParam,
          body: assignBody,
          response: { 201: reviewDetailSchema, ...errors },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        await assignActions(ctx, actor, request.params.id, request.body.actions);
        return reply.status(201).send(presentDetail(await readReview(ctx, actor, request.params.id)));
      },
    );

    app.patch(
      "/api/review-actions/:id",
      {
        schema: {
          tags,
          summary: "An officer moves an action forward: open → in_progress → done (done needs a note)",
          params: uuidParam,
          body: actionUpdateBody,
          response: { 200: actionSchema, ...errors },
        },
      },
      async (request) => presentAction(await updateAction(ctx, requireActor(request), request.params.id, request.body)),
    );
  };
