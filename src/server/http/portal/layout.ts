/**
 * The page shell every portal page shares: <html lang>, title and description, canonical and
 * hreflang alternates, a skip link, landmarks, the language switch and the footer. Links keep the
 * page's language: Kazakh is the default and has no `lang` parameter, so its URLs are the canonical ones.
 */
import { LOCALES, translate, type Locale, type MessageParams } from "../../../i18n/index.ts";
import { portalMessages, type PortalMessageKey } from "../../../i18n/messages/portal.ts";
import { evaluationMessages } from "../../../i18n/messages/evaluation.ts";
import { formatDate } from "../../../domain/reports/document.ts";
import { html, type SafeHtml } from "./html.ts";

const LANGUAGE_NAMES: Record<Locale, string> = { kk: "Қазақша", ru: "Русский", en: "English" };
export const CSS_PATH = "/portal/assets/portal.css";

export interface PageContext {
  locale: Locale;
  /** "https://pikir.example.kz", for canonical, hreflang and sitemap addresses. */
  origin: string;
  /** The page's path without query, e.g. "/portal/bodies/MINFIN". */
  path: string;
  /** Query parameters the page keeps across language switches (filters), without `lang`. */
  query?: Record<string, string | undefined>;
}

export type Translator = (key: PortalMessageKey, params?: MessageParams) => string;
export const portalTranslator =
  (locale: Locale): Translator =>
  (key, params) =>
    translate(portalMessages, locale, key, params);

/** A portal address in the given language: `?lang=` only when it is not Kazakh. */
export function portalHref(path: string, locale: Locale, query: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v) params.set(k, v);
  if (locale !== "kk") params.set("lang", locale);
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export function bandName(band: string | null | undefined, locale: Locale): string {
  if (band === "high" || band === "medium" || band === "low" || band === "ineffective")
    return translate(evaluationMessages, locale, `band.${band}`);
  return translate(portalMessages, locale, "band.none");
}

export function bandBadge(band: string | null | undefined, locale: Locale): SafeHtml {
  const key = band === "high" || band === "medium" || band === "low" || band === "ineffective" ? band : "none";
  return html`<span class="band band-${key}">${bandName(band, locale)}</span>`;
}

/**
 * The official result's badge: its band when evaluated, otherwise its status (result-status.ts) —
 * a §22 default or a missing §20 submission must never read as a band.
 */
export function resultBadge(
  status: string | null | undefined,
  band: string | null | undefined,
  locale: Locale,
): SafeHtml {
  if (status === "nothing_received" || status === "not_submitted") {
    return html`<span class="band band-none status-${status}">${translate(evaluationMessages, locale, `status.${status}`)}</span>`;
  }
  return bandBadge(band, locale);
}

/** F as the portal prints it: one decimal, or a dash where there is no official figure. */
export function formatF(fValue: string | null | undefined): string {
  return fValue == null ? "—" : Number(fValue).toFixed(1);
}

export { formatDate };

/** "2025" for a calendar year, "01.2025–06.2025" otherwise: short enough for a chart's axis. */
export function periodLabel(from: string, to: string): string {
  if (from.endsWith("-01-01") && to.endsWith("-12-31") && from.slice(0, 4) === to.slice(0, 4)) return from.slice(0, 4);
  const monthYear = (d: string) => `${d.slice(5, 7)}.${d.slice(0, 4)}`;
  return `${monthYear(from)}–${monthYear(to)}`;
}

export function formatPeriod(from: string, to: string): string {
  return `${formatDate(from)} – ${formatDate(to)}`;
}

export interface PageContent {
  title: string;
  description: string;
  main: SafeHtml;
  /** A 404 page must not be indexed. */
  noindex?: boolean;
}

export function renderPage(pc: PageContext, content: PageContent): string {
  const t = portalTranslator(pc.locale);
  const absolute = (locale: Locale) => `${pc.origin}${portalHref(pc.path, locale, pc.query)}`;
  const alternates = LOCALES.map((l) => html`<link rel="alternate" hreflang="${l}" href="${absolute(l)}">`);
  const switcher = LOCALES.map(
    (l) =>
      html`<li><a href="${portalHref(pc.path, l, pc.query)}" lang="${l}" hreflang="${l}"${l === pc.locale ? html` aria-current="true"` : ""}>${LANGUAGE_NAMES[l]}</a></li>`,
  );
  const page = html`<!doctype html>
<html lang="${pc.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${content.title} — ${t("site.name")}</title>
<meta name="description" content="${content.description}">
${
  content.noindex
    ? html`<meta name="robots" content="noindex">`
    : html`<link rel="canonical" href="${absolute(pc.locale)}">
${alternates}
<link rel="alternate" hreflang="x-default" href="${absolute("kk")}">`
}
<link rel="stylesheet" href="${CSS_PATH}">
</head>
<body>
<a class="skip" href="#main">${t("nav.skip")}</a>
<header class="site"><div class="wrap">
<a class="brand" href="${portalHref("/portal", pc.locale)}">${t("site.name")}</a>
<nav aria-label="${t("nav.main")}"><ul>
<li><a href="${portalHref("/portal", pc.locale)}">${t("nav.bodies")}</a></li>
<li><a href="${portalHref("/portal", pc.locale)}#open-data">${t("nav.openData")}</a></li>
</ul></nav>
<nav class="lang" aria-label="${t("nav.language")}"><ul>${switcher}</ul></nav>
</div></header>
<main id="main" class="wrap">
${content.main}
</main>
<footer class="site"><div class="wrap">
<p>${t("site.tagline")}</p>
<p>${t("footer.published")} <a href="/api/docs">${t("footer.api")}</a></p>
</div></footer>
</body>
</html>
`;
  return page.value;
}
