/** Pages through a Page's feed with comments (Graph API) into the file shape convert-facebook reads. */
import { apiUrl, fetchJson, pageBeforeSince, sameOrigin, writePages, type FetchOptions } from "../shared/social.ts";

export const GRAPH_API = "https://graph.facebook.com";

export async function fetchFacebookFeed(pageId: string, token: string, file: string, options: FetchOptions & { version?: string } = {}): Promise<number> {
  const base = options.baseUrl ?? GRAPH_API;
  const fields = "id,message,created_time,permalink_url,from,comments.limit(100){id,message,created_time,from,parent{id}}";
  let url: string | undefined = apiUrl(base, `${options.version ?? "v19.0"}/${encodeURIComponent(pageId)}/feed?fields=${encodeURIComponent(fields)}&access_token=${encodeURIComponent(token)}`);
  return writePages(file, "data", (async function* () {
    while (url) {
      const page = await fetchJson(url, options);
      const posts = (page.data as unknown[]) ?? [];
      yield posts;
      // Posts come newest first: an incremental run stops at the first page of posts before `since`.
      url = pageBeforeSince(posts, options.since, (post) => post.created_time) ? undefined : sameOrigin((page.paging as { next?: string } | undefined)?.next, base);
    }
  })());
}
