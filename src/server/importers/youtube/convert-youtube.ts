/**
 * YouTube Data API v3 `commentThreads.list` (part=snippet,replies): `{kind, items: [thread…]}`.
 * Each thread's top-level comment and the viewers' replies are items; replies by the channel that
 * owns the video (authorChannelId = snippet.channelId) answer the top-level comment.
 */
import { parseDate } from "../shared/dates.ts";
import { clean } from "../shared/text.ts";
import {
  ok,
  refuse,
  type ConvertResult,
  type Converted,
  type NormalisedItem,
  type RowProblem,
} from "../shared/types.ts";

const YOUTUBE_SOURCE = "youtube";

interface YtComment {
  id?: string;
  snippet?: {
    textOriginal?: string;
    textDisplay?: string;
    authorChannelId?: { value?: string };
    authorDisplayName?: string;
    publishedAt?: string;
    videoId?: string;
    parentId?: string;
  };
}
interface YtThread {
  id?: string;
  snippet?: { channelId?: string; videoId?: string; topLevelComment?: YtComment };
  replies?: { comments?: YtComment[] };
}

export function convertYoutubeThread(record: unknown): ConvertResult {
  const thread = (record ?? {}) as YtThread;
  const top = thread.snippet?.topLevelComment;
  const channelId = thread.snippet?.channelId;
  if (!thread.id || !top?.id || !channelId)
    return refuse("row.missing", { column: !thread.id ? "id" : !channelId ? "snippet.channelId" : "topLevelComment" });
  const videoId = thread.snippet?.videoId ?? top.snippet?.videoId ?? null;
  const account = {
    platform: "youtube" as const,
    handle: channelId,
    url: `https://www.youtube.com/channel/${channelId}`,
  };
  const items: NormalisedItem[] = [];
  const replies: NonNullable<Converted["replies"]> = [];
  const problems: RowProblem[] = [];
  for (const c of [top, ...(thread.replies?.comments ?? [])]) {
    const text = clean(c.snippet?.textOriginal ?? c.snippet?.textDisplay);
    if (!c.id || !text) continue;
    if (c !== top && c.snippet?.authorChannelId?.value === channelId) {
      replies.push({ source: YOUTUBE_SOURCE, sourceRef: top.id, text });
      continue;
    }
    const receivedAt = parseDate(c.snippet?.publishedAt);
    if (!receivedAt) {
      problems.push({
        code: "row.bad_date",
        params: { column: "publishedAt", value: String(c.snippet?.publishedAt ?? "") },
      });
      continue;
    }
    items.push({
      source: YOUTUBE_SOURCE,
      sourceRef: c.id,
      channel: "social_media",
      kind: "social_comment",
      text,
      receivedAt,
      author: c.snippet?.authorChannelId?.value ?? c.snippet?.authorDisplayName ?? null,
      account,
      metadata: {
        platform: "youtube",
        postId: videoId,
        postUrl: videoId ? `https://www.youtube.com/watch?v=${videoId}` : null,
        parentId: c === top ? null : top.id,
      },
    });
  }
  return ok(items, { replies, problems });
}
