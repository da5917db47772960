/**
 * /portal/bodies/:code — a body's indicator history (chart and table with the explanation of each
 * figure), its discussions, its §16 results and its §17–§18 conferences and surveys.
 */
import { translate, type Locale } from "../../../../i18n/index.ts";
import { evaluationMessages, type EvaluationMessageKey } from "../../../../i18n/messages/evaluation.ts";
import { localizeExplanation, localizeZeroReason } from "../../../../domain/evaluation/explanation.ts";
import { nameIn } from "../../../../domain/reports/document.ts";
import type { PortalBody, PortalHistoryEntry } from "../../../services/portal/read-portal-body.ts";
import { historyChart } from "../charts.ts";
import { externalLink, html, type SafeHtml } from "../html.ts";
import {
  formatDate,
  formatF,
  formatPeriod,
  resultBadge,
  periodLabel,
  portalHref,
  portalTranslator,
  renderPage,
  type PageContext,
  type Translator,
} from "../layout.ts";

function zeroingText(entry: PortalHistoryEntry, locale: Locale, t: Translator): string {
  if (!entry.zeroed) return t("value.notZeroed");
  const reasons = entry.zeroReasons
    .map((r) => `zero.${r}` as EvaluationMessageKey)
    .filter((k) => k in evaluationMessages[locale]);
  // A reason's parameters (the §16 slots of resultsNotPublished) are on its explanation line.
  return reasons.length
    ? reasons.map((k) => localizeZeroReason(k.slice("zero.".length), entry.explanation, locale)).join("; ")
    : translate(evaluationMessages, locale, "zero.notInOpenAccess");
}

function historySection(data: PortalBody, locale: Locale, t: Translator): SafeHtml {
  if (data.history.length === 0) return html`<p>${t("body.history.empty")}</p>`;
  // A round without the body's §20 information has no official F: it is a table row, not a chart point.
  const points = data.history
    .filter((h) => h.fValue !== null)
    .map((h) => ({ label: periodLabel(h.periodFrom, h.periodTo), F: Number(h.fValue), band: h.band ?? "none" }));
  const chart = historyChart(
    "history",
    t("body.history.chart"),
    t("body.history.chartDesc", { values: points.map((p) => `${p.label}: ${p.F.toFixed(1)}%`).join("; ") }),
    points,
  );
  const rows = [...data.history].reverse().map(
    (h) => html`<tr>
<th scope="row">${formatPeriod(h.periodFrom, h.periodTo)}<br><span class="muted">${h.roundTitle}</span>${h.correctedAt ? html`<br><span class="muted" data-corrected>${t("body.history.corrected", { date: formatDate(h.correctedAt) })}</span>` : ""}</th>
<td class="num">${formatF(h.fValue)}</td>
<td>${resultBadge(h.status, h.band, locale)}</td>
<td class="num">${h.b}</td><td class="num">${h.c}</td><td class="num">${h.e}</td><td class="num">${h.g}</td>
<td>${zeroingText(h, locale, t)}</td>
<td>${h.rulesVersion}</td>
</tr>
<tr><td colspan="9"><details><summary>${t("body.history.explain")}</summary>${h.status === "not_submitted" ? html`<p class="muted">${t("body.history.recordOnly")}</p>` : ""}<ol>${localizeExplanation(h.explanation, locale).map((line) => html`<li>${line}</li>`)}</ol></details></td></tr>`,
  );
  return html`${chart}<div class="table-scroll"><table>
<caption class="visually-hidden">${t("body.history.title")}</caption>
<thead><tr><th scope="col">${t("col.period")}</th><th scope="col" class="num">${t("col.F")}</th><th scope="col">${t("col.band")}</th><th scope="col" class="num">${t("col.B")}</th><th scope="col" class="num">${t("col.C")}</th><th scope="col" class="num">${t("col.E")}</th><th scope="col" class="num">${t("col.G")}</th><th scope="col">${t("col.zeroing")}</th><th scope="col">${t("col.rules")}</th></tr></thead>
<tbody>${rows}</tbody></table></div>`;
}

function initiativesSection(data: PortalBody, locale: Locale, t: Translator): SafeHtml {
  if (data.initiatives.length === 0) return html`<p>${t("body.initiatives.empty")}</p>`;
  return html`<ul class="initiatives">${data.initiatives.map(
    ({ initiative: i, counts }) => html`<li>
<h3><a href="${portalHref(`/portal/initiatives/${i.id}`, locale)}">${nameIn({ kk: i.titleKk, ru: i.titleRu, en: i.titleEn }, locale)}</a></h3>
<p class="muted">${t(`initiativeKind.${i.kind}`)} · ${t(`initiativeStatus.${i.status}`)}${i.discussionStartsOn || i.discussionEndsOn ? html` · ${t("initiative.window", { from: formatDate(i.discussionStartsOn), to: formatDate(i.discussionEndsOn) })}` : ""}</p>
<p>${t("initiative.counts", counts)}</p>
<p><a href="${portalHref(`/portal/initiatives/${i.id}`, locale)}">${t("initiative.report")}</a>${i.portalUrl ? html` · ${externalLink(i.portalUrl, t("initiative.onPortal"))}` : ""}</p>
</li>`,
  )}</ul>`;
}

function resultsSection(data: PortalBody, t: Translator): SafeHtml {
  if (data.publications.length === 0) return html`<p>${t("body.results.empty")}</p>`;
  const period = (p: PortalBody["publications"][number]) =>
    p.periodQuarter
      ? t("resultPeriod.quarter", { quarter: p.periodQuarter, year: p.periodYear })
      : t("resultPeriod.year", { year: p.periodYear });
  return html`<div class="table-scroll"><table><caption class="visually-hidden">${t("body.results.title")}</caption>
<thead><tr><th scope="col">${t("col.title")}</th><th scope="col">${t("col.resultKind")}</th><th scope="col">${t("col.period")}</th><th scope="col">${t("col.publishedOn")}</th></tr></thead>
<tbody>${data.publications.map((p) => html`<tr><th scope="row">${externalLink(p.url, p.title)}</th><td>${t(`resultKind.${p.kind}`)}</td><td>${period(p)}</td><td>${formatDate(p.publishedOn)}</td></tr>`)}</tbody></table></div>`;
}

function eventsSection(data: PortalBody, t: Translator): SafeHtml {
  if (data.events.length === 0) return html`<p>${t("body.events.empty")}</p>`;
  return html`<div class="table-scroll"><table><caption class="visually-hidden">${t("body.events.title")}</caption>
<thead><tr><th scope="col">${t("col.topic")}</th><th scope="col">${t("col.kind")}</th><th scope="col">${t("col.dates")}</th><th scope="col" class="num">${t("col.participants")}</th></tr></thead>
<tbody>${data.events.map((e) => html`<tr><th scope="row">${externalLink(e.url, e.topic)}</th><td>${t(`eventKind.${e.kind}`)}</td><td>${e.endsOn && e.endsOn !== e.startsOn ? `${formatDate(e.startsOn)} – ${formatDate(e.endsOn)}` : formatDate(e.startsOn)}</td><td class="num">${e.participants ?? ""}</td></tr>`)}</tbody></table></div>`;
}

export function renderBodyPage(pc: PageContext, data: PortalBody): string {
  const { locale } = pc;
  const t = portalTranslator(locale);
  const { body } = data;
  const name = nameIn({ kk: body.nameKk, ru: body.nameRu, en: body.nameEn }, locale);
  const region = data.region
    ? nameIn({ kk: data.region.nameKk, ru: data.region.nameRu, en: data.region.nameEn }, locale)
    : null;
  const main = html`<p><a href="${portalHref("/portal", locale)}">← ${t("body.back")}</a></p>
<h1>${name}</h1>
<p class="lead">${t(`kind.${body.kind}`)}${region ? html` · ${region}` : ""}${body.website ? html` · ${externalLink(body.website, t("body.website"))}` : ""}</p>
${body.exclusionReason ? html`<p role="note"><strong>${t("body.excluded", { reason: t(`exclusion.${body.exclusionReason}`) })}</strong></p>` : ""}
<section aria-labelledby="history-title"><h2 id="history-title">${t("body.history.title")}</h2>${historySection(data, locale, t)}</section>
<section aria-labelledby="initiatives-title"><h2 id="initiatives-title">${t("body.initiatives.title")}</h2>${initiativesSection(data, locale, t)}</section>
<section aria-labelledby="results-title"><h2 id="results-title">${t("body.results.title")}</h2>${resultsSection(data, t)}</section>
<section aria-labelledby="events-title"><h2 id="events-title">${t("body.events.title")}</h2>${eventsSection(data, t)}</section>`;
  return renderPage(pc, { title: name, description: t("body.description", { name }), main });
}
