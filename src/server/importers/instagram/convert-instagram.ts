/**
 * Instagram Graph API, the account's media with comments
 * (`GET /{ig-user-id}/media?fields=id,caption,permalink,timestamp,username,comments{id,text,timestamp,username,replies{id,text,timestamp,username}}`):
 * `{data: [media…]}`. Comments are items; the account's own replies under a comment are answers.
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

const INSTAGRAM_SOURCE = "instagram";

interface IgComment {
  id?: string;
  text?: string;
  timestamp?: string;
  username?: string;
  replies?: { data?: IgComment[] };
}
interface IgMedia {
  id?: string;
  permalink?: string;
  username?: string;
  comments?: { data?: IgComment[] };
}

export function convertInstagramMedia(record: unknown): ConvertResult {
  const media = (record ?? {}) as IgMedia;
  if (!media.id || !media.username) return refuse("row.missing", { column: media.id ? "username" : "id" });
  const account = {
    platform: "instagram" as const,
    handle: media.username,
    url: `https://www.instagram.com/${media.username}/`,
  };
  const items: NormalisedItem[] = [];
  const replies: NonNullable<Converted["replies"]> = [];
  const problems: RowProblem[] = [];
  const visit = (c: IgComment, parentId: string | null) => {
    const text = clean(c.text);
    if (c.id && text) {
      if (c.username === media.username) {
        if (parentId) replies.push({ source: INSTAGRAM_SOURCE, sourceRef: parentId, text });
      } else {
        const receivedAt = parseDate(c.timestamp);
        if (!receivedAt)
          problems.push({ code: "row.bad_date", params: { column: "timestamp", value: String(c.timestamp ?? "") } });
        else
          items.push({
            source: INSTAGRAM_SOURCE,
            sourceRef: c.id,
            channel: "social_media",
            kind: "social_comment",
            text,
            receivedAt,
            author: c.username ?? null,
            account,
            metadata: { platform: "instagram", postId: media.id, postUrl: media.permalink ?? null, parentId },
          });
      }
    }
    for (const r of c.replies?.data ?? []) visit(r, c.id ?? null);
  };
  for (const c of media.comments?.data ?? []) visit(c, null);
  return ok(items, { replies, problems });
}
