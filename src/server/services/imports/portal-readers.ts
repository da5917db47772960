/**
 * What differs between the monitored portals (issue 17), so one runner (monitor-portal.ts), one
 * settings service (save-portal-monitor.ts) and one screen serve all three: the job and its cron
 * minute, the name and place of the body's id on the portal, how a body's items are listed, and how
 * one item is fetched into a snapshot file that `pikir import <portal> FILE` reads.
 *
 * - legalacts: the body's list of drafts (paged); a draft's list counters tell whether it changed,
 *   so an unchanged draft is not even fetched.
 * - budget: the body's list of programs (paged); a program's two pages (ru, kk) are fetched and their
 *   digest compared.
 * - dialog: the body's blog of questions (`/blogs/<blogId>/questions`, every page) is one item; each
 *   internet conference and survey in the blog's lists (`/blogs/<blogId>/conferences|surveys`,
 *   paged) is one more (§18), its pages' digest compared. An event whose period ended is known from
 *   the list and not fetched again until the full run (answers may still come after the end).
 */
import type { MonitoredPortal } from "../../db/index.ts";
import { fetchBudgetProgram, listBudgetPrograms, programPath } from "../../importers/budget/fetch-budget.ts";
import { BUDGET_ORIGIN } from "../../importers/budget/convert-budget-pages.ts";
import { DIALOG_ORIGIN } from "../../importers/dialog/convert-dialog-pages.ts";
import { dialogEventPath, fetchDialogPages, listDialogEvents } from "../../importers/dialog/fetch-dialog.ts";
import { isoDay, parseDate } from "../../importers/shared/dates.ts";
import { LEGALACTS_ORIGIN } from "../../importers/legalacts/convert-legalacts-pages.ts";
import { fetchLegalactsDraft, listLegalactsDrafts } from "../../importers/legalacts/fetch-legalacts.ts";
import type { ListCard } from "../../importers/legalacts/parse-legalacts-list.ts";
import type { PoliteFetcher } from "../../importers/shared/polite-fetch.ts";

export interface PortalItem {
  id: string;
  /** Known from the list without fetching the item (legalacts' counters); otherwise the fetch's digest decides. */
  fingerprint?: string;
  /** The list could not name this part of the body's items (a changed page): counted as failed, named on the monitor. */
  failure?: string;
}

export interface ReadOptions {
  /** Scheme and host of the portal; tests point it at a local server. */
  origin: string;
  fetcher: PoliteFetcher;
  maxListPages: number;
  /** legalacts: the archive (finished discussions) instead of the drafts under discussion. */
  archive?: boolean;
  /** Today, for telling an ended event; tests fix it. */
  now?: Date;
}

export interface PortalReader {
  portal: MonitoredPortal;
  job: `intake.${MonitoredPortal}`;
  /** Minute past the hour of the job's cron ("M *\/6 * * *", jobs/definitions.ts). */
  cronMinute: number;
  origin: string;
  /** The name of the body's id on the portal, as in its addresses and the audit log. */
  idName: "governmentId" | "govAgencyId" | "blogId";
  /** Where an officer finds that number (the validation message names it). */
  idPlace: string;
  list(portalBodyId: string, o: ReadOptions): Promise<PortalItem[]>;
  /** Writes the item's snapshot into `file`; the digest of what was fetched. */
  fetch(item: PortalItem, portalBodyId: string, file: string, o: ReadOptions): Promise<{ digest: string }>;
}

/** What of a draft's list card shows a change: comments, accepted, not accepted, likes, dislikes, status. */
export function listFingerprint(card: ListCard): string {
  return [card.comments, card.accepted, card.rejected, card.likes, card.dislikes, card.status]
    .map((v) => v ?? "")
    .join("/");
}

const legalacts: PortalReader = {
  portal: "legalacts",
  job: "intake.legalacts",
  cronMinute: 40,
  origin: LEGALACTS_ORIGIN,
  idName: "governmentId",
  idPlace: "legalacts.egov.kz/list?governmentId=…",
  async list(governmentId, o) {
    const cards = await listLegalactsDrafts(governmentId, {
      origin: o.origin,
      fetcher: o.fetcher,
      archive: o.archive,
      maxPages: o.maxListPages,
    });
    return cards.map((card) => ({ id: card.id, fingerprint: listFingerprint(card) }));
  },
  async fetch(item, _governmentId, file, o) {
    await fetchLegalactsDraft(item.id, file, { origin: o.origin, fetcher: o.fetcher });
    return { digest: item.fingerprint ?? "" };
  },
};

const budget: PortalReader = {
  portal: "budget",
  job: "intake.budget",
  cronMinute: 50,
  origin: BUDGET_ORIGIN,
  idName: "govAgencyId",
  idPlace: "budget.egov.kz/budgetprogram/budgetprogram?govAgencyId=…",
  async list(govAgencyId, o) {
    const programs = await listBudgetPrograms(govAgencyId, {
      origin: o.origin,
      fetcher: o.fetcher,
      maxPages: o.maxListPages,
    });
    return programs.map((p) => ({ id: p.budgetId }));
  },
  async fetch(item, govAgencyId, file, o) {
    const url = `${o.origin}${programPath({ budgetId: item.id, govAgencyId })}`;
    return fetchBudgetProgram(url, file, { origin: o.origin, fetcher: o.fetcher });
  },
};

const dialog: PortalReader = {
  portal: "dialog",
  job: "intake.dialog",
  cronMinute: 20,
  origin: DIALOG_ORIGIN,
  idName: "blogId",
  idPlace: "dialog.egov.kz/blogs/…/questions",
  async list(blogId, o) {
    // The blog is one item: its pages are read whole (every ?page=N) or not at all.
    const items: PortalItem[] = [{ id: blogId }];
    try {
      const today = isoDay(o.now ?? new Date()); // Astana's day, as the portal shows its dates
      for (const e of await listDialogEvents(blogId, {
        origin: o.origin,
        fetcher: o.fetcher,
        maxPages: o.maxListPages,
      })) {
        const ends = e.endsOn ? parseDate(e.endsOn) : null;
        const ended = ends !== null && isoDay(ends) < today;
        items.push({ id: `${e.kind}-${e.id}`, fingerprint: ended ? `ended ${e.endsOn}` : undefined });
      }
    } catch (e) {
      // The lists of events failing must not cost the blog its read: the failure is one more item.
      items.push({ id: "conferences", failure: String((e as Error)?.message ?? e) });
    }
    return items;
  },
  async fetch(item, _blogId, file, o) {
    const event = /^(conference|survey)-(\d+)$/.exec(item.id);
    const path = event
      ? dialogEventPath({ kind: event[1] as "conference" | "survey", id: event[2]! })
      : `/blogs/${item.id}/questions`;
    const fetched = await fetchDialogPages(`${o.origin}${path}`, file, {
      origin: o.origin,
      fetcher: o.fetcher,
      maxPages: o.maxListPages * 5,
    });
    // An ended event's list fingerprint is what is kept: the next run knows it from the list alone.
    return { digest: item.fingerprint ?? fetched.digest };
  },
};

export const PORTAL_READERS: Record<MonitoredPortal, PortalReader> = { legalacts, budget, dialog };
