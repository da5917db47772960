/**
 * Correcting and withdrawing evidence from the screen (issue 13): §16 publications, §6 media work,
 * §18 conferences and surveys, §12 public-council sessions. Every change is a version with who,
 * when and why; GET …/history lists them.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.ts";
import { EVIDENCE_ENTITIES } from "../../db/index.ts";
import { correctEvidence } from "../../services/evidence/correct-evidence.ts";
import { readEvidenceHistory } from "../../services/evidence/read-evidence-history.ts";
import { withdrawEvidence } from "../../services/evidence/withdraw-evidence.ts";
import { requireActor } from "../plugins/auth.ts";
import { errorSchema } from "../common.schema.ts";
import { presentEvidence } from "./evidence.schema.ts";
import {
  CORRECTION_BODIES,
  evidenceHistorySchema,
  evidenceIdParam,
  withdrawBody,
} from "./evidence-corrections.schema.ts";
import { z } from "zod";

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };
const row = z.record(z.string(), z.unknown());

export const evidenceCorrectionRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    for (const entity of EVIDENCE_ENTITIES) {
      app.patch(
        `/api/evidence/${entity}/:id`,
        {
          schema: {
            tags: ["evidence"],
            summary: `Correct a record (${entity}); the old version is kept with who, when and why`,
            params: evidenceIdParam,
            body: CORRECTION_BODIES[entity],
            response: { 200: row, ...errors },
          },
        },
        async (request) =>
          presentEvidence(
            await correctEvidence(ctx, requireActor(request), entity, request.params.id, {
              revision: request.body.revision,
              reason: request.body.reason,
              changes: request.body.changes,
            }),
          ),
      );
      app.post(
        `/api/evidence/${entity}/:id/withdraw`,
        {
          schema: {
            tags: ["evidence"],
            summary: `Withdraw a record (${entity}) with a reason; it stays, marked, and proves no duty`,
            params: evidenceIdParam,
            body: withdrawBody,
            response: { 200: row, ...errors },
          },
        },
        async (request) =>
          presentEvidence(await withdrawEvidence(ctx, requireActor(request), entity, request.params.id, request.body)),
      );
      app.get(
        `/api/evidence/${entity}/:id/history`,
        {
          schema: {
            tags: ["evidence"],
            summary: `The versions of a record (${entity}), oldest first`,
            params: evidenceIdParam,
            response: { 200: evidenceHistorySchema, ...errors },
          },
        },
        async (request) => {
          requireActor(request);
          const versions = await readEvidenceHistory(ctx, entity, request.params.id);
          return { items: versions.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() })) };
        },
      );
    }
  };
