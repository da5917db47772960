/** Issue 10: §16 exemptions, resolutions of §20 differences and the versions of a round's results. */
import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.ts";
import { recordExemption } from "../../services/evaluations/record-exemption.ts";
import { resolveDifference } from "../../services/evaluations/resolve-difference.ts";
import { listRoundVersions, readRoundVersion } from "../../services/evaluations/read-round-versions.ts";
import { requireActor } from "../plugins/auth.ts";
import { errorSchema, uuidParam } from "../common.schema.ts";
import { presentResult, presentRound, resultSchema, roundSchema } from "./evaluations.schema.ts";
import {
  correctionOutcomeSchema,
  exemptionBody,
  exemptionSchema,
  presentExemption,
  presentVersion,
  resolutionBody,
  roundBodyParams,
  versionParams,
  versionSchema,
  versionsResponse,
} from "./round-corrections.schema.ts";

export const roundCorrectionsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      "/api/evaluations/:id/exemptions/:bodyId",
      {
        schema: {
          tags: ["evaluations"],
          summary: "Exempt a body from one required §16 publication slot, with a reason (§23 zeroing lifted)",
          params: roundBodyParams,
          body: exemptionBody,
          response: {
            200: z.object({ exemption: exemptionSchema, version: z.number().int().nullable() }),
            400: errorSchema,
            403: errorSchema,
            404: errorSchema,
            409: errorSchema,
          },
        },
      },
      async (request) => {
        const { exemption, version } = await recordExemption(ctx, requireActor(request), {
          roundId: request.params.id,
          bodyId: request.params.bodyId,
          slot: request.body.slot,
          reason: request.body.reason,
        });
        return { exemption: presentExemption(exemption), version };
      },
    );

    app.post(
      "/api/evaluations/:id/resolutions/:bodyId",
      {
        schema: {
          tags: ["evaluations"],
          summary: "Resolve one difference between a §20 submission and Pikir's record (accept submitted / recorded)",
          params: roundBodyParams,
          body: resolutionBody,
          response: {
            200: correctionOutcomeSchema,
            400: errorSchema,
            403: errorSchema,
            404: errorSchema,
            409: errorSchema,
            422: errorSchema,
          },
        },
      },
      async (request) => {
        const { outcome } = await resolveDifference(ctx, requireActor(request), {
          roundId: request.params.id,
          bodyId: request.params.bodyId,
          ...request.body,
        });
        return { version: outcome.version, unresolvedBodies: outcome.unresolvedBodies };
      },
    );

    app.get(
      "/api/evaluations/:id/versions",
      {
        schema: {
          tags: ["evaluations"],
          summary: "Every version of the round's results (the public sees the published ones)",
          params: uuidParam,
          response: { 200: versionsResponse, 404: errorSchema },
        },
      },
      async (request) => {
        const { round, versions } = await listRoundVersions(ctx, request.actor, request.params.id);
        return { round: presentRound(round), versions: versions.map(presentVersion) };
      },
    );

    app.get(
      "/api/evaluations/:id/versions/:version",
      {
        schema: {
          tags: ["evaluations"],
          summary: "One version of the round's results, as it was computed",
          params: versionParams,
          response: {
            200: z.object({ round: roundSchema, version: versionSchema, results: z.array(resultSchema) }),
            404: errorSchema,
          },
        },
      },
      async (request) => {
        const { round, version, results } = await readRoundVersion(
          ctx,
          request.actor,
          request.params.id,
          request.params.version,
        );
        return {
          round: presentRound(round),
          version: presentVersion({ ...version, results: results.length }),
          results: results.map(presentResult),
        };
      },
    );
  };
