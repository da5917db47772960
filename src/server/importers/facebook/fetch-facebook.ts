/** Pages through a Page's feed with comments (Graph API) into the file shape convert-facebook reads. */
import { apiUrl, fetchJson, pageBeforeSince, sameOrigin, writePages, type FetchOptions } from "../shared/social.ts";

export const GRAPH_API = "https://graph.facebook.com";

/**
 * The Graph API version every Graph call uses: PIKIR_GRAPH_API_VERSION, or v26.0 (released
 * 29 Jul 2026, the newest, its end not yet set by developers.facebook.com/docs/graph-api/changelog/versions;
 * v25.0 is available until 29 Jul 2028; v19.0, used before issue 17, expired on 21 May 2026). A
 * version past its date is upgraded by Meta to the oldest available one, so the setting only has to
 * be moved forward before it expires.
 */
export const DEFAULT_GRAPH_VERSION = "v26.0";
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
export async function completeNestedEdge(
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

export async function fetchFacebookFeed(
  pageId: string,
  token: string,
  file: string,
  options: FetchOptions & { version?: string } = {},
): Promise<number> {
  const base = options.baseUrl ?? GRAPH_API;
  // filter(stream): all comments in time order, the Page's own replies (with `parent`) among them;
  // the default "toplevel" filter leaves the replies out, so answered comments could not be seen.
  const fields =
    "id,message,created_time,permalink_url,from,comments.filter(stream).limit(100){id,message,created_time,from,parent{id}}";
  let url: string | undefined = apiUrl(
    base,
    `${options.version ?? graphVersion()}/${encodeURIComponent(pageId)}/feed?fields=${encodeURIComponent(fields)}&access_token=${encodeURIComponent(token)}`,
  );
  return writePages(
    file,
    "data",
    (async function* () {
      while (url) {
        const page = await fetchJson(url, options);
        const posts = (page.data as unknown[]) ?? [];
        await completeNestedEdge(posts, "comments", base, options);
        yield posts;
        // Posts come newest first: an incremental run stops at the first page of posts before `since`.
        url = pageBeforeSince(posts, options.since, (post) => post.created_time)
          ? undefined
          : sameOrigin((page.paging as { next?: string } | undefined)?.next, base);
      }
    })(),
  );
}
