/** `pikir serve`: the API (and the web app when it is built) on one port. */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Config } from "./config.ts";
import { openAppContext, seedIfEmpty } from "./bootstrap.ts";
import { buildApp } from "./http/app.ts";
import { createLogger } from "./logger.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./db/seed/demo-accounts.ts";
import { findBodyByCode } from "./repositories/body.repository.ts";
import { ensureWebBuild } from "./web-build.ts";
import { createOidcProvider } from "./services/auth/identity-provider.ts";

const WEB_DIST = fileURLToPath(new URL("../../dist/web", import.meta.url));

export async function startServer(config: Config, options: { seedIfEmpty: boolean; buildWeb: boolean }) {
  const log = createLogger(config.logLevel);
  const ctx = await openAppContext(config.database, log);
  if (config.readDatabaseUrl) {
    const { openReadReplica } = await import("./read-replica.ts");
    ctx.readDatabase = await openReadReplica(config.readDatabaseUrl, log);
  }
  if (options.seedIfEmpty) await seedIfEmpty(ctx, config.demo);
  // Imports a crash left "running", and their upload files (W17).
  const { recoverInterruptedImports } = await import("./services/imports/recover-interrupted-imports.ts");
  const { uploadsDir } = await import("./private-files.ts");
  await recoverInterruptedImports(ctx, { uploadsDir: uploadsDir() });
  if (options.buildWeb) await ensureWebBuild(log);
  const { JobQueue } = await import("./jobs/job-queue.ts");
  const { JOB_DEFINITIONS } = await import("./jobs/definitions.ts");
  // Scheduling is idempotent (pg-boss keeps one schedule per name), so every web node may own it.
  const jobs = new JobQueue(ctx, JOB_DEFINITIONS, { work: config.inlineWorkers, schedule: true });
  await jobs.start();
  ctx.jobs = jobs;

  const app = await buildApp(ctx, {
    sessionTtlMs: config.sessionTtlMs,
    sessionIdleMs: config.sessionIdleMs,
    secureCookies: config.secureCookies,
    trustedProxies: config.trustedProxies,
    publicUrl: config.publicUrl,
    audit: config.audit,
    identityProvider: config.identityProvider
      ? { provider: createOidcProvider(config.identityProvider), redirectUri: config.identityProvider.redirectUri }
      : undefined,
    extend: async (instance) => {
      instance.get(
        "/api/auth/demo-accounts",
        { schema: { tags: ["auth"], summary: "Demo accounts (demo mode only)" } },
        async (_request, reply) => {
          if (!config.demo)
            return reply.status(404).send({ error: { code: "not_found", message: "not in demo mode" } });
          return Promise.all(
            DEMO_ACCOUNTS.map(async (a) => {
              const body = a.bodyCode ? await findBodyByCode(ctx.database.db, a.bodyCode) : undefined;
              return {
                email: a.email,
                password: DEMO_PASSWORD,
                role: a.role,
                bodyId: body?.id ?? null,
                bodyName: body ? { kk: body.nameKk, ru: body.nameRu, en: body.nameEn } : null,
              };
            }),
          );
        },
      );
      if (existsSync(WEB_DIST)) {
        const { registerWebApp } = await import("./http/web/web-static.ts");
        await registerWebApp(instance, WEB_DIST);
      } else {
        log.warn("web app not built: only the API is served (run `npx vite build`)");
      }
    },
  });

  if (!config.publicUrl && !config.demo)
    log.warn("PIKIR_PUBLIC_URL is not set: canonical links and the sitemap use the request's Host header");
  const { installGracefulShutdown } = await import("./graceful-shutdown.ts");
  installGracefulShutdown({ ctx, jobs, app, timeoutMs: config.shutdownTimeoutMs });

  await app.listen({ port: config.port, host: config.host });
  log.info(`Pikir is running at http://localhost:${config.port} (API docs: /api/docs, engine: ${ctx.database.engine})`);
  return { app, ctx };
}
