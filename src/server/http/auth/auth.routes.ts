import { z } from "zod";
import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.ts";
import { signIn, signOut } from "../../services/auth/sessions.ts";
import { requireActor, SESSION_COOKIE } from "../plugins/auth.ts";
import { errorSchema } from "../common.schema.ts";
import { meSchema } from "./auth.schema.ts";

/** The session cookie: httpOnly, SameSite=Strict (with the cross-site guard, the CSRF defence). */
export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: "strict", secure, path: "/", expires: expiresAt });
}

export const authRoutes =
  (ctx: AppContext, opts: { ttlMs: number; secureCookies: boolean }): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      "/api/auth/sign-in",
      {
        config: { rateLimit: { max: 10, timeWindow: "1 minute" } },
        schema: {
          tags: ["auth"],
          summary: "Sign in with e-mail and password; sets the session cookie",
          body: z.object({ email: z.string().trim().max(254), password: z.string().min(1).max(1024) }),
          response: { 200: meSchema, 401: errorSchema },
        },
      },
      async (request, reply) => {
        const { token, user, expiresAt } = await signIn(
          ctx,
          request.body.email,
          request.body.password,
          opts.ttlMs,
          request.ip,
        );
        setSessionCookie(reply, token, expiresAt, opts.secureCookies);
        return { id: user.id, email: user.email, role: user.role, bodyId: user.bodyId };
      },
    );

    app.post(
      "/api/auth/sign-out",
      { schema: { tags: ["auth"], summary: "End the session" } },
      async (request, reply) => {
        const token = request.cookies[SESSION_COOKIE];
        if (token) await signOut(ctx, token);
        reply.clearCookie(SESSION_COOKIE, { path: "/" });
        return reply.status(204).send();
      },
    );

    app.get(
      "/api/auth/me",
      {
        schema: { tags: ["auth"], summary: "Who is signed in", response: { 200: meSchema, 401: errorSchema } },
      },
      async (request) => {
        const actor = requireActor(request);
        return { id: actor.userId, email: actor.label, role: actor.role, bodyId: actor.bodyId };
      },
    );
  };
