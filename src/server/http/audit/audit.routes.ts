import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.ts";
import { authorize } from "../../policies/policy.ts";
import { readEntityHistory } from "../../services/audit/read-entity-history.ts";
import { verifyAudit } from "../../services/audit/verify-audit.ts";
import { auditAnchorOf } from "../../services/audit/audit-anchor.ts";
import { describeAuditVerification } from "../../services/audit/describe-audit-verification.ts";
import { loadConfig } from "../../config.ts";
import { requireActor } from "../plugins/auth.ts";
import { errorSchema } from "../common.schema.ts";
import { auditEntrySchema, entityQuery, presentVerification, verificationSchema } from "./audit.schema.ts";

export const auditRoutes =
  (
    ctx: AppContext,
    options: { audit?: { key?: string; oldKeys: readonly string[]; checkpointFile?: string } } = {},
  ): FastifyPluginAsyncZod =>
  async (app) => {
    // The same key(s) and external copy as `pikir audit verify`, so the route and the CLI agree (W6).
    const anchor = auditAnchorOf(options.audit ?? loadConfig().audit);
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
          summary: "Verify the hash chain of the whole audit log and hold it against its signed checkpoints",
          description:
            "Like `pikir audit verify`: a broken entry, a deleted tail, a recomputed chain, a forged or deleted checkpoint make ok false; messages are in the caller's language (kk/ru/en).",
          querystring: z.object({ lang: z.enum(["kk", "ru", "en"]).optional() }),
          response: {
            200: verificationSchema,
            403: errorSchema,
          },
        },
      },
      async (request) => {
        authorize(requireActor(request), "audit.read");
        const result = await verifyAudit(ctx.database.db, undefined, anchor);
        return presentVerification(result, describeAuditVerification(result, request.locale));
      },
    );
  };
