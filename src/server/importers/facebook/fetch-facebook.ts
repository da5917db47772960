/** Pages through a Page's feed with comments (Graph API) into the file shape convert-facebook reads. */
import { fetchJson, writePages } from "../shared/social.ts";

export async function fetchFacebookFeed(pageId: string, token: string, file: string, version = "v19.0"): Promise<number> {
  const fields = "id,message,created_time,permalink_url,from,comments.limit(100){id,message,created_time,from,parent{id}}";
  let url: string | undefined = `https://graph.facebook.com/${version}/${pageId}/feed?fields=${encodeURIComponent(fields)}&access_token=${encodeURIComponent(token)}`;
  return writePages(file, "data", (async function* () {
    while (url) {
      const page = await fetchJson(url);
      yield (page.data as unknown[]) ?? [];
      url = (page.paging as { next?: string } | undefined)?.next;
    }
  })());
}
