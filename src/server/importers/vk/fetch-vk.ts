/**
 * Pages through `wall.getComments` into convert-vk's shape (`{response: {items}}`): of one post, or
 * of a community's latest posts (`wall.get`), which is what monitoring an account needs.
 */
import { writeFile } from "node:fs/promises";
import { apiUrl, fetchJson, type FetchOptions } from "../shared/social.ts";

const VK_API = "https://api.vk.com";
const VERSION = "5.199";

type VkPage = { items?: Record<string, unknown>[]; count?: number; current_level_count?: number } | undefined;
type VkComment = { id?: number; thread?: { count?: number; items?: unknown[] } };

/** VK allows 3 requests a second per token: calls are spaced by a third of a second and a little. */
const VK_SPACING_MS = 350;
let lastCall = 0;
async function vkJson(url: string, options: FetchOptions): Promise<Record<string, unknown>> {
  // A local test server (baseUrl set) has no such limit.
  const wait = lastCall + (options.baseUrl ? 0 : VK_SPACING_MS) - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  lastCall = Date.now();
  return fetchJson(url, options);
}

/**
 * `thread_items_count` gives at most 10 replies inline; a longer thread is read whole with
 * `wall.getComments?comment_id=` (100 a page), so the community's answer deep in a thread counts.
 */
async function completeThread(
  ownerId: number,
  postId: number,
  comment: VkComment,
  token: string,
  options: FetchOptions,
): Promise<void> {
  const total = comment.thread?.count ?? 0;
  if (typeof comment.id !== "number" || total <= (comment.thread?.items?.length ?? 0)) return;
  const base = options.baseUrl ?? VK_API;
  const items: unknown[] = [];
  for (let offset = 0; offset < total; ) {
    const page = await vkJson(
      apiUrl(
        base,
        `method/wall.getComments?owner_id=${ownerId}&post_id=${postId}&comment_id=${comment.id}&count=100&offset=${offset}&v=${VERSION}&access_token=${encodeURIComponent(token)}`,
      ),
      options,
    );
    const got = (page.response as VkPage)?.items ?? [];
    if (!got.length) break;
    items.push(...got);
    offset += got.length;
  }
  comment.thread = { ...comment.thread, count: total, items };
}

async function postComments(ownerId: number, postId: number, token: string, options: FetchOptions): Promise<unknown[]> {
  const base = options.baseUrl ?? VK_API;
  const items: unknown[] = [];
  // The offset counts top-level comments (replies come inside each one's thread).
  for (let offset = 0; ; ) {
    const page = await vkJson(
      apiUrl(
        base,
        `method/wall.getComments?owner_id=${ownerId}&post_id=${postId}&count=100&offset=${offset}&thread_items_count=10&v=${VERSION}&access_token=${encodeURIComponent(token)}`,
      ),
      options,
    );
    const response = page.response as VkPage;
    if (!response?.items?.length) break;
    for (const comment of response.items) await completeThread(ownerId, postId, comment as VkComment, token, options);
    items.push(...response.items.map((i) => ({ owner_id: ownerId, post_id: postId, ...i })));
    offset += response.items.length;
    if (offset >= (response.current_level_count ?? response.count ?? 0)) break;
  }
  return items;
}

async function writeComments(file: string, items: unknown[]): Promise<number> {
  await writeFile(file, JSON.stringify({ response: { count: items.length, items } }));
  return items.length;
}

/**
 * The comments under the owner's latest posts (a community's `ownerId` is negative): 20 on an
 * incremental run (`since` set); on the nightly full sweep, older posts too — `wall.get` pages of
 * 100 back to `posts` posts (PIKIR_VK_SWEEP_POSTS, default 1,000), so a comment left under an older
 * post is still reached.
 */
export async function fetchVkWallComments(
  ownerId: number,
  token: string,
  file: string,
  options: FetchOptions & { posts?: number } = {},
): Promise<number> {
  const base = options.baseUrl ?? VK_API;
  const sweep = Number(process.env.PIKIR_VK_SWEEP_POSTS);
  const wanted = options.posts ?? (options.since ? 20 : Number.isInteger(sweep) && sweep > 0 ? sweep : 1_000);
  const posts: { id?: number; comments?: { count?: number } }[] = [];
  for (let offset = 0; offset < wanted; ) {
    const wall = await vkJson(
      apiUrl(
        base,
        `method/wall.get?owner_id=${ownerId}&count=${Math.min(100, wanted - offset)}&offset=${offset}&filter=all&v=${VERSION}&access_token=${encodeURIComponent(token)}`,
      ),
      options,
    );
    const response = wall.response as VkPage;
    const page = (response?.items ?? []) as { id?: number; comments?: { count?: number } }[];
    posts.push(...page);
    offset += page.length;
    if (page.length === 0 || offset >= (response?.count ?? 0)) break;
  }
  const items: unknown[] = [];
  for (const post of posts) {
    if (typeof post.id !== "number" || !post.comments?.count) continue;
    items.push(...(await postComments(ownerId, post.id, token, options)));
  }
  return writeComments(file, items);
}
