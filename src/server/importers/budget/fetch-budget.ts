/**
 * budget.egov.kz has no API for its public discussion: the fetcher reads a program's public page as
 * a browser would — in Russian and in Kazakh (the language cookie `egovLang`, as on the operator's
 * legalacts.egov.kz; an assumption, docs/intake.md) — politely (PoliteFetcher: ≤ 1 request/s,
 * retries, conditional requests, public addresses only), and writes one snapshot file that
 * `pikir import budget FILE` reads. A body's programs are listed from
 * `/budgetprogram/budgetprogram?govAgencyId=G&page=N`.
 */
import { createHash } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { FetchFailedError, PoliteFetcher } from "../shared/polite-fetch.ts";
import { BUDGET_SNAPSHOT_FORMAT, type PortalSnapshot } from "../shared/read-portal-pages.ts";
import { BUDGET_ORIGIN } from "./convert-budget-pages.ts";
import { PageStructureError, parseBudgetListPage, parseBudgetProgramPage } from "./parse-budget-page.ts";

export interface BudgetFetchOptions {
  /** Scheme and host of the portal; tests point it at a local server. */
  origin?: string;
  fetcher?: PoliteFetcher;
}

const cookie = (lang: "ru" | "kk") => ({ cookie: `egovLang=${lang}` });

/** The program's ids from `/budgetprogram/budgetprogram?govAgencyId=G&budgetId=B` on the portal; anything else is refused. */
export function budgetProgramOf(
  input: string,
  origin = BUDGET_ORIGIN,
): { budgetId: string; govAgencyId: string | null } {
  const host = new URL(origin).host;
  if (/^\d+$/.test(input.trim())) return { budgetId: input.trim(), govAgencyId: null };
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new FetchFailedError(host, `not an address: ${input.slice(0, 200)}`);
  }
  const budgetId = url.searchParams.get("budgetId");
  if (
    url.origin !== new URL(origin).origin ||
    !/^\/budgetprogram\/budgetprogram$/.test(url.pathname) ||
    !budgetId ||
    !/^\d+$/.test(budgetId)
  )
    throw new FetchFailedError(
      host,
      `not a program's page (/budgetprogram/budgetprogram?budgetId=N): ${url.href.slice(0, 200)}`,
    );
  const agency = url.searchParams.get("govAgencyId");
  return { budgetId, govAgencyId: agency && /^\d+$/.test(agency) ? agency : null };
}

export const programPath = (p: { budgetId: string; govAgencyId: string | null }) =>
  `/budgetprogram/budgetprogram?${p.govAgencyId ? `govAgencyId=${p.govAgencyId}&` : ""}budgetId=${p.budgetId}`;

/** Fetches both renderings of one program into `file`; `digest` tells whether the pages changed since a run. */
export async function fetchBudgetProgram(
  input: string,
  file: string,
  options: BudgetFetchOptions = {},
): Promise<{ pages: number; comments: number; requests: number; digest: string }> {
  const origin = (options.origin ?? BUDGET_ORIGIN).replace(/\/+$/, "");
  const fetcher = options.fetcher ?? new PoliteFetcher();
  const program = budgetProgramOf(input, origin);
  const url = `${origin}${programPath(program)}`;
  const ru = (await fetcher.get(url, cookie("ru"))).body;
  const parsed = parseBudgetProgramPage(ru, url); // refused here, before the Kazakh page is asked for
  const kk = (await fetcher.get(url, cookie("kk"))).body;
  const snapshot: PortalSnapshot = {
    format: BUDGET_SNAPSHOT_FORMAT,
    fetchedAt: new Date().toISOString(),
    pages: [
      { url, html: ru },
      { url: `${url}#kk`, html: kk },
    ],
  };
  await writeFile(file, JSON.stringify(snapshot));
  return {
    pages: 2,
    comments: parsed.documents.reduce((n, d) => n + d.comments.length, 0),
    requests: fetcher.requests,
    digest: createHash("sha256").update(ru).update("\0").update(kk).digest("hex").slice(0, 32),
  };
}

/** A body's programs from the portal's list, page by page, up to `maxPages`. */
export async function listBudgetPrograms(
  govAgencyId: string,
  options: BudgetFetchOptions & { maxPages?: number } = {},
): Promise<{ budgetId: string; title: string }[]> {
  if (!/^\d+$/.test(govAgencyId)) throw new PageStructureError("a numeric govAgencyId", "list");
  const origin = (options.origin ?? BUDGET_ORIGIN).replace(/\/+$/, "");
  const fetcher = options.fetcher ?? new PoliteFetcher();
  const programs: { budgetId: string; title: string }[] = [];
  let total = 1;
  for (let page = 1; page <= Math.min(total, options.maxPages ?? 20); page++) {
    const path = `/budgetprogram/budgetprogram?govAgencyId=${govAgencyId}&page=${page}`;
    const list = parseBudgetListPage((await fetcher.get(`${origin}${path}`, cookie("ru"))).body, `${origin}${path}`);
    total = list.totalPages;
    for (const p of list.programs) if (!programs.some((q) => q.budgetId === p.budgetId)) programs.push(p);
  }
  return programs;
}
