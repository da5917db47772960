/**
 * `npm start` on a fresh clone has no built web app: build it once (and again when a source file
 * is newer than the build), so the two-command start needs no separate build step.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Logger } from "pino";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

export async function ensureWebBuild(log: Logger): Promise<void> {
  const source = path.join(ROOT, "src/web");
  const index = path.join(ROOT, "dist/web/index.html");
  if (!existsSync(path.join(source, "index.html"))) return;
  if (existsSync(index) && statSync(index).mtimeMs >= newestMtime(source)) return;
  log.info("building the web app (first start or sources changed)…");
  const started = Date.now();
  const { build } = await import("vite");
  await build({ configFile: path.join(ROOT, "vite.config.ts"), logLevel: "warn" });
  log.info({ ms: Date.now() - started }, "web app built");
}
