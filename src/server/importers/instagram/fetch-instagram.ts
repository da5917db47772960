/** Pages through an Instagram business account's media with comments into convert-instagram's shape. */
import { fetchJson, writePages } from "../shared/social.ts";

export async function fetchInstagramMedia(igUserId: string, token: string, file: string, version = "v19.0"): Promise<number> {
  const fields = "id,caption,permalink,timestamp,username,comments{id,text,timestamp,username,replies{id,text,timestamp,username}}";
  let url: string | undefined = `https://graph.facebook.com/${version}/${igUserId}/media?fields=${encodeURIComponent(fields)}&access_token=${encodeURIComponent(token)}`;
  return writePages(file, "data", (async function* () {
    while (url) {
      const page = await fetchJson(url);
      yield (page.data as unknown[]) ?? [];
      url = (page.paging as { next?: string } | undefined)?.next;
    }
  })());
}
