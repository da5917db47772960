/** §12: public-council sessions that heard budget discussion and implementation reports. */
import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.ts";
import type { CouncilSessionRow } from "../../repositories/review-council.repository.ts";
import { recordCouncilSession } from "../../services/review/record-council-session.ts";
import { listBodyCouncilSessions } from "../../services/review/list-council-sessions.ts";
import { requireActor } from "../plugins/auth.ts";
import { errorSchema, uuidParam } from "../common.schema.ts";
import { noNul, realDate } from "./review.schema.ts";
import { sessionSchema } from "./council.schema.ts";

const present = (s: CouncilSessionRow) => ({ ...s, createdAt: s.createdAt.toISOString() });
const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };

export const councilRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/bodies/:id/council-sessions",
      {
        schema: {
          tags: ["review"],
          summary: "The body's public-council sessions on budget reports (§12)",
          params: uuidParam,
          querystring: z.object({ initiativeId: z.uuid().optional(), lang: z.enum(["kk", "ru", "en"]).optional() }),
          response: { 200: z.object({ items: z.array(sessionSchema) }), ...errors },
        },
      },
      async (request) => ({
        items: (
          await listBodyCouncilSessions(ctx, requireActor(request), request.params.id, request.query.initiativeId)
        ).map(present),
      }),
    );

    app.post(
      "/api/bodies/:id/council-sessions",
      {
        schema: {
          tags: ["review"],
          summary:
            "Record a public-council session that heard a budget program or report (§12); closes the calendar duty",
          params: uuidParam,
          body: z.object({
            initiativeId: z.uuid(),
            heldOn: realDate,
            /** Where the session's protocol is published. */
            protocolUrl: z
              .string()
              .trim()
              .min(1)
              .max(2000)
              .regex(/^https?:\/\//, "an http(s) address")
              .refine(noNul, "NUL characters are not allowed"),
          }),
          response: { 201: sessionSchema, ...errors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            present(
              await recordCouncilSession(ctx, requireActor(request), { bodyId: request.params.id, ...request.body }),
            ),
          ),
    );
  };
