import type { Command } from "commander";
import { loadConfig } from "../../server/config.ts";

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("run the web app and API (embedded PGlite unless DATABASE_URL is set)")
    .option("--port <port>", "port to listen on (default: PORT or 8080)")
    .option("--seed-if-empty", "seed the registry (and demo data in demo mode) into an empty database")
    .option("--no-web-build", "do not build the web app before starting")
    .action(async (opts: { port?: string; seedIfEmpty?: boolean; webBuild: boolean }) => {
      const config = loadConfig({ ...process.env, ...(opts.port ? { PORT: opts.port } : {}) });
      const { startServer } = await import("../../server/start-server.ts");
      await startServer(config, { seedIfEmpty: Boolean(opts.seedIfEmpty), buildWeb: opts.webBuild });
    });
}
