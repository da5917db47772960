/** Pages through `commentThreads.list` for a channel into convert-youtube's shape (`{items}`). */
import { fetchJson, writePages } from "../shared/social.ts";

export async function fetchYoutubeThreads(channelId: string, apiKey: string, file: string): Promise<number> {
  let pageToken: string | undefined = "";
  return writePages(file, "items", (async function* () {
    while (pageToken !== undefined) {
      const page = await fetchJson(`https://www.googleapis.com/youtube/v3/commentThreads?part=snippet,replies&allThreadsRelatedToChannelId=${channelId}&maxResults=100&key=${encodeURIComponent(apiKey)}${pageToken ? `&pageToken=${pageToken}` : ""}`);
      yield (page.items as unknown[]) ?? [];
      pageToken = page.nextPageToken as string | undefined;
    }
  })());
}
