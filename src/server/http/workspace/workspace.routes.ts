/** What the signed-in web app needs beyond the resource APIs: the user's profile, the accounts list. */
import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.ts";
import { readProfile } from "../../services/workspace/read-profile.ts";
import { listUsers } from "../../services/workspace/list-users.ts";
import { listBodyRequests } from "../../services/workspace/list-body-requests.ts";
import { presentRound, roundSchema } from "../evaluations/evaluations.schema.ts";
import { requireActor } from "../plugins/auth.ts";
import { errorSchema } from "../common.schema.ts";
import { names } from "./workspace.schema.ts";

export const workspaceRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/workspace/me",
      {
        schema: {
          tags: ["auth"],
          summary: "The signed-in user's name and body",
          response: {
            200: z.object({ displayName: z.string(), body: z.object({ id: z.string(), name: names }).nullable() }),
            401: errorSchema,
          },
        },
      },
      async (request) => readProfile(ctx, requireActor(request)),
    );

    app.get(
      "/api/workspace/users",
      {
        schema: {
          tags: ["auth"],
          summary: "Accounts and roles (administrators)",
          response: {
            200: z.array(
              z.object({
                id: z.string(),
                email: z.string(),
                displayName: z.string(),
                role: z.string(),
                bodyId: z.string().nullable(),
                active: z.boolean(),
                createdAt: z.string(),
              }),
            ),
            401: errorSchema,
            403: errorSchema,
          },
        },
      },
      async (request) => listUsers(ctx, requireActor(request)),
    );

    app.get(
      "/api/workspace/requests",
      {
        schema: {
          tags: ["evaluations"],
          summary: "The §20 information requests addressed to your body, with their rounds",
          response: {
            200: z.array(
              z.object({
                round: roundSchema,
                status: z.enum(["requested", "submitted"]),
                submittedAt: z.string().nullable(),
              }),
            ),
            401: errorSchema,
            403: errorSchema,
          },
        },
      },
      async (request) =>
        (await listBodyRequests(ctx, requireActor(request))).map((r) => ({
          round: presentRound(r.round),
          status: r.status,
          submittedAt: r.submittedAt?.toISOString() ?? null,
        })),
    );
  };
