/**
 * Text that PostgreSQL cannot store, refused at the door with a clear 400 instead of a 500 from the
 * database (W16): a NUL character (text columns cannot hold U+0000) or an unpaired UTF-16 surrogate
 * (not valid UTF-8) in any query value, path parameter or JSON string; and a JSON body whose bytes
 * are not valid UTF-8, which would otherwise be stored with U+FFFD in place of what was sent.
 */
import { EventEmitter } from "node:events";
import type { FastifyInstance } from "fastify";
import { AppError } from "../../errors.ts";

const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when the string holds a NUL or a lone surrogate. */
export function isUnstorable(value: string): boolean {
  return UNSTORABLE.test(value);
}

/**
 * Parsed JSON, a query or params are walked; an upload's body is a stream (or a Buffer), and
 * walking a stream's properties reaches the socket, the server and back — a graph without end.
 */
function isWalkable(value: unknown): value is object {
  return !!value && typeof value === "object" && !(value instanceof EventEmitter) && !ArrayBuffer.isView(value);
}

/** The path (a.b.0) of the first unstorable string in a parsed value; walked without recursion. */
export function findUnstorable(root: unknown, rootPath: string): string | null {
  const stack: [unknown, string][] = [[root, rootPath]];
  const seen = new WeakSet<object>();
  while (stack.length) {
    const [value, at] = stack.pop()!;
    if (typeof value === "string") {
      if (isUnstorable(value)) return at;
    } else if (isWalkable(value) && !seen.has(value)) {
      seen.add(value);
      for (const [key, child] of Object.entries(value)) {
        if (isUnstorable(key)) return `${at}.${key.replace(UNSTORABLE, "?")}`;
        stack.push([child, `${at}.${key}`]);
      }
    }
  }
  return null;
}

const fatalUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export function registerTextGuard(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser("error", "error");
  app.addContentTypeParser("application/json", { parseAs: "buffer" }, (request, body, done) => {
    let text: string;
    try {
      text = fatalUtf8.decode(body as Buffer);
    } catch {
      done(new AppError("validation_failed", { details: "the request body is not valid UTF-8" }), undefined);
      return;
    }
    parseJson(request, text, done);
  });
  app.addHook("preValidation", async (request) => {
    if (!request.url.startsWith("/api/")) return; // the portal reads its filters loosely and drops bad ones
    const at =
      findUnstorable(request.query, "query") ??
      findUnstorable(request.params, "params") ??
      findUnstorable(request.body, "body");
    if (at)
      throw new AppError("validation_failed", {
        details: `${at}: NUL characters and unpaired surrogates are not allowed`,
      });
  });
}
