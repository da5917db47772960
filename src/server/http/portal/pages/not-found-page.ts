/** The portal's own 404: a real HTML page in the asked language, not the API's JSON error. */
import { html } from "../html.ts";
import { portalHref, portalTranslator, renderPage, type PageContext } from "../layout.ts";

export function renderNotFoundPage(pc: PageContext): string {
  const t = portalTranslator(pc.locale);
  const main = html`<h1>${t("notFound.title")}</h1>
<p>${t("notFound.text")}</p>
<p><a href="${portalHref("/portal", pc.locale)}">${t("body.back")}</a></p>`;
  return renderPage(pc, { title: t("notFound.title"), description: t("notFound.text"), main, noindex: true });
}
