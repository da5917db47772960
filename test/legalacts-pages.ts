/**
 * Pages in the markup of legalacts.egov.kz, written by us (the real saved pages in
 * ../shared/data/portal-pages/legalacts carry no licence to copy, so they are read from there when
 * present and never committed): the same classes, ids, icons and scripts the real card, tab,
 * history and report pages use, with Kazakh or Russian labels, to test what the saved pages lack —
 * an accepted comment, other tabs, a second page, the Kazakh rendering, a report and a history page.
 */
import { existsSync } from "node:fs";
import path from "node:path";

/** The saved pages: PIKIR_PORTAL_PAGES, or ../shared beside the main checkout (../../shared from a worktree). */
export const REAL_PAGES =
  [process.env.PIKIR_PORTAL_PAGES, "../shared/data/portal-pages/legalacts", "../../shared/data/portal-pages/legalacts"]
    .filter((p): p is string => !!p)
    .map((p) => path.resolve(p))
    .find((p) => existsSync(path.join(p, "document_with_comments.html"))) ??
  path.resolve("../shared/data/portal-pages/legalacts");
export const realPagesAvailable = existsSync(path.join(REAL_PAGES, "document_with_comments.html"));
export const realPage = (name: string) => path.join(REAL_PAGES, name);

export interface FakeComment {
  id: string;
  author: string;
  date: string;
  text: string;
  block?: string;
  excerpt?: string;
  status?: "accepted" | "rejected";
  reply?: { id: string; author: string; date: string; text: string };
}

export interface FakeCard {
  id: string;
  lang: "kk" | "ru";
  title: string;
  status: string;
  type: string;
  created: string;
  until: string;
  developer: string;
  likes: number;
  dislikes: number;
  total: number;
  accepted: number;
  rejected: number;
  tab?: number;
  page?: number;
  pages?: number;
  comments: FakeComment[];
  report?: boolean;
  historyIds?: string[];
  history?: boolean;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const L = {
  ru: {
    status: "Статус:",
    version: "Версия проекта:",
    type: "Тип НПА:",
    created: "Дата создания:",
    until: "Публичное обсуждение до:",
    rejected: "Не принято",
    accepted: "Принято",
    none: "Нет комментариев",
  },
  kk: {
    status: "Мәртебесі:",
    version: "Жобаның нұсқасы:",
    type: "НҚА түрі:",
    created: "Құрылған күні:",
    until: "Жария талқылау мерзімі:",
    rejected: "Қабылданбады",
    accepted: "Қабылданды",
    none: "Пікірлер жоқ",
  },
};

function comment(c: FakeComment, lang: "kk" | "ru"): string {
  const icon =
    c.status === "accepted"
      ? `<span><i class="liker fa fa-check-square" title="${L[lang].accepted}"></i></span>`
      : c.status === "rejected"
        ? `<span><i class="liker fa fa-times-circle" title="${L[lang].rejected}"></i></span>`
        : "";
  const part = c.block
    ? `<a href="#${c.block}" npa-id="${c.block}" class="view-comment-part"><span>${esc(c.excerpt ?? "")}...</span></a>`
    : "";
  const reply = c.reply
    ? `<div class="media" style="margin-left: 30px;"><div class="media-body">
      <h4 class="media-heading"><i class="fa fa-tags"></i> ${esc(c.reply.author)} <span> ${c.reply.date} </span></h4>
      <p id="${c.reply.id}">${esc(c.reply.text)}</p></div></div>`
    : "";
  return `<div class="media"><a class="pull-left"><img src="/public/images/no-avatar.png"></a><div class="media-body">
    <h4 class="media-heading"> ${esc(c.author)} <span> </span></h4>
    <h4 class="media-heading">${part}<span> ${c.date} ${icon} / </span></h4>
    <p tabindex="0" id="${c.id}">${esc(c.text)}</p>${reply}</div></div>`;
}

export function cardHtml(c: FakeCard): string {
  const l = L[c.lang];
  const history = (c.historyIds ?? [])
    .map(
      (id, i) =>
        `( <a href="/application/viewcardhistory?id=${id}">${c.lang === "kk" ? "Нұсқа" : "Версия"} ${i + 1}</a> )`,
    )
    .join(" ");
  const tab = c.tab ?? 6;
  const comments = c.comments.length
    ? `<div class="comments"><div class="main-comments">${c.comments.map((x) => comment(x, c.lang)).join("\n")}<div id="pagination2"></div></div></div>`
    : `<div><label>${l.none}</label></div>`;
  const info = c.history
    ? ""
    : `<ul class="blog-info">
      <li><i title="x" class="fa fa-comments"></i> ${c.total}</li>
      <li><i class="fa fa-tags"></i><span class="gov-parent">${esc(c.developer)}</span></li>
      <li><i class="liker fa fa-thumbs-o-up like-${c.id}-1"></i> <span class="likeCount-${c.id}-1">${c.likes}</span>
          <i class="liker fa fa-thumbs-o-down dislike-${c.id}-1"></i> <span class="dislikeCount-${c.id}-1">${c.dislikes}</span></li>
      <li><i class="liker fa fa-eye"></i> 100</li>
      <li><i class="liker fa fa-check-square"></i> ${c.accepted}</li>
      <li><i class="liker fa fa-times-circle"></i> ${c.rejected}</li>
      ${c.report ? `<div class="inline"><a class="btn" href="/report?id=${c.id}"> report</a></div>` : ""}
    </ul>`;
  const tabs = c.history
    ? ""
    : `<div class="commentsTab"><ul class="nav nav-tabs">${[6, 3, 1].map((n) => `<li id="tab-${n}" class="tablinks"><a onclick="openCommentGroup(${n})">t${n}</a></li>`).join("")}</ul></div>`;
  return `<!DOCTYPE html><html lang="${c.lang}"><head><meta charset="utf-8"><title>x</title></head><body>
  <ul class="breadcrumb"><li><a href="/list?categoryId=5">${c.lang === "kk" ? "Салықтар" : "Налоги"}</a></li><li><a href="/list?governmentId=7">${esc(c.developer)}</a></li></ul>
  <div class="view-npa"><h2>${esc(c.title)}</h2>
    <small><b>${l.status}</b> ${c.status}</small><br>
    <small><b>${l.version}</b> ${c.lang === "kk" ? "Нұсқа" : "Версия"} ${(c.historyIds?.length ?? 0) + 1} ${history}</small><br>
    <small><b>${l.type}</b> ${c.type}</small>
    <small><b>${l.created}</b> ${c.created}</small>
    <small><b>${l.until}</b> ${c.history ? c.until.split("/").reverse().join("-") + " 00:00:00.0" : c.until}</small>
  </div>
  <div class="commentable-div"><table><tr><td>1</td><td>a</td><td>b</td></tr></table></div>
  ${info}${tabs}${c.history ? "" : comments}
  <script>$("#pagination2").twbsPagination({ startPage: ${c.page ?? 1}, totalPages: ${c.pages ?? 1}, href: '/npa/view?typeComment=${tab}&pageComment={{number}}&id=' + ${c.id} });
  function openCommentGroup(t) { window.location.assign('/npa/view?id=' + ${c.id} + '&typeComment=' + t); }</script>
  </body></html>`;
}

export function reportHtml(
  rows: { section: string; comment: string; answer: string; likes: number; dislikes: number }[],
): string {
  return `<!DOCTYPE html><html lang="ru"><body><table><tr><th>Раздел</th><th>Комментарии</th><th>Ответ</th><th>Нравится</th><th>Не нравится</th></tr>
  ${rows.map((r) => `<tr><td>${esc(r.section)}</td><td>${esc(r.comment)}</td><td>${esc(r.answer)}</td><td>${r.likes}</td><td>${r.dislikes}</td></tr>`).join("\n")}</table></body></html>`;
}

/** One draft (id 900001, or `id`) with two tabs, two pages on the default tab, an accepted and a rejected comment, a report and one earlier version. */
export function sampleDraft(id = "900001") {
  const made = makeSample();
  if (id === "900001") return made;
  const swap = (html: string) => html.replaceAll("900001", id);
  return {
    id,
    kk: swap(made.kk),
    comments: made.comments,
    pages: Object.fromEntries(Object.entries(made.pages).map(([k, v]) => [swap(k), swap(v)])),
  };
}

/** A snapshot file's content, as fetch-legalacts.ts writes it, of the sample's pages. */
export function sampleSnapshot(s: ReturnType<typeof sampleDraft>, withKk = true): string {
  const pages = Object.entries(s.pages).map(([url, html]) => {
    const tab = Number(/typeComment=(\d+)/.exec(url)?.[1] ?? 6);
    const kind = url.startsWith("/report") ? "report" : url.includes("viewcardhistory") ? "history" : "card";
    return { kind, url, tab, html };
  });
  if (withKk) pages.push({ kind: "card", url: "kk", tab: 6, html: s.kk });
  return JSON.stringify({
    format: "pikir.legalacts.snapshot/1",
    fetchedAt: "2026-01-10T00:00:00Z",
    draftId: s.id,
    pages,
  });
}

function makeSample() {
  const base = {
    id: "900001",
    title: "О ставках налога",
    status: "Архив",
    type: "Приказ",
    created: "20/12/2025",
    until: "05/01/2026",
    developer: "Министерство финансов РК",
    likes: 3,
    dislikes: 1,
    total: 4,
    accepted: 1,
    rejected: 2,
  };
  const c1: FakeComment = {
    id: "1001",
    author: "ИВАНОВ И.",
    date: "21/12 - 10:00",
    text: "Предлагаю снизить ставку до 2%.",
    block: "3",
    excerpt: "1 Наименование проекта",
    status: "accepted",
    reply: { id: "2001", author: "Министерство финансов РК", date: "22/12 - 09:00", text: "Учтено в пункте 2." },
  };
  const c2: FakeComment = {
    id: "1002",
    author: "ПЕТРОВ П.",
    date: "30/12 - 23:59",
    text: "Срок введения слишком короткий.",
    block: "4",
    excerpt: "2 Государственный орган",
    status: "rejected",
    reply: { id: "2002", author: "Министерство финансов РК", date: "02/01 - 11:00", text: "Срок установлен законом." },
  };
  const c3: FakeComment = { id: "1003", author: "СИДОРОВ С.", date: "03/01 - 08:30", text: "Спасибо за проект." };
  const c4: FakeComment = {
    id: "1004",
    author: "ТОО Атамекен",
    date: "04/01 - 12:00",
    text: "Палата не согласна с пунктом 5.",
    status: "rejected",
    reply: {
      id: "2004",
      author: "Министерство финансов РК",
      date: "04/01 - 15:00",
      text: "Пункт 5 исключён из проекта иным актом.",
    },
  };
  const pages: Record<string, string> = {
    "/npa/view?id=900001": cardHtml({
      ...base,
      lang: "ru",
      comments: [c1, c2],
      pages: 2,
      report: true,
      historyIds: ["77"],
    }),
    "/npa/view?id=900001&typeComment=6&pageComment=2": cardHtml({
      ...base,
      lang: "ru",
      comments: [c3],
      page: 2,
      pages: 2,
      report: true,
      historyIds: ["77"],
    }),
    "/npa/view?id=900001&typeComment=3&pageComment=1": cardHtml({
      ...base,
      lang: "ru",
      tab: 3,
      comments: [c4],
      report: true,
      historyIds: ["77"],
    }),
    "/npa/view?id=900001&typeComment=1&pageComment=1": cardHtml({
      ...base,
      lang: "ru",
      tab: 1,
      comments: [],
      report: true,
      historyIds: ["77"],
    }),
    "/report?id=900001": reportHtml([
      { section: "п. 1", comment: c1.text, answer: c1.reply!.text, likes: 0, dislikes: 0 },
      { section: "п. 2", comment: c2.text, answer: "Иной ответ в отчёте.", likes: 0, dislikes: 0 },
      { section: "п. 5", comment: c4.text, answer: c4.reply!.text, likes: 0, dislikes: 0 },
    ]),
    "/application/viewcardhistory?id=77": cardHtml({
      ...base,
      lang: "ru",
      title: "О ставках налога (первая редакция)",
      until: "01/01/2026",
      comments: [],
      history: true,
    }),
  };
  const kk = cardHtml({
    ...base,
    lang: "kk",
    title: "Салық мөлшерлемелері туралы",
    status: "Мұрағат",
    type: "Бұйрық",
    developer: "ҚР Қаржы министрлігі",
    comments: [c1, c2],
    pages: 2,
    report: true,
    historyIds: ["77"],
  });
  return { id: base.id, pages, kk, comments: [c1, c2, c3, c4] };
}

/** A page of `/list?governmentId=…` in the portal's markup: one `div.contentlist` per card, `totalPages` in the paging script. */
export function listHtml(
  cards: {
    id: string;
    title: string;
    comments: number;
    accepted: number;
    rejected: number;
    likes: number;
    dislikes: number;
  }[],
  totalPages = 1,
): string {
  return `<!DOCTYPE html><html lang="ru"><body><div class="maincontent rightcontent">${cards
    .map(
      (c) => `<div class="contentlist">
    <h3><a href="/npa/view?id=${c.id}">${esc(c.title)}</a></h3>
    <div class="info"><strong> Статус:</strong> Архив<br /><strong>Тип НПА:</strong> Приказ<br /><strong>Дата создания:</strong> 20/12/2025 <br /><strong>Публичное обсуждение до:</strong> 05/01/2026<br /></div>
    <div class="tags"><span class="icon1"></span>${c.comments}<span class="icon2"></span>Министерство финансов РК
      <span class="likeSpan"><span class="icon3"></span>${c.likes}</span><span class="dislikeSpan"><span class="icon4"></span>${c.dislikes}</span><span class="icon5"></span>100
      <span title="a"><i class="liker fa fa-check-square"></i>${c.accepted}</span><span title="b"><i class="liker fa fa-times-circle"></i></span>${c.rejected}</div>
  </div>`,
    )
    .join(
      "\n",
    )}</div><script>$('#pagination').twbsPagination({ totalPages: ${totalPages}, href: '?page={{number}}' });</script></body></html>`;
}
