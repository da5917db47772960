/** /portal: the filterable list of in-scope bodies, the band distribution and the open-data links. */
import { BODY_KINDS } from "../../../db/enums.ts";
import type { PortalBodyList } from "../../../services/portal/list-portal-bodies.ts";
import { DISTRIBUTION_KEYS } from "../../../services/portal/list-portal-bodies.ts";
import type { PortalBodyFilter } from "../../../repositories/portal.repository.ts";
import { nameIn } from "../../../../domain/reports/document.ts";
import { translate } from "../../../../i18n/index.ts";
import { evaluationMessages } from "../../../../i18n/messages/evaluation.ts";
import { distributionChart } from "../charts.ts";
import { html, type SafeHtml } from "../html.ts";
import {
  bandBadge,
  bandName,
  formatF,
  formatPeriod,
  resultBadge,
  portalHref,
  portalTranslator,
  renderPage,
  type PageContext,
  type Translator,
} from "../layout.ts";

const OPEN_DATA = [
  { key: "openData.indicators", name: "indicators" },
  { key: "openData.bodies", name: "bodies" },
  { key: "openData.discussions", name: "discussions" },
] as const;

function openDataSection(t: Translator): SafeHtml {
  return html`<section id="open-data" aria-labelledby="open-data-title">
<h2 id="open-data-title">${t("openData.title")}</h2>
<p class="muted">${t("openData.note")}</p>
<ul class="downloads">${OPEN_DATA.map((d) => html`<li>${t(d.key)}: <a href="/api/open-data/${d.name}.csv" type="text/csv">CSV</a> · <a href="/api/open-data/${d.name}.json" type="application/json">JSON</a></li>`)}</ul>
</section>`;
}

export function renderIndexPage(pc: PageContext, data: PortalBodyList, filter: PortalBodyFilter): string {
  const { locale } = pc;
  const t = portalTranslator(locale);
  const regionName = new Map(
    data.regions.map((r) => [r.code, nameIn({ kk: r.nameKk, ru: r.nameRu, en: r.nameEn }, locale)]),
  );
  // The reader's alphabet, as for the bodies (the database orders regions by code).
  const collator = new Intl.Collator(locale);
  const regionsInOrder = [...data.regions].sort((a, b) =>
    collator.compare(regionName.get(a.code) ?? a.code, regionName.get(b.code) ?? b.code),
  );
  const d = data.distribution;
  const chart = distributionChart(
    "bands",
    t("chart.distribution.title"),
    t("chart.distribution.descStatus", {
      high: d.high,
      medium: d.medium,
      low: d.low,
      ineffective: d.ineffective,
      nothingReceived: d.nothing_received,
      notSubmitted: d.not_submitted,
      none: d.none,
    }),
    DISTRIBUTION_KEYS.map((key) => ({
      key,
      count: d[key],
      label:
        key === "nothing_received" || key === "not_submitted"
          ? translate(evaluationMessages, locale, `status.${key}`)
          : bandName(key, locale),
    })),
  );

  const form = html`<form class="filter" method="get" action="/portal" role="search" aria-label="${t("filter.legend")}">
${locale !== "kk" ? html`<input type="hidden" name="lang" value="${locale}">` : ""}
<label>${t("filter.q")}<input type="search" name="q" value="${filter.q ?? ""}" maxlength="200"></label>
<label>${t("filter.kind")}<select name="kind"><option value="">${t("filter.allKinds")}</option>${BODY_KINDS.map((k) => html`<option value="${k}"${filter.kind === k ? html` selected` : ""}>${t(`kind.${k}`)}</option>`)}</select></label>
<label>${t("filter.region")}<select name="region"><option value="">${t("filter.allRegions")}</option>${regionsInOrder.map((r) => html`<option value="${r.code}"${filter.regionCode === r.code ? html` selected` : ""}>${regionName.get(r.code)}</option>`)}</select></label>
<button type="submit">${t("filter.submit")}</button>
<a href="${portalHref("/portal", locale)}">${t("filter.reset")}</a>
</form>`;

  const rows = data.rows.map(
    ({ body, latest }) => html`<tr>
<th scope="row"><a href="${portalHref(`/portal/bodies/${encodeURIComponent(body.code)}`, locale)}">${nameIn({ kk: body.nameKk, ru: body.nameRu, en: body.nameEn }, locale)}</a></th>
<td class="wide-only">${t(`kind.${body.kind}`)}</td>
<td class="wide-only">${body.regionCode ? (regionName.get(body.regionCode) ?? body.regionCode) : ""}</td>
<td class="num">${formatF(latest?.fValue)}</td>
<td>${latest ? resultBadge(latest.status, latest.band, locale) : bandBadge(null, locale)}</td>
<td class="wide-only">${latest ? formatPeriod(latest.periodFrom, latest.periodTo) : ""}</td>
</tr>`,
  );

  const table =
    data.rows.length === 0
      ? html`<p>${t("index.empty")}</p>`
      : html`<div class="table-scroll"><table>
<caption class="visually-hidden">${t("index.listTitle")}</caption>
<thead><tr><th scope="col">${t("col.body")}</th><th scope="col" class="wide-only">${t("col.kind")}</th><th scope="col" class="wide-only">${t("col.region")}</th><th scope="col" class="num">${t("col.F")}</th><th scope="col">${t("col.band")}</th><th scope="col" class="wide-only">${t("col.period")}</th></tr></thead>
<tbody>${rows}</tbody></table></div>`;

  const main = html`<h1>${t("index.title")}</h1>
<p class="lead">${t("index.description")}</p>
${form}
<p aria-live="polite">${t("index.count", { count: data.rows.length })}</p>
${chart}
<section aria-labelledby="list-title"><h2 id="list-title">${t("index.listTitle")}</h2>${table}</section>
${openDataSection(t)}`;
  return renderPage(pc, { title: t("index.title"), description: t("index.description"), main });
}
