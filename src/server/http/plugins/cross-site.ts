/**
 * CSRF defence for cookie sessions (OWASP: "verify origin with standard headers"). Browsers send
 * Origin on every POST/PUT/PATCH/DELETE and Sec-Fetch-Site on every request; a state-changing
 * request that carries them must come from our own origin. The session cookie is also
 * SameSite=Strict, so this is the second of two independent locks. Requests without those headers
 * (curl, server-to-server clients) are not browsers driven by another site and pass.
 */
import type { FastifyInstance } from "fastify";
import { AppError } from "../../errors.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function registerCrossSiteGuard(
  app: FastifyInstance,
  options: { allowedOrigins?: readonly string[]; trustForwardedHost?: boolean } = {},
): void {
  const allowed = new Set(options.allowedOrigins ?? []);
  app.addHook("onRequest", async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    const fetchSite = request.headers["sec-fetch-site"];
    if (fetchSite === "cross-site") throw new AppError("cross_site_request");
    const origin = request.headers.origin;
    if (!origin) return;
    if (origin === "null") throw new AppError("cross_site_request"); // sandboxed frames, data: pages
    // X-Forwarded-Host counts only behind a configured proxy; otherwise anyone could send it (W2).
    const host = (options.trustForwardedHost ? request.headers["x-forwarded-host"] : undefined) ?? request.headers.host;
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      throw new AppError("cross_site_request");
    }
    if (originHost !== host && !allowed.has(origin)) throw new AppError("cross_site_request");
  });
}
