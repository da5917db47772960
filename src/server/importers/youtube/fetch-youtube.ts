/** Pages through `commentThreads.list` for a channel into convert-youtube's shape (`{items}`). */
import { apiUrl, fetchJson, writePages, type FetchOptions } from "../shared/social.ts";

export const YOUTUBE_API = "https://www.googleapis.com";

export async function fetchYoutubeThreads(channelId: string, apiKey: string, file: string, options: FetchOptions = {}): Promise<number> {
  const base = options.baseUrl ?? YOUTUBE_API;
  let pageToken: string | undefined = "";
  return writePages(file, "items", (async function* () {
    while (pageToken !== undefined) {
      const query = `part=snippet,replies&allThreadsRelatedToChannelId=${encodeURIComponent(channelId)}&maxResults=100&key=${encodeURIComponent(apiKey)}${pageToken ? `&pageToken=${encodeURIComponent(pageToken)}` : ""}`;
      const page = await fetchJson(apiUrl(base, `youtube/v3/commentThreads?${query}`), options);
      yield (page.items as unknown[]) ?? [];
      pageToken = (page.nextPageToken as string | undefined) || undefined;
    }
  })());
}
