/**
 * Sign-in through eGov (or any OpenID Connect provider), when one is configured: /start sends the
 * browser to the provider with state, nonce and PKCE kept in a short-lived cookie; /callback checks
 * them, signs in the linked account and returns to the app. Failures go back to the sign-in page
 * with an error code the page shows in the user's language; nothing about them is in the URL.
 */
import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.ts";
import { AppError } from "../../errors.ts";
import type { IdentityProvider, PendingSignIn } from "../../services/auth/identity-provider.ts";
import { signInWithIdentity } from "../../services/auth/sign-in-with-identity.ts";
import { setSessionCookie } from "./auth.routes.ts";
import { pendingSchema } from "./oidc.schema.ts";

const PENDING_COOKIE = "pikir_oidc";
const PENDING_PATH = "/api/auth/oidc";

export const oidcRoutes =
  (
    ctx: AppContext,
    opts: { provider?: IdentityProvider; redirectUri?: string; ttlMs: number; secureCookies: boolean },
  ): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/auth/providers",
      {
        schema: {
          tags: ["auth"],
          summary: "External identity providers offered on the sign-in page",
          response: {
            200: z.object({ providers: z.array(z.object({ id: z.string(), label: z.string(), start: z.string() })) }),
          },
        },
      },
      async () => ({
        providers: opts.provider ? [{ id: "oidc", label: opts.provider.label, start: `${PENDING_PATH}/start` }] : [],
      }),
    );

    const { provider, redirectUri } = opts;
    if (!provider || !redirectUri) return;

    app.get(
      `${PENDING_PATH}/start`,
      {
        config: { rateLimit: { max: 20, timeWindow: "1 minute" } },
        schema: { tags: ["auth"], summary: "Start signing in through the identity provider (302 to the provider)" },
      },
      async (_request, reply) => {
        const { url, pending } = await provider.begin();
        // Lax, not Strict: the provider's redirect back is a cross-site navigation that must carry it.
        reply.setCookie(PENDING_COOKIE, Buffer.from(JSON.stringify(pending)).toString("base64url"), {
          httpOnly: true,
          sameSite: "lax",
          secure: opts.secureCookies,
          path: PENDING_PATH,
          maxAge: 600,
        });
        return reply.redirect(url.href, 302);
      },
    );

    app.get(
      `${PENDING_PATH}/callback`,
      {
        config: { rateLimit: { max: 20, timeWindow: "1 minute" } },
        schema: { tags: ["auth"], summary: "The provider's redirect back: signs in and returns to the app (302)" },
      },
      async (request, reply) => {
        reply.clearCookie(PENDING_COOKIE, { path: PENDING_PATH });
        const back = (code: string) => reply.redirect(`/sign-in?error=${code}`, 302);
        const pending = readPending(request.cookies[PENDING_COOKIE]);
        if (!pending) return back("identity_failed");
        // The token request must name the registered redirect URI exactly, whatever proxy we sit behind.
        const current = new URL(redirectUri);
        current.search = new URL(request.url, "http://pikir.invalid").search;
        try {
          const identity = await provider.complete(current, pending);
          const { token, expiresAt } = await signInWithIdentity(ctx, identity, opts.ttlMs);
          setSessionCookie(reply, token, expiresAt, opts.secureCookies);
          return reply.redirect("/", 302);
        } catch (error) {
          if (error instanceof AppError && error.code === "identity_without_account") return back(error.code);
          request.log.warn({ err: error }, "identity provider sign-in failed");
          return back("identity_failed");
        }
      },
    );
  };

function readPending(cookie: string | undefined): PendingSignIn | undefined {
  if (!cookie) return undefined;
  try {
    const parsed = pendingSchema.safeParse(JSON.parse(Buffer.from(cookie, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
