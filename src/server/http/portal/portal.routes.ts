/**
 * The public portal: server-rendered HTML for citizens under /portal (no script needed), its
 * stylesheet, /robots.txt and /sitemap.xml. Kazakh by default, `?lang=ru|en` otherwise. Pages are
 * public and change only when a round is published or a decision is made: cached for a minute,
 * with an ETag so a reload costs a 304.
 */
import { createHash } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { isLocale, LOCALES, type Locale } from "../../../i18n/index.ts";
import type { AppContext } from "../../context.ts";
import { AppError } from "../../errors.ts";
import { BODY_KINDS, type BodyKind } from "../../db/enums.ts";
import { listPortalBodies } from "../../services/portal/list-portal-bodies.ts";
import { readPortalBody } from "../../services/portal/read-portal-body.ts";
import { readPortalInitiative } from "../../services/portal/read-portal-initiative.ts";
import { listSitemapEntries } from "../../services/portal/list-sitemap-entries.ts";
import { escapeHtml } from "./html.ts";
import { isUnstorable } from "../plugins/text-guard.ts";
import { CSS_PATH, portalHref, type PageContext } from "./layout.ts";
import { PORTAL_CSS } from "./portal-css.ts";
import { bodyCodeParams, initiativeIdParams } from "./portal.schema.ts";
import { renderIndexPage } from "./pages/index-page.ts";
import { renderBodyPage } from "./pages/body-page.ts";
import { renderInitiativePage } from "./pages/initiative-page.ts";
import { renderNotFoundPage } from "./pages/not-found-page.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CACHE = "public, max-age=60";

/**
 * Query values read loosely on purpose: a bad or repeated filter on a public page shows the
 * unfiltered list (and a bad address the HTML 404), never the API's JSON error.
 */
function queryValue(request: FastifyRequest, name: string): string | undefined {
  const value = (request.query as Record<string, unknown> | undefined)?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  // A NUL or lone surrogate cannot reach the database: such a filter is dropped like any bad one (W16).
  return typeof first === "string" && !isUnstorable(first) ? first : undefined;
}

/** The page's language comes from the address only, so every URL is one cacheable, indexable page. */
function localeOf(request: FastifyRequest): Locale {
  const lang = queryValue(request, "lang");
  return isLocale(lang) ? lang : "kk";
}

/**
 * Canonical links, hreflang, the sitemap and robots.txt are cached publicly, so they must not echo a
 * Host or X-Forwarded-Host a client chose (W2): the configured public address wins; without one, the
 * Host of the connection (X-Forwarded-* only from configured proxies), if it is a plain host name.
 */
const PLAIN_HOST = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;
const publicUrls = new WeakMap<object, string>();
function originOf(request: FastifyRequest): string {
  return (
    publicUrls.get(request.server) ??
    `${request.protocol}://${PLAIN_HOST.test(request.host) ? request.host : "localhost"}`
  );
}

function pageContext(request: FastifyRequest, path: string, query?: PageContext["query"]): PageContext {
  return { locale: localeOf(request), origin: originOf(request), path, ...(query ? { query } : {}) };
}

function sendCached(request: FastifyRequest, reply: FastifyReply, type: string, body: string) {
  const etag = `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  void reply.header("cache-control", CACHE).header("etag", etag);
  if (request.headers["if-none-match"] === etag) return reply.status(304).send();
  return reply.type(type).send(body);
}

function sendNotFound(request: FastifyRequest, reply: FastifyReply) {
  const path = request.url.split("?")[0] ?? "/portal";
  return reply
    .status(404)
    .header("cache-control", "no-store")
    .type("text/html; charset=utf-8")
    .send(renderNotFoundPage(pageContext(request, path)));
}

/** Runs a page's work; a not-found from the services becomes the localized HTML 404 page. */
async function page(request: FastifyRequest, reply: FastifyReply, work: () => Promise<string>) {
  try {
    return sendCached(request, reply, "text/html; charset=utf-8", await work());
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return sendNotFound(request, reply);
    throw error;
  }
}

export const portalRoutes =
  (ctx: AppContext, options: { publicUrl?: string } = {}): FastifyPluginAsyncZod =>
  async (app) => {
    if (options.publicUrl) publicUrls.set(app, options.publicUrl);
    const hidden = { hide: true };

    app.get("/portal", { schema: hidden }, async (request, reply) =>
      page(request, reply, async () => {
        const [kind, region, q] = [
          queryValue(request, "kind"),
          queryValue(request, "region"),
          queryValue(request, "q"),
        ];
        const filter = {
          ...(BODY_KINDS.includes(kind as BodyKind) ? { kind: kind as BodyKind } : {}),
          ...(region && region.length <= 100 ? { regionCode: region } : {}),
          ...(q && q.trim() ? { q: q.trim().slice(0, 200) } : {}),
        };
        const data = await listPortalBodies(ctx, filter, localeOf(request));
        const pc = pageContext(request, "/portal", { q: filter.q, kind: filter.kind, region: filter.regionCode });
        return renderIndexPage(pc, data, filter);
      }),
    );

    app.get("/portal/bodies/:code", { schema: { ...hidden, params: bodyCodeParams } }, async (request, reply) =>
      page(request, reply, async () => {
        if (request.params.code.length > 200) throw new AppError("not_found", { entity: "state body" });
        const data = await readPortalBody(ctx, request.params.code);
        return renderBodyPage(pageContext(request, `/portal/bodies/${encodeURIComponent(data.body.code)}`), data);
      }),
    );

    app.get("/portal/initiatives/:id", { schema: { ...hidden, params: initiativeIdParams } }, async (request, reply) =>
      page(request, reply, async () => {
        if (!UUID.test(request.params.id)) throw new AppError("not_found", { entity: "initiative" });
        const report = await readPortalInitiative(ctx, request.params.id);
        return renderInitiativePage(pageContext(request, `/portal/initiatives/${report.initiative.id}`), report);
      }),
    );

    app.get(CSS_PATH, { schema: { hide: true } }, async (request, reply) =>
      sendCached(request, reply, "text/css; charset=utf-8", PORTAL_CSS),
    );

    // Anything else under /portal is the portal's own 404, not the signed-in app's index.html.
    app.get("/portal/*", { schema: hidden }, async (request, reply) => sendNotFound(request, reply));

    app.get("/robots.txt", { schema: { hide: true } }, async (request, reply) =>
      sendCached(
        request,
        reply,
        "text/plain; charset=utf-8",
        [
          "User-agent: *",
          "Allow: /portal",
          "Allow: /api/open-data/",
          "Disallow: /api/",
          // The signed-in application has nothing for a search engine.
          "Disallow: /",
          `Sitemap: ${originOf(request)}/sitemap.xml`,
          "",
        ].join("\n"),
      ),
    );

    app.get("/sitemap.xml", { schema: { hide: true } }, async (request, reply) => {
      const origin = originOf(request);
      const entries = await listSitemapEntries(ctx);
      const url = (path: string, lastmod?: Date) => {
        const alternates = LOCALES.map(
          (l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${escapeHtml(origin + portalHref(path, l))}"/>`,
        ).join("");
        const mod = lastmod ? `<lastmod>${lastmod.toISOString().slice(0, 10)}</lastmod>` : "";
        return `<url><loc>${escapeHtml(origin + path)}</loc>${mod}${alternates}</url>`;
      };
      const xml = [
        `<?xml version="1.0" encoding="UTF-8"?>`,
        `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">`,
        url("/portal"),
        ...entries.bodies.map((code) => url(`/portal/bodies/${encodeURIComponent(code)}`)),
        ...entries.initiatives.map((i) => url(`/portal/initiatives/${i.id}`, i.updatedAt)),
        `</urlset>`,
        "",
      ].join("\n");
      return sendCached(request, reply, "application/xml; charset=utf-8", xml);
    });
  };
