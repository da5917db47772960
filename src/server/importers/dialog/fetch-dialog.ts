/**
 * dialog.egov.kz has no API or export: the fetcher reads a conference, a survey or a blog's
 * questions (`/blogs/<blogId>/questions`) as a browser would, every page of questions
 * (`?page=N`, from the paging script), politely (PoliteFetcher), and writes one snapshot file that
 * `pikir import dialog FILE` reads; and the lists of a body's internet conferences and surveys
 * (`/blogs/<blogId>/conferences`, `/blogs/<blogId>/surveys`, paged), for the monitor. robots.txt of the portal disallows `/search`, `/blogs/search/`
 * and `/blogs/all-questions`: those addresses are refused here; Pikir reads a body's own pages.
 */
import { createHash } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { FetchFailedError, PoliteFetcher } from "../shared/polite-fetch.ts";
import { DIALOG_SNAPSHOT_FORMAT, type PortalSnapshot } from "../shared/read-portal-pages.ts";
import { DIALOG_ORIGIN } from "./convert-dialog-pages.ts";
import { parseDialogEventList, parseDialogPage, type DialogEventListed } from "./parse-dialog-page.ts";

export interface DialogFetchOptions {
  origin?: string;
  fetcher?: PoliteFetcher;
  maxPages?: number;
}

const ALLOWED = /^\/(conferences\/\d+|surveys\/\d+|blogs\/\d+\/(questions|welcome))\/?$/;

export function dialogAddressOf(input: string, origin = DIALOG_ORIGIN): URL {
  const host = new URL(origin).host;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new FetchFailedError(host, `not an address: ${input.slice(0, 200)}`);
  }
  if (url.origin !== new URL(origin).origin || !ALLOWED.test(url.pathname))
    throw new FetchFailedError(
      host,
      `not a conference, survey or blog page (/conferences/N, /surveys/N, /blogs/N/questions): ${url.href.slice(0, 200)}`,
    );
  if (url.pathname.endsWith("/welcome")) url.pathname = url.pathname.replace(/\/welcome$/, "/questions");
  url.searchParams.delete("page");
  url.hash = "";
  return url;
}

export async function fetchDialogPages(
  input: string,
  file: string,
  options: DialogFetchOptions = {},
): Promise<{ pages: number; questions: number; requests: number; digest: string }> {
  const origin = (options.origin ?? DIALOG_ORIGIN).replace(/\/+$/, "");
  const fetcher = options.fetcher ?? new PoliteFetcher();
  const base = dialogAddressOf(input, origin);
  const first = (await fetcher.get(base.href)).body;
  const parsed = parseDialogPage(first, base.href);
  const pages = [{ url: base.href, html: first }];
  let questions = parsed.kind === "survey" ? 0 : parsed.questions.length;
  const total = parsed.kind === "survey" ? 1 : Math.min(parsed.totalPages, options.maxPages ?? 50);
  for (let page = 2; page <= total; page++) {
    const url = new URL(base);
    url.searchParams.set("page", String(page));
    const html = (await fetcher.get(url.href)).body;
    const shown = parseDialogPage(html, url.href);
    questions += shown.kind === "survey" ? 0 : shown.questions.length;
    pages.push({ url: url.href, html });
  }
  const snapshot: PortalSnapshot = { format: DIALOG_SNAPSHOT_FORMAT, fetchedAt: new Date().toISOString(), pages };
  await writeFile(file, JSON.stringify(snapshot));
  // The monitor compares it with the last import's: the same pages are not imported again.
  const hash = createHash("sha256");
  for (const page of pages) hash.update(page.html).update("\0");
  return { pages: pages.length, questions, requests: fetcher.requests, digest: hash.digest("hex").slice(0, 32) };
}

/**
 * Where a body's internet conferences and surveys are listed: the blog's own sections, beside
 * `/blogs/<blogId>/questions` and `/posts` (addresses seen in public links). No public source shows
 * these two pages; the addresses are our assumption (docs/intake.md), kept here, in one place.
 */
export const DIALOG_EVENT_LISTS = ["conferences", "surveys"] as const;

/** The body's conferences and surveys, every page of both lists (at most maxPages each). */
export async function listDialogEvents(
  blogId: string,
  options: DialogFetchOptions & { fetcher: PoliteFetcher },
): Promise<DialogEventListed[]> {
  const origin = (options.origin ?? DIALOG_ORIGIN).replace(/\/+$/, "");
  if (!/^\d+$/.test(blogId)) throw new FetchFailedError(new URL(origin).host, `not a blog's number: ${blogId}`);
  const found = new Map<string, DialogEventListed>();
  for (const list of DIALOG_EVENT_LISTS) {
    const base = `${origin}/blogs/${blogId}/${list}`;
    let total = 1;
    for (let page = 1; page <= Math.min(total, options.maxPages ?? 50); page++) {
      const url = page === 1 ? base : `${base}?page=${page}`;
      const shown = parseDialogEventList((await options.fetcher.get(url)).body, url);
      total = shown.totalPages;
      for (const e of shown.events) found.set(`${e.kind}/${e.id}`, e);
    }
  }
  return [...found.values()];
}

/** The address of one listed event, as `fetchDialogPages` reads it. */
export const dialogEventPath = (e: { kind: "conference" | "survey"; id: string }) =>
  `/${e.kind === "survey" ? "surveys" : "conferences"}/${e.id}`;
