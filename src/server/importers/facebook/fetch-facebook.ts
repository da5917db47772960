/** Pages through a Page's feed with comments (Graph API) into the file shape convert-facebook reads. */
import { fetchGraphEdge } from "../shared/graph-api.ts";
import type { FetchOptions } from "../shared/social.ts";

// filter(stream): all comments in time order, the Page's own replies (with `parent`) among them;
// the default "toplevel" filter leaves the replies out, so answered comments could not be seen.
const FIELDS =
  "id,message,created_time,permalink_url,from,comments.filter(stream).limit(100){id,message,created_time,from,parent{id}}";

export function fetchFacebookFeed(
  pageId: string,
  token: string,
  file: string,
  options: FetchOptions & { version?: string } = {},
): Promise<number> {
  return fetchGraphEdge(pageId, "feed", FIELDS, token, file, (post) => post.created_time, options);
}
