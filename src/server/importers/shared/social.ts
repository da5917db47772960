/** Fetch helpers for the social platforms' documented JSON APIs, paging until the last page. */
import { createWriteStream } from "node:fs";
import { once } from "node:events";

/** Every fetcher takes these: tests point `baseUrl` at a local server, never at the platform. */
export interface FetchOptions {
  /** Scheme and host (and path prefix) of the API; defaults to the platform's real host. */
  baseUrl?: string;
  /** Time limit per page request (default 30 s): a hung API must not hold a monitoring slot forever. */
  timeoutMs?: number;
  /**
   * Incremental fetch: the APIs list newest first, so paging stops after the first page whose
   * every entry is older than this. Omitted: every page (a full sweep).
   */
  since?: Date;
}

/** True when paging can stop: `since` is set and each entry of the page is dated before it. */
export function pageBeforeSince(
  entries: unknown[],
  since: Date | undefined,
  dateOf: (entry: Record<string, unknown>) => unknown,
): boolean {
  if (!since || entries.length === 0) return false;
  return entries.every((entry) => {
    const value = entry && typeof entry === "object" ? dateOf(entry as Record<string, unknown>) : undefined;
    const time = typeof value === "string" ? Date.parse(value) : NaN;
    return Number.isFinite(time) && time < since.getTime();
  });
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** Joins a base URL (with or without a trailing slash) and an API path. */
export function apiUrl(baseUrl: string, pathAndQuery: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/${pathAndQuery.replace(/^\/+/, "")}`;
}

/**
 * One page as JSON. Errors name the host and what went wrong but never the URL: the URL carries
 * the access token, and error messages end up in logs and on the monitoring screen.
 */
export async function fetchJson(
  url: string,
  options: Pick<FetchOptions, "timeoutMs"> = {},
): Promise<Record<string, unknown>> {
  const host = new URL(url).host;
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: "application/json" },
      signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    throw new Error(`${host} could not be reached (${cause ?? (error as Error).name})`);
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(
      response.ok ? `${host} answered with a body that is not JSON` : `${host} answered ${response.status}`,
    );
  }
  // Graph and YouTube put `{error: {message}}` beside a 4xx; VK answers 200 with `{error: {error_msg}}`;
  // the Telegram Bot API `{ok: false, description}`.
  const apiError = (body as { error?: { message?: string; error_msg?: string } } | null)?.error;
  if (!response.ok || apiError) {
    const detail = apiError?.message ?? apiError?.error_msg ?? (body as { description?: string } | null)?.description;
    throw new Error(`${host} answered ${response.status}${detail ? `: ${String(detail).slice(0, 200)}` : ""}`);
  }
  if (typeof body !== "object" || body === null || Array.isArray(body))
    throw new Error(`${host} answered with JSON that is not an object`);
  return body as Record<string, unknown>;
}

/**
 * A `next` link from a page may only lead back to the API it came from: following it elsewhere
 * would hand the access token in its query to another host.
 */
export function sameOrigin(next: string | undefined, baseUrl: string): string | undefined {
  if (!next) return undefined;
  if (new URL(next).origin !== new URL(baseUrl).origin)
    throw new Error(`a paging link leads to another host (${new URL(next).host})`);
  return next;
}

/** Pages read at most: an API that keeps handing out the same `next` must not hold a worker forever. */
const MAX_PAGES = 2_000;

/** Collects the pages' arrays into one file of the platform's response shape (`{[key]: [...]}`). */
export async function writePages(file: string, key: string, pages: AsyncIterable<unknown[]>): Promise<number> {
  // Streamed page by page into {"<key>": [ … ]}: a channel with a million comments never sits in memory.
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  let count = 0;
  let items = 0;
  try {
    await write(`{${JSON.stringify(key)}:[`);
    for await (const page of pages) {
      if (++count > MAX_PAGES) throw new Error(`the API kept paging past ${MAX_PAGES} pages`);
      for (const item of page) await write(`${items++ ? "," : ""}${JSON.stringify(item)}`);
    }
    await write("]}");
  } finally {
    out.end();
    await once(out, "close");
  }
  return items;
}
