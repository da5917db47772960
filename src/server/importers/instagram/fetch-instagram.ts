/** Pages through an Instagram business account's media with comments into convert-instagram's shape. */
import { GRAPH_API } from "../facebook/fetch-facebook.ts";
import { apiUrl, fetchJson, sameOrigin, writePages, type FetchOptions } from "../shared/social.ts";

export async function fetchInstagramMedia(igUserId: string, token: string, file: string, options: FetchOptions & { version?: string } = {}): Promise<number> {
  const base = options.baseUrl ?? GRAPH_API;
  const fields = "id,caption,permalink,timestamp,username,comments{id,text,timestamp,username,replies{id,text,timestamp,username}}";
  let url: string | undefined = apiUrl(base, `${options.version ?? "v19.0"}/${encodeURIComponent(igUserId)}/media?fields=${encodeURIComponent(fields)}&access_token=${encodeURIComponent(token)}`);
  return writePages(file, "data", (async function* () {
    while (url) {
      const page = await fetchJson(url, options);
      yield (page.data as unknown[]) ?? [];
      url = sameOrigin((page.paging as { next?: string } | undefined)?.next, base);
    }
  })());
}
