/**
 * Every error leaves as one JSON shape: { error: { code, message, details? } }, the message in the
 * caller's language. Unknown errors are logged in full and shown as "internal" without internals.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { AppError } from "../../errors.ts";
import { pickLocale } from "../../../i18n/index.ts";

interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/** Answers a request no route matched, or returns false to fall through to the 404 (the web app's index.html). */
export type NotFoundFallback = (request: FastifyRequest, reply: FastifyReply) => Promise<boolean> | boolean;
const fallbacks = new WeakMap<FastifyInstance, NotFoundFallback>();

/** Fastify allows one not-found handler per prefix: others plug into ours instead of replacing it. */
export function setNotFoundFallback(app: FastifyInstance, fallback: NotFoundFallback): void {
  fallbacks.set(app, fallback);
}

/**
 * Errors the router raises before any hook runs (a malformed URL, an over-long path parameter):
 * Fastify answers those itself unless given this, so they get our shape and the caller's language.
 */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const appError = new AppError("validation_failed", { details: error.message.slice(0, 200) });
  void reply.status(error.statusCode ?? 400).send({
    error: { code: appError.code, message: appError.messageIn(pickLocale(request.headers["accept-language"])) },
  } satisfies ErrorBody);
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const locale = request.locale;
    if (error instanceof AppError) {
      return reply.status(error.status).send({
        error: { code: error.code, message: error.messageIn(locale), details: error.details },
      } satisfies ErrorBody);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = error.validation.map((v) => ({
        field: `${error.validationContext ?? ""}${v.instancePath}`.replace(/\//g, "."),
        message: v.message,
      }));
      const appError = new AppError(
        "validation_failed",
        { details: details.map((d) => `${d.field}: ${d.message}`).join("; ") },
        details,
      );
      return reply
        .status(400)
        .send({ error: { code: appError.code, message: appError.messageIn(locale), details } } satisfies ErrorBody);
    }
    if (error.statusCode === 429) {
      const appError = new AppError("rate_limited", { seconds: 60 });
      return reply.status(429).send({ error: { code: appError.code, message: appError.messageIn(locale) } });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // Fastify's own client errors (bad JSON, body too large, unsupported media type).
      const appError = new AppError("validation_failed", { details: error.message });
      return reply
        .status(error.statusCode)
        .send({ error: { code: appError.code, message: appError.messageIn(locale) } });
    }
    request.log.error({ err: error }, "unhandled error");
    const internal = new AppError("internal");
    return reply.status(500).send({ error: { code: internal.code, message: internal.messageIn(locale) } });
  });
  app.setNotFoundHandler(async (request, reply) => {
    const fallback = fallbacks.get(app);
    if (fallback && (await fallback(request, reply))) return reply;
    const appError = new AppError("not_found", { entity: request.url.split("?")[0] ?? "" });
    return reply.status(404).send({ error: { code: appError.code, message: appError.messageIn(request.locale) } });
  });
}
