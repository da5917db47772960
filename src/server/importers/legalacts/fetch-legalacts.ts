/**
 * legalacts.egov.kz has no API or export: the fetcher reads a draft's public pages as a browser
 * would — its card in Russian and in Kazakh (the language is a cookie, `egovLang`), every comment
 * tab and every page of each (`typeComment`, `pageComment`), the earlier versions
 * (`/application/viewcardhistory`) and the discussion report (`/report?id=`) when the card links
 * it — politely (PoliteFetcher: ≤ 1 request/s, retries, conditional requests, public addresses
 * only), and writes them as one snapshot file that `pikir import legalacts FILE` reads.
 */
import { writeFile } from "node:fs/promises";
import { FetchFailedError, PoliteFetcher } from "../shared/polite-fetch.ts";
import { LEGALACTS_ORIGIN, type LegalactsPage } from "./convert-legalacts-pages.ts";
import { parseCardPage, PageStructureError } from "./parse-legalacts-page.ts";
import { parseListPage, type ListCard } from "./parse-legalacts-list.ts";
import { SNAPSHOT_FORMAT, type LegalactsSnapshot } from "./read-legalacts-pages.ts";

export interface LegalactsFetchOptions {
  /** Scheme and host of the portal; tests point it at a local server. */
  origin?: string;
  fetcher?: PoliteFetcher;
  /** Pages of one tab read at most (a tab of the portal holds 10 comments a page). */
  maxPagesPerTab?: number;
  /** Earlier versions followed at most. */
  maxVersions?: number;
}

/** The draft's id from `/npa/view?id=N` on the portal (or the bare number); anything else is refused. */
export function draftIdOf(input: string, origin = LEGALACTS_ORIGIN): string {
  if (/^\d+$/.test(input.trim())) return input.trim();
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new FetchFailedError(new URL(origin).host, `not an address: ${input.slice(0, 200)}`);
  }
  const id = url.searchParams.get("id");
  if (
    url.origin !== new URL(origin).origin ||
    !/^\/(npa\/view|report)$/.test(url.pathname) ||
    !id ||
    !/^\d+$/.test(id)
  ) {
    throw new FetchFailedError(new URL(origin).host, `not a draft's page (/npa/view?id=N): ${url.href.slice(0, 200)}`);
  }
  return id;
}

const cookie = (lang: "ru" | "kk") => ({ cookie: `egovLang=${lang}` });

export async function fetchLegalactsDraft(
  input: string,
  file: string,
  options: LegalactsFetchOptions = {},
): Promise<{ pages: number; comments: number; requests: number }> {
  const origin = (options.origin ?? LEGALACTS_ORIGIN).replace(/\/+$/, "");
  const fetcher = options.fetcher ?? new PoliteFetcher();
  const id = draftIdOf(input, origin);
  const maxPages = options.maxPagesPerTab ?? 100;
  const pages: LegalactsPage[] = [];
  const get = async (path: string, lang: "ru" | "kk" = "ru") =>
    (await fetcher.get(`${origin}${path}`, cookie(lang))).body;

  const cardUrl = `/npa/view?id=${id}`;
  const cardHtml = await get(cardUrl);
  const card = parseCardPage(cardHtml, `${origin}${cardUrl}`);
  pages.push({ kind: "card", url: `${origin}${cardUrl}`, tab: 6, commentPage: 1, html: cardHtml });
  let comments = card.comments.length;
  // Every tab, every page: the default tab's first page is the card itself.
  for (const tab of card.tabs.length ? card.tabs : []) {
    let total = tab === 6 ? card.commentPages : 1;
    for (let page = tab === 6 ? 2 : 1; page <= Math.min(total, maxPages); page++) {
      const path = `/npa/view?id=${id}&typeComment=${tab}&pageComment=${page}`;
      const html = await get(path);
      const shown = parseCardPage(html, `${origin}${path}`);
      if (page === 1) total = shown.commentPages;
      comments += shown.comments.length;
      pages.push({ kind: "card", url: `${origin}${path}`, tab, commentPage: page, html });
    }
  }
  // The Kazakh rendering: the draft's Kazakh title (comments are the same in both languages).
  pages.push({ kind: "card", url: `${origin}${cardUrl}#kk`, tab: 6, commentPage: 1, html: await get(cardUrl, "kk") });
  if (card.reportUrl) {
    try {
      pages.push({ kind: "report", url: `${origin}${card.reportUrl}`, html: await get(card.reportUrl) });
    } catch (error) {
      // The report is compared with the comments when it can be read; its absence is a warning of the import.
      if (!(error instanceof FetchFailedError)) throw error;
    }
  }
  const queue = [...card.historyIds];
  const seen = new Set<string>();
  while (queue.length && seen.size < (options.maxVersions ?? 20)) {
    const historyId = queue.shift()!;
    if (seen.has(historyId)) continue;
    seen.add(historyId);
    const path = `/application/viewcardhistory?id=${historyId}`;
    const html = await get(path);
    queue.push(...parseCardPage(html, `${origin}${path}`).historyIds);
    pages.push({ kind: "history", url: `${origin}${path}`, html });
  }
  const snapshot: LegalactsSnapshot = {
    format: SNAPSHOT_FORMAT,
    fetchedAt: new Date().toISOString(),
    draftId: id,
    pages,
  };
  await writeFile(file, JSON.stringify(snapshot));
  return { pages: pages.length, comments, requests: fetcher.requests };
}

/**
 * A body's drafts from the portal's list (`/list?governmentId=<id>[&status=IN_ARCHIVE]&page=N`),
 * page by page (5 cards a page), up to `maxPages`.
 */
export async function listLegalactsDrafts(
  governmentId: string,
  options: LegalactsFetchOptions & { archive?: boolean; maxPages?: number } = {},
): Promise<ListCard[]> {
  if (!/^\d+$/.test(governmentId)) throw new PageStructureError("a numeric governmentId", "list");
  const origin = (options.origin ?? LEGALACTS_ORIGIN).replace(/\/+$/, "");
  const fetcher = options.fetcher ?? new PoliteFetcher();
  const cards: ListCard[] = [];
  let total = 1;
  for (let page = 1; page <= Math.min(total, options.maxPages ?? 20); page++) {
    const path = `/list?governmentId=${governmentId}${options.archive ? "&status=IN_ARCHIVE" : ""}&page=${page}`;
    const list = parseListPage((await fetcher.get(`${origin}${path}`, cookie("ru"))).body, `${origin}${path}`);
    total = list.totalPages;
    cards.push(...list.cards);
  }
  return cards;
}
