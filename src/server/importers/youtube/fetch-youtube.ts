/** Pages through `commentThreads.list` for a channel into convert-youtube's shape (`{items}`). */
import { apiUrl, fetchJson, pageBeforeSince, writePages, type FetchOptions } from "../shared/social.ts";

const YOUTUBE_API = "https://www.googleapis.com";

export async function fetchYoutubeThreads(
  channelId: string,
  apiKey: string,
  file: string,
  options: FetchOptions = {},
): Promise<number> {
  const base = options.baseUrl ?? YOUTUBE_API;
  let pageToken: string | undefined = "";
  return writePages(
    file,
    "items",
    (async function* () {
      while (pageToken !== undefined) {
        const query = `part=snippet,replies&allThreadsRelatedToChannelId=${encodeURIComponent(channelId)}&maxResults=100&key=${encodeURIComponent(apiKey)}${pageToken ? `&pageToken=${encodeURIComponent(pageToken)}` : ""}`;
        const page = await fetchJson(apiUrl(base, `youtube/v3/commentThreads?${query}`), options);
        const threads = (page.items as unknown[]) ?? [];
        for (const thread of threads) await completeReplies(thread as Thread, base, apiKey, options);
        yield threads;
        // Threads come newest first (order=time): an incremental run stops at the first page before `since`.
        pageToken = pageBeforeSince(threads, options.since, topLevelPublishedAt)
          ? undefined
          : (page.nextPageToken as string | undefined) || undefined;
      }
    })(),
  );
}

const topLevelPublishedAt = (thread: Record<string, unknown>) =>
  (thread.snippet as { topLevelComment?: { snippet?: { publishedAt?: unknown } } } | undefined)?.topLevelComment
    ?.snippet?.publishedAt;

type Thread = { id?: string; snippet?: { totalReplyCount?: number }; replies?: { comments?: unknown[] } } | null;

/** Pages of one thread's replies read at most (100 a page). */
const MAX_REPLY_PAGES = 50;

/**
 * A thread's inline `replies` "does not necessarily contain all replies" (YouTube Data API,
 * commentThreads resource): when `totalReplyCount` says there are more, the replies are read whole
 * with `comments.list?parentId=`, so a channel's answer is never missed.
 */
async function completeReplies(thread: Thread, base: string, apiKey: string, options: FetchOptions): Promise<void> {
  const total = thread?.snippet?.totalReplyCount ?? 0;
  if (!thread?.id || total <= (thread.replies?.comments?.length ?? 0)) return;
  const replies: unknown[] = [];
  let pageToken: string | undefined = "";
  for (let n = 0; pageToken !== undefined && n < MAX_REPLY_PAGES; n++) {
    const query = `part=snippet&parentId=${encodeURIComponent(thread.id)}&maxResults=100&textFormat=plainText&key=${encodeURIComponent(apiKey)}${pageToken ? `&pageToken=${encodeURIComponent(pageToken)}` : ""}`;
    const page = await fetchJson(apiUrl(base, `youtube/v3/comments?${query}`), options);
    replies.push(...((page.items as unknown[]) ?? []));
    pageToken = (page.nextPageToken as string | undefined) || undefined;
  }
  thread.replies = { ...thread.replies, comments: replies };
}
