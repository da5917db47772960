/** Pages through an Instagram business account's media with comments into convert-instagram's shape. */
import { fetchGraphEdge } from "../shared/graph-api.ts";
import type { FetchOptions } from "../shared/social.ts";

const FIELDS =
  "id,caption,permalink,timestamp,username,comments{id,text,timestamp,username,replies{id,text,timestamp,username}}";

export function fetchInstagramMedia(
  igUserId: string,
  token: string,
  file: string,
  options: FetchOptions & { version?: string } = {},
): Promise<number> {
  return fetchGraphEdge(igUserId, "media", FIELDS, token, file, (media) => media.timestamp, options);
}
