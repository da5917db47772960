import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.ts";
import { authorize } from "../../policies/policy.ts";
import { listAuditForEntity } from "../../repositories/audit.repository.ts";
import { verifyAudit } from "../../services/audit/verify-audit.ts";
import { requireActor } from "../plugins/auth.ts";
import { errorSchema } from "../common.schema.ts";

export const auditRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/audit",
      {
        schema: {
          tags: ["audit"],
          summary: "The history of one entity (decisions, answers, submissions, rounds)",
          querystring: z.object({ entity: z.string().max(64), entityId: z.string().max(64) }),
          response: {
            200: z.array(
              z.object({
                id: z.number(),
                at: z.string(),
                actor: z.string(),
                action: z.string(),
                before: z.unknown(),
                after: z.unknown(),
                prevHash: z.string(),
                hash: z.string(),
              }),
            ),
            403: errorSchema,
          },
        },
      },
      async (request) => {
        authorize(requireActor(request), "audit.read");
        const rows = await listAuditForEntity(ctx.database.db, request.query.entity, request.query.entityId);
        return rows.map((r) => ({
          id: r.id,
          at: r.at.toISOString(),
          actor: r.actorLabel,
          action: r.action,
          before: r.before,
          after: r.after,
          prevHash: r.prevHash,
          hash: r.hash,
        }));
      },
    );

    app.get(
      "/api/audit/verify",
      {
        schema: {
          tags: ["audit"],
          summary: "Verify the hash chain of the whole audit log",
          response: {
            200: z.object({
              ok: z.boolean(),
              checked: z.number(),
              brokenAt: z.object({ id: z.number(), reason: z.string() }).optional(),
            }),
            403: errorSchema,
          },
        },
      },
      async (request) => {
        authorize(requireActor(request), "audit.read");
        return verifyAudit(ctx.database.db);
      },
    );
  };
