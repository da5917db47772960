import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.ts";
import { authorize } from "../../policies/policy.ts";
import { readEntityHistory } from "../../services/audit/read-entity-history.ts";
import { verifyAudit } from "../../services/audit/verify-audit.ts";
import { requireActor } from "../plugins/auth.ts";
import { errorSchema } from "../common.schema.ts";
import { auditEntrySchema, entityQuery, verificationSchema } from "./audit.schema.ts";

export const auditRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/audit",
      {
        schema: {
          tags: ["audit"],
          summary: "The history of one entity (decisions, answers, submissions, rounds)",
          querystring: entityQuery,
          response: {
            200: z.array(auditEntrySchema),
            403: errorSchema,
          },
        },
      },
      async (request) => {
        const rows = await readEntityHistory(ctx, requireActor(request), request.query.entity, request.query.entityId);
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
            200: verificationSchema,
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
