/** Pages through an Instagram business account's media with comments into convert-instagram's shape. */
import { completeNestedEdge, GRAPH_API, graphVersion } from "../facebook/fetch-facebook.ts";
import { apiUrl, fetchJson, pageBeforeSince, sameOrigin, writePages, type FetchOptions } from "../shared/social.ts";

export async function fetchInstagramMedia(
  igUserId: string,
  token: string,
  file: string,
  options: FetchOptions & { version?: string } = {},
): Promise<number> {
  const base = options.baseUrl ?? GRAPH_API;
  const fields =
    "id,caption,permalink,timestamp,username,comments{id,text,timestamp,username,replies{id,text,timestamp,username}}";
  let url: string | undefined = apiUrl(
    base,
    `${options.version ?? graphVersion()}/${encodeURIComponent(igUserId)}/media?fields=${encodeURIComponent(fields)}&access_token=${encodeURIComponent(token)}`,
  );
  return writePages(
    file,
    "data",
    (async function* () {
      while (url) {
        const page = await fetchJson(url, options);
        const posts = (page.data as unknown[]) ?? [];
        await completeNestedEdge(posts, "comments", base, options); // past the first page of a media's comments
        yield posts;
        // Posts come newest first: an incremental run stops at the first page of posts before `since`.
        url = pageBeforeSince(posts, options.since, (post) => post.timestamp)
          ? undefined
          : sameOrigin((page.paging as { next?: string } | undefined)?.next, base);
      }
    })(),
  );
}
