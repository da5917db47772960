/**
 * Facebook Graph API, a Page's feed with comments
 * (`GET /{page-id}/feed?fields=id,message,created_time,permalink_url,from,comments{id,message,created_time,from,parent{id}}`):
 * `{data: [post…], paging}`. Each post's comments are items; the Page's own comments replying to
 * one are the body's answers.
 */
import { parseDate } from "../shared/dates.ts";
import { clean } from "../shared/text.ts";
import {
  ok,
  refuse,
  type ConvertResult,
  type NormalisedItem,
  type RowProblem,
  type Converted,
} from "../shared/types.ts";

const FACEBOOK_SOURCE = "facebook";

interface FbComment {
  id?: string;
  message?: string;
  created_time?: string;
  from?: { id?: string; name?: string };
  parent?: { id?: string };
}
interface FbPost {
  id?: string;
  message?: string;
  permalink_url?: string;
  from?: { id?: string; name?: string };
  comments?: { data?: FbComment[] };
}

export function convertFacebookPost(record: unknown): ConvertResult {
  const post = (record ?? {}) as FbPost;
  if (!post.id) return refuse("row.missing", { column: "id" });
  const pageId = post.from?.id ?? post.id.split("_")[0]!;
  const account = { platform: "facebook" as const, handle: pageId, url: `https://www.facebook.com/${pageId}` };
  const items: NormalisedItem[] = [];
  const replies: NonNullable<Converted["replies"]> = [];
  const problems: RowProblem[] = [];
  for (const c of post.comments?.data ?? []) {
    const text = clean(c.message);
    if (!c.id || !text) continue;
    if (c.from?.id === pageId) {
      if (c.parent?.id) replies.push({ source: FACEBOOK_SOURCE, sourceRef: c.parent.id, text });
      continue;
    }
    const receivedAt = parseDate(c.created_time);
    if (!receivedAt) {
      problems.push({ code: "row.bad_date", params: { column: "created_time", value: String(c.created_time ?? "") } });
      continue;
    }
    items.push({
      source: FACEBOOK_SOURCE,
      sourceRef: c.id,
      channel: "social_media",
      kind: "social_comment",
      text,
      receivedAt,
      author: c.from?.id ?? null,
      account,
      metadata: {
        platform: "facebook",
        postId: post.id,
        postUrl: post.permalink_url ?? null,
        parentId: c.parent?.id ?? null,
      },
    });
  }
  return ok(items, { replies, problems });
}
