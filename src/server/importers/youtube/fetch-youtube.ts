/** Pages through `commentThreads.list` for a channel into convert-youtube's shape (`{items}`). */
import { apiUrl, fetchJson, pageBeforeSince, writePages, type FetchOptions } from "../shared/social.ts";

export const YOUTUBE_API = "https://www.googleapis.com";

export async function fetchYoutubeThreads(channelId: string, apiKey: string, file: string, options: FetchOptions = {}): Promise<number> {
  const base = options.baseUrl ?? YOUTUBE_API;
  let pageToken: string | undefined = "";
  return writePages(file, "items", (async function* () {
    while (pageToken !== undefined) {
      const query = `part=snippet,replies&allThreadsRelatedToChannelId=${encodeURIComponent(channelId)}&maxResults=100&key=${encodeURIComponent(apiKey)}${pageToken ? `&pageToken=${encodeURIComponent(pageToken)}` : ""}`;
      const page = await fetchJson(apiUrl(base, `youtube/v3/commentThreads?${query}`), options);
      const threads = (page.items as unknown[]) ?? [];
      yield threads;
      // Threads come newest first (order=time): an incremental run stops at the first page before `since`.
      pageToken = pageBeforeSince(threads, options.since, topLevelPublishedAt) ? undefined : (page.nextPageToken as string | undefined) || undefined;
    }
  })());
}

const topLevelPublishedAt = (thread: Record<string, unknown>) =>
  ((thread.snippet as { topLevelComment?: { snippet?: { publishedAt?: unknown } } } | undefined)?.topLevelComment?.snippet?.publishedAt);
