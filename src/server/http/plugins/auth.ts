/** Resolves the session cookie to an Actor and the caller's locale, on every request. */
import type { FastifyInstance, FastifyRequest } from "fastify";
import "@fastify/cookie";
import { isLocale, pickLocale, type Locale } from "../../../i18n/index.ts";
import type { Actor, AppContext } from "../../context.ts";
import { AppError } from "../../errors.ts";
import { actorOf, resolveSession } from "../../services/auth/sessions.ts";

export const SESSION_COOKIE = "pikir_session";
const LOCALE_COOKIE = "pikir_lang";

declare module "fastify" {
  interface FastifyRequest {
    locale: Locale;
    actor: Actor | null;
  }
}

export function registerRequestContext(app: FastifyInstance, ctx: AppContext, options: { idleMs?: number } = {}): void {
  app.decorateRequest("locale", "kk");
  app.decorateRequest("actor", null);
  app.addHook("onRequest", async (request) => {
    const query = request.query as Record<string, unknown> | undefined;
    const asked = query?.lang ?? request.headers["x-pikir-lang"] ?? request.cookies[LOCALE_COOKIE];
    request.locale = isLocale(asked) ? asked : pickLocale(request.headers["accept-language"]);
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const user = await resolveSession(ctx, token, options.idleMs);
      request.actor = user ? actorOf(user) : null;
    }
  });
}

/** The signed-in actor, or a 401 in the caller's language. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError("not_authenticated");
  return request.actor;
}
