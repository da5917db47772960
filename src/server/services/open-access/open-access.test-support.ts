/**
 * A local stand-in for the portals and bodies' websites (127.0.0.1, port 0): the checker's tests
 * never touch the internet. Each path serves one case §23's "open access" has to tell apart.
 */
import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";

export const PUBLIC_HTML =
  "<!doctype html><html><body><h1>Құқықтық акт жобасы</h1><p>Жобаның мәтіні.</p></body></html>";
export const NOT_FOUND_TEXT = "Not found";
export const LOGIN_HTML =
  '<html><body><form method=post><input name=login><input type="password" name=pwd><button>Кіру</button></form></body></html>';
/** How long /slow waits before answering: well past any timeout a test sets. */
export const SLOW_MS = 10_000;

export const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

export interface PortalStub {
  server: Server;
  url: (path: string) => string;
  /** Paths answered with PUBLIC_HTML from now on (a body fixing its page). */
  fixed: Set<string>;
  /** Every path requested, in order (to show a refused address was never reached). */
  hits: string[];
  close: () => Promise<void>;
}

export async function startPortalStub(): Promise<PortalStub> {
  const fixed = new Set<string>();
  const hits: string[] = [];
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    hits.push(path);
    if (fixed.has(path) || path === "/public") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PUBLIC_HTML);
    } else if (path === "/missing") {
      res.writeHead(404, { "content-type": "text/plain" }).end(NOT_FOUND_TEXT);
    } else if (path === "/private") {
      res.writeHead(302, { location: "/login?next=%2Fprivate" }).end();
    } else if (path === "/login") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(LOGIN_HTML);
    } else if (path === "/slow") {
      const timer = setTimeout(() => res.writeHead(200, { "content-type": "text/html" }).end(PUBLIC_HTML), SLOW_MS);
      res.on("close", () => clearTimeout(timer));
    } else if (path === "/empty") {
      res.writeHead(200, { "content-type": "text/html" }).end();
    } else if (path === "/big") {
      res.writeHead(200, { "content-type": "application/pdf" }).end(Buffer.alloc(3 * 1024 * 1024, 0x41));
    } else {
      res.writeHead(500).end("unexpected path");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    server,
    fixed,
    hits,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
