/**
 * The scheduled reading of a body's drafts on legalacts.egov.kz (issue 17): its settings and last run.
 * The first monitor's own address, kept for its clients; the others are under /portal-monitors/:portal.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import type { PortalMonitorRow } from "../../repositories/portal-monitor.repository.ts";
import { getPortalMonitor, savePortalMonitor } from "../../services/imports/save-portal-monitor.ts";
import { requireActor } from "../plugins/auth.ts";
import { errorSchema, uuidParam } from "../common.schema.ts";
import { monitorSchema } from "./legalacts-monitor.schema.ts";

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const tags = ["imports"];

function present(row: PortalMonitorRow | null): z.infer<typeof monitorSchema> {
  if (!row) return { configured: false, governmentId: null, enabled: false, draftsSeen: 0, lastRun: null };
  return {
    configured: true,
    governmentId: row.portalBodyId,
    enabled: row.enabled,
    draftsSeen: Object.keys(row.seen ?? {}).length,
    lastRun: row.lastRunAt
      ? { at: row.lastRunAt.toISOString(), status: row.lastStatus, error: row.lastError, added: row.lastAdded }
      : null,
  };
}

export const legalactsMonitorRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/bodies/:id/legalacts-monitor",
      {
        schema: {
          tags,
          summary:
            "Whether the body's drafts on legalacts.egov.kz are read on a schedule (job intake.legalacts), and the last run",
          params: uuidParam,
          response: { 200: monitorSchema, ...errors },
        },
      },
      async (request) => present(await getPortalMonitor(ctx, requireActor(request), request.params.id, "legalacts")),
    );

    app.put(
      "/api/bodies/:id/legalacts-monitor",
      {
        schema: {
          tags,
          summary:
            "Name the body's id on legalacts.egov.kz (the number in /list?governmentId=N) so its drafts are read every six hours",
          params: uuidParam,
          body: z.object({
            governmentId: z
              .string()
              .trim()
              .regex(/^[0-9]{1,12}$/, "the number in legalacts.egov.kz/list?governmentId=N"),
            enabled: z.boolean().default(true),
          }),
          response: { 200: monitorSchema, ...errors },
        },
      },
      async (request) =>
        present(
          await savePortalMonitor(ctx, requireActor(request), {
            bodyId: request.params.id,
            portal: "legalacts",
            portalBodyId: request.body.governmentId,
            enabled: request.body.enabled,
          }),
        ),
    );
  };
