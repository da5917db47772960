/** An in-process app for HTTP tests (Fastify's inject: real routing, no socket). */
import type { FastifyInstance } from "fastify";
import type { AppContext } from "../src/server/context.ts";
import { buildApp } from "../src/server/http/app.ts";
import { TEST_PASSWORD } from "./factories.ts";

export async function buildTestApp(ctx: AppContext): Promise<FastifyInstance> {
  const app = await buildApp(ctx, { sessionTtlMs: 3_600_000, secureCookies: false });
  await app.ready();
  return app;
}

/** Signs in and returns the cookie header to send with later requests. */
export async function signInCookie(
  app: FastifyInstance,
  email: string,
  password = TEST_PASSWORD,
  remoteAddress?: string,
): Promise<string> {
  const response = await app.inject({
    method: "POST",
    url: "/api/auth/sign-in",
    payload: { email, password },
    ...(remoteAddress ? { remoteAddress } : {}),
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === "pikir_session");
  return `pikir_session=${cookie!.value}`;
}

/**
 * Sign-ins for a file that signs in many users: each from its own address (`${prefix}.1`, `.2` …), so
 * the per-address sign-in limit guards production without tripping the test itself.
 */
export function signInEachFrom(app: () => FastifyInstance, prefix: string): (email: string) => Promise<string> {
  let n = 0;
  return (email) => signInCookie(app(), email, TEST_PASSWORD, `${prefix}.${++n}`);
}

/** Polls an import run (GET /api/imports/:id) until it leaves "running"; 10 s at the most. */
export async function waitForImportRun(app: FastifyInstance, id: string, cookie: string) {
  for (let i = 0; i < 200; i++) {
    const run = (await app.inject({ url: `/api/imports/${id}`, headers: { cookie } })).json();
    if (run.status !== "running") return run;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("import did not finish");
}
