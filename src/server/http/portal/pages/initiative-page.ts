/**
 * /portal/initiatives/:id — the public-discussion report in full (§7, §11): accepted remarks and
 * proposals with their §20.1 reference, rejected ones with the reason. Every text a citizen or an
 * official wrote goes through the escaping template.
 */
import type { Locale } from "../../../../i18n/index.ts";
import { nameIn } from "../../../../domain/reports/document.ts";
import type { FeedbackItemView } from "../../../repositories/feedback-item.repository.ts";
import type { readPortalInitiative } from "../../../services/portal/read-portal-initiative.ts";
import { externalLink, html, type SafeHtml } from "../html.ts";
import { formatDate, portalHref, portalTranslator, renderPage, type PageContext, type Translator } from "../layout.ts";

type Report = Awaited<ReturnType<typeof readPortalInitiative>>;

function itemKind(item: FeedbackItemView, t: Translator): string {
  return item.kind === "proposal" ? t("itemKind.proposal") : t("itemKind.remark");
}

function reference(item: FeedbackItemView, t: Translator): SafeHtml {
  const d = item.decision;
  if (!d) return html``;
  const kind = d.referenceKind ? `${t(`referenceKind.${d.referenceKind}`)}: ` : "";
  return html`${kind}${d.referenceUrl ? externalLink(d.referenceUrl, d.referenceText ?? d.referenceUrl) : (d.referenceText ?? "")}`;
}

function decisionTable(
  id: string,
  caption: string,
  items: FeedbackItemView[],
  accepted: boolean,
  t: Translator,
): SafeHtml {
  if (items.length === 0) return html`<p>${t("report.none")}</p>`;
  return html`<div class="table-scroll"><table id="${id}"><caption class="visually-hidden">${caption}</caption>
<thead><tr><th scope="col" class="num">${t("col.no")}</th><th scope="col">${t("col.itemKind")}</th><th scope="col">${t("col.text")}</th><th scope="col">${t("col.clause")}</th><th scope="col">${accepted ? t("col.reference") : t("col.reason")}</th><th scope="col">${t("col.received")}</th><th scope="col">${t("col.decided")}</th></tr></thead>
<tbody>${items.map(
    (item, n) => html`<tr>
<td class="num">${n + 1}</td><td>${itemKind(item, t)}</td><td><blockquote${item.lang === "kk" || item.lang === "ru" || item.lang === "en" ? html` lang="${item.lang}"` : ""}>${item.text}</blockquote></td><td>${item.clauseRef ?? ""}</td>
<td>${accepted ? reference(item, t) : (item.decision?.reason ?? "")}</td>
<td>${formatDate(item.receivedAt)}</td><td>${formatDate(item.decision?.decidedAt)}</td>
</tr>`,
  )}</tbody></table></div>`;
}

export function renderInitiativePage(pc: PageContext, report: Report): string {
  const locale: Locale = pc.locale;
  const t = portalTranslator(locale);
  const i = report.initiative;
  const title = nameIn({ kk: i.titleKk, ru: i.titleRu, en: i.titleEn }, locale);
  // The reader's language first, then the others (kk → ru → en), as for the title.
  const infoMessage = nameIn({ kk: i.infoMessage, ru: i.infoMessageRu, en: i.infoMessageEn }, locale);
  const bodyName = nameIn({ kk: report.body.nameKk, ru: report.body.nameRu, en: report.body.nameEn }, locale);
  const accepted = report.remarks.filter((r) => r.decision?.outcome === "accepted");
  const rejected = report.remarks.filter((r) => r.decision?.outcome === "rejected");
  const main = html`<p><a href="${portalHref(`/portal/bodies/${encodeURIComponent(report.body.code)}`, locale)}">← ${bodyName}</a></p>
<h1>${title}</h1>
<p class="lead">${t(`initiativeKind.${i.kind}`)} · ${t(`initiativeStatus.${i.status}`)}${i.discussionStartsOn || i.discussionEndsOn ? html` · ${t("initiative.window", { from: formatDate(i.discussionStartsOn), to: formatDate(i.discussionEndsOn) })}` : ""}</p>
${i.summary ? html`<p>${i.summary}</p>` : ""}
${infoMessage ? html`<h2>${t("initiative.infoMessage")}</h2><p>${infoMessage}${i.infoMessagePublishedAt ? html` <span class="muted">(${formatDate(i.infoMessagePublishedAt)})</span>` : ""}</p>` : ""}
${i.portalUrl ? html`<p>${externalLink(i.portalUrl, t("initiative.onPortal"))}</p>` : ""}
<section aria-labelledby="report-title"><h2 id="report-title">${t("report.title")}</h2>
<p>${t("report.totals", report.totals)}</p>
<h3>${t("report.accepted")} (${accepted.length})</h3>
${decisionTable("accepted", t("report.accepted"), accepted, true, t)}
<h3>${t("report.rejected")} (${rejected.length})</h3>
${decisionTable("rejected", t("report.rejected"), rejected, false, t)}
</section>`;
  return renderPage(pc, { title, description: t("initiative.description", { title }), main });
}
