/**
 * Serves the built single-page app from dist/web: hashed assets with long caching, and
 * index.html for every other non-API GET so that client-side routes survive a reload.
 */
import path from "node:path";
import type { FastifyInstance } from "fastify";
import fastifyStatic from "@fastify/static";
import { setNotFoundFallback } from "../plugins/errors.ts";

export async function registerWebApp(app: FastifyInstance, distDir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: distDir,
    prefix: "/",
    wildcard: false,
    index: ["index.html"],
    cacheControl: false, // ours, below
    setHeaders(res, filePath) {
      // Vite puts a content hash in every asset name: safe to cache for a year.
      if (filePath.includes(`${path.sep}assets${path.sep}`))
        res.setHeader("cache-control", "public, max-age=31536000, immutable");
      else res.setHeader("cache-control", "no-cache");
    },
  });
  setNotFoundFallback(app, async (request, reply) => {
    const url = request.url.split("?")[0] ?? "/";
    if (request.method !== "GET" || url.startsWith("/api/") || path.extname(url) !== "") return false;
    await reply.header("cache-control", "no-cache").sendFile("index.html");
    return true;
  });
}
