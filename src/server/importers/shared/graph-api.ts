/**
 * Meta's Graph API, as the Facebook and Instagram fetchers read it: one edge of a node (a Page's feed,
 * an account's media) paged newest first, each entry's comments completed past their first page, into
 * the file shape the converters read.
 */
import { apiUrl, fetchJson, pageBeforeSince, sameOrigin, writePages, type FetchOptions } from "./social.ts";

const GRAPH_API = "https://graph.facebook.com";

/**
 * The Graph API version every Graph call uses: PIKIR_GRAPH_API_VERSION, or v26.0 (released
 * 29 Jul 2026, the newest, its end not yet set by developers.facebook.com/docs/graph-api/changelog/versions;
 * v25.0 is available until 29 Jul 2028; v19.0, used before issue 17, expired on 21 May 2026). A version past its date is upgraded by Meta to the
 * oldest available one, so the setting only has to be moved forward before it expires.
 */
const DEFAULT_GRAPH_VERSION = "v26.0";
export function graphVersion(value = process.env.PIKIR_GRAPH_API_VERSION): string {
  if (!value) return DEFAULT_GRAPH_VERSION;
  if (!/^v\d{1,2}\.\d$/.test(value))
    throw new Error(`PIKIR_GRAPH_API_VERSION must look like v26.0, not "${value.slice(0, 20)}"`);
  return value;
}

/** Nested pages of one edge (a post's comments past the first 100) are read at most this many times. */
const MAX_NESTED_PAGES = 200;

/**
 * Follows `edge.paging.next` of each entry (a post's comments, a media's comments) and appends the
 * pages to `edge.data`, so a post with more than one page of comments arrives whole.
 */
async function completeNestedEdge(
  entries: unknown[],
  edge: string,
  base: string,
  options: FetchOptions,
): Promise<void> {
  for (const entry of entries) {
    const e = entry as Record<string, { data?: unknown[]; paging?: { next?: string } } | undefined> | null;
    const nested = e?.[edge];
    let next = sameOrigin(nested?.paging?.next, base);
    for (let n = 0; next && nested && n < MAX_NESTED_PAGES; n++) {
      const page = await fetchJson(next, options);
      nested.data = [...(nested.data ?? []), ...((page.data as unknown[]) ?? [])];
      next = sameOrigin((page.paging as { next?: string } | undefined)?.next, base);
    }
    if (nested?.paging) delete nested.paging;
  }
}

/**
 * Pages through `node/edge?fields=…` into `file`; `timeOf` reads an entry's time, so an incremental run
 * (options.since) stops at the first page that reaches before it.
 */
export async function fetchGraphEdge(
  node: string,
  edge: string,
  fields: string,
  token: string,
  file: string,
  timeOf: (entry: Record<string, unknown>) => unknown,
  options: FetchOptions & { version?: string } = {},
): Promise<number> {
  const base = options.baseUrl ?? GRAPH_API;
  let url: string | undefined = apiUrl(
    base,
    `${options.version ?? graphVersion()}/${encodeURIComponent(node)}/${edge}?fields=${encodeURIComponent(fields)}&access_token=${encodeURIComponent(token)}`,
  );
  return writePages(
    file,
    "data",
    (async function* () {
      while (url) {
        const page = await fetchJson(url, options);
        const entries = (page.data as unknown[]) ?? [];
        await completeNestedEdge(entries, "comments", base, options); // past the first page of comments
        yield entries;
        url = pageBeforeSince(entries, options.since, timeOf)
          ? undefined
          : sameOrigin((page.paging as { next?: string } | undefined)?.next, base);
      }
    })(),
  );
}
