/** Builds the Fastify application: plugins, routes, OpenAPI at /api/docs. */
import { publicReadContext } from "../read-replica.ts";
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from "fastify";
import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import type { AppContext } from "../context.ts";
import { frameworkErrorHandler, registerErrorHandler } from "./plugins/errors.ts";
import { registerRequestContext } from "./plugins/auth.ts";
import { registerCrossSiteGuard } from "./plugins/cross-site.ts";
import { registerTextGuard } from "./plugins/text-guard.ts";
import { healthRoutes } from "./health/health.routes.ts";
import { authRoutes } from "./auth/auth.routes.ts";
import { oidcRoutes } from "./auth/oidc.routes.ts";
import type { IdentityProvider } from "../services/auth/identity-provider.ts";
import { bodiesRoutes } from "./bodies/bodies.routes.ts";
import { indicatorRoutes } from "./bodies/indicator.routes.ts";
import { initiativesRoutes } from "./initiatives/initiatives.routes.ts";
import { feedbackRoutes } from "./feedback/feedback.routes.ts";
import { evidenceRoutes } from "./evidence/evidence.routes.ts";
import { evaluationsRoutes } from "./evaluations/evaluations.routes.ts";
import { roundCorrectionsRoutes } from "./evaluations/round-corrections.routes.ts";
import { auditRoutes } from "./audit/audit.routes.ts";

export interface AppOptions {
  sessionTtlMs: number;
  secureCookies: boolean;
  /** Sessions unused this long end (default 30 minutes). */
  sessionIdleMs?: number;
  /** eGov / OpenID Connect sign-in, offered beside passwords when configured. */
  identityProvider?: { provider: IdentityProvider; redirectUri: string };
  /** Reverse proxies whose X-Forwarded-* headers are believed (IPs/CIDRs); none by default (W2). */
  trustedProxies?: readonly string[];
  /** The configured public address for canonical links, sitemap and robots.txt. */
  publicUrl?: string;
  /** Public-form submissions one state body accepts per hour from everyone together (default 300). */
  publicFormPerBodyHour?: number;
  /**
   * The audit key(s) and checkpoint copy `GET /api/audit/verify` checks the signed checkpoints with
   * (W6); default: the environment's (PIKIR_AUDIT_KEY …), as the CLI and the nightly job read it.
   */
  audit?: { key?: string; oldKeys: readonly string[]; checkpointFile?: string };
  /** Extra registrations (the web UI's static files) after the API. */
  extend?: (app: FastifyInstance) => Promise<void>;
}

export async function buildApp(ctx: AppContext, options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: ctx.log as FastifyBaseLogger,
    bodyLimit: 1_048_576,
    trustProxy: options.trustedProxies?.length ? [...options.trustedProxies] : false,
    frameworkErrors: frameworkErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
      },
    },
  });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: {
        title: "Pikir API",
        description:
          "Collecting and evaluating public feedback on the state's projects and initiatives (order No. 17-НҚ, 2024).",
        version: "0.1.0",
      },
      tags: [
        "system",
        "auth",
        "bodies",
        "indicators",
        "initiatives",
        "feedback",
        "evidence",
        "evaluations",
        "audit",
        "open-data",
        "analysis",
        "reports",
        "compliance",
        "review",
        "imports",
        "workspace",
        "administration",
      ].map((name) => ({ name })),
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs" });

  registerTextGuard(app);
  registerCrossSiteGuard(app, { trustForwardedHost: !!options.trustedProxies?.length });
  registerRequestContext(app, ctx, { idleMs: options.sessionIdleMs });
  registerErrorHandler(app);

  await app.register(healthRoutes(ctx));
  await app.register(authRoutes(ctx, { ttlMs: options.sessionTtlMs, secureCookies: options.secureCookies }));
  await app.register(
    oidcRoutes(ctx, { ...options.identityProvider, ttlMs: options.sessionTtlMs, secureCookies: options.secureCookies }),
  );
  await app.register(bodiesRoutes(ctx));
  await app.register(indicatorRoutes(ctx));
  await app.register(initiativesRoutes(ctx));
  await app.register(feedbackRoutes(ctx));
  await app.register(evidenceRoutes(ctx));
  await app.register(evaluationsRoutes(ctx));
  await app.register(roundCorrectionsRoutes(ctx));
  await app.register(auditRoutes(ctx, { audit: options.audit }));
  await app.register((await import("./workspace/workspace.routes.ts")).workspaceRoutes(ctx));
  await app.register((await import("./administration/administration.routes.ts")).administrationRoutes(ctx));
  await app.register((await import("./administration/registry.routes.ts")).registryRoutes(ctx));
  await app.register((await import("./teamwork/teamwork.routes.ts")).teamworkRoutes(ctx));
  await app.register((await import("./analysis/analysis.routes.ts")).analysisRoutes(ctx));
  await app.register((await import("./analysis/analysis-topics.routes.ts")).analysisTopicsRoutes(ctx));
  await app.register((await import("./reports/reports.routes.ts")).reportsRoutes(ctx));
  await app.register((await import("./compliance/calendar.routes.ts")).calendarRoutes(ctx));
  await app.register(
    (await import("./portal/portal.routes.ts")).portalRoutes(publicReadContext(ctx), { publicUrl: options.publicUrl }),
  );
  await app.register((await import("./open-data/open-data.routes.ts")).openDataRoutes(publicReadContext(ctx)));
  await app.register(
    (await import("./imports/imports.routes.ts")).importsRoutes(ctx, {
      publicFormPerBodyHour: options.publicFormPerBodyHour,
    }),
  );
  await app.register((await import("./imports/monitoring.routes.ts")).monitoringRoutes(ctx));
  await app.register((await import("./imports/column-maps.routes.ts")).columnMapRoutes(ctx));
  await app.register((await import("./imports/legalacts-monitor.routes.ts")).legalactsMonitorRoutes(ctx));
  await app.register((await import("./imports/intake-screens.routes.ts")).intakeScreensRoutes(ctx));
  await app.register((await import("./review/review.routes.ts")).reviewRoutes(ctx));
  await app.register((await import("./review/council.routes.ts")).councilRoutes(ctx));
  await app.register((await import("./evidence/evidence-corrections.routes.ts")).evidenceCorrectionRoutes(ctx));
  await app.register((await import("./reminders/reminders.routes.ts")).remindersRoutes(ctx));
  await app.register((await import("./open-access/open-access.routes.ts")).openAccessRoutes(ctx));
  await app.register((await import("./followthrough/follow-through.routes.ts")).followThroughRoutes(ctx));
  await app.register((await import("./followthrough/conference-topics.routes.ts")).conferenceTopicsRoutes(ctx));
  if (options.extend) await options.extend(app);
  return app;
}
