/**
 * Monitoring of a body's official accounts over HTTP: the accounts with their last outcome, their
 * settings (officer of the body or administrator), and "run now" (queued when a job queue runs).
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context.ts";
import { translate } from "../../../i18n/index.ts";
import { monitoringMessages } from "../../../i18n/messages/monitoring.ts";
import { listAccountMonitors } from "../../services/imports/list-account-monitors.ts";
import { MonitorSettingsError, saveAccountMonitor } from "../../services/imports/save-account-monitor.ts";
import { runMonitoringNow } from "../../services/imports/run-monitoring-now.ts";
import { releaseSocialAccount } from "../../services/imports/release-social-account.ts";
import { requireActor } from "../plugins/auth.ts";
import { errorSchema, uuidParam } from "../common.schema.ts";
import {
  monitoredAccountSchema,
  monitorSettingsBody,
  presentMonitoredAccount,
  presentReleased,
  releaseBody,
  releasedSchema,
  presentRunNow,
  runNowSchema,
} from "./monitoring.schema.ts";

const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };
const tags = ["imports"];
const langQuery = z.object({ lang: z.enum(["kk", "ru", "en"]).optional() });

export const monitoringRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/bodies/:id/monitoring",
      {
        schema: {
          tags,
          summary:
            "The body's official accounts on YouTube, VK, Facebook and Instagram, with monitoring settings and the last run's outcome",
          params: uuidParam,
          querystring: langQuery,
          response: { 200: z.object({ items: z.array(monitoredAccountSchema) }), ...errors },
        },
      },
      async (request) => {
        const accounts = await listAccountMonitors(ctx, requireActor(request), request.params.id);
        return { items: accounts.map((a) => presentMonitoredAccount(a, request.locale)) };
      },
    );

    app.put(
      "/api/bodies/:id/monitoring",
      {
        schema: {
          tags,
          summary: "Register an official account for hourly monitoring, or change its settings",
          description:
            "The account is found (or registered) by the handle its platform id gives, so fetched comments attach to it. Send the NAME of the environment variable holding the token, never the token.",
          params: uuidParam,
          querystring: langQuery,
          body: monitorSettingsBody,
          response: { 200: monitoredAccountSchema, ...errors, 409: errorSchema },
        },
      },
      async (request, reply) => {
        try {
          const saved = await saveAccountMonitor(ctx, requireActor(request), {
            ...request.body,
            bodyId: request.params.id,
          });
          return presentMonitoredAccount(saved, request.locale);
        } catch (error) {
          if (!(error instanceof MonitorSettingsError)) throw error;
          const message = translate(monitoringMessages, request.locale, error.code, error.params);
          return reply.status(error.status).send({
            error: {
              code: error.status === 409 ? "conflict" : "validation_failed",
              message,
              details: { code: error.code },
            },
          });
        }
      },
    );

    app.post(
      "/api/bodies/:id/monitoring/run",
      {
        // Inline runs call the platforms' APIs with the body's tokens: keep them rare.
        config: { rateLimit: { max: 6, timeWindow: "1 minute" } },
        schema: {
          tags,
          summary:
            "Fetch the body's monitored accounts now (queued as the hourly job for this body, or run inline without a queue)",
          params: uuidParam,
          querystring: langQuery,
          response: { 200: runNowSchema, 202: runNowSchema, ...errors, 429: errorSchema },
        },
      },
      async (request, reply) => {
        const now = await runMonitoringNow(ctx, requireActor(request), request.params.id);
        return reply.status(now.queued ? 202 : 200).send(presentRunNow(now, request.locale));
      },
    );

    app.post(
      "/api/monitoring/accounts/:id/release",
      {
        schema: {
          tags,
          summary:
            "Administrator: release an official account a body registered, or hand it to another body (W12); audited",
          description:
            "The account's monitoring settings are removed. Items already imported under it stay with the body that imported them. With toBodyId the account becomes that body's (its officer then sets monitoring up with the body's own token variable).",
          params: uuidParam,
          querystring: langQuery,
          body: releaseBody,
          response: { 200: releasedSchema, ...errors, 409: errorSchema },
        },
      },
      async (request, reply) => {
        try {
          const released = await releaseSocialAccount(ctx, requireActor(request), {
            accountId: request.params.id,
            toBodyId: request.body.toBodyId ?? null,
          });
          return presentReleased(released, request.locale);
        } catch (error) {
          if (!(error instanceof MonitorSettingsError)) throw error;
          return reply.status(409).send({
            error: {
              code: "conflict",
              message: translate(monitoringMessages, request.locale, error.code, error.params),
              details: { code: error.code },
            },
          });
        }
      },
    );
  };
