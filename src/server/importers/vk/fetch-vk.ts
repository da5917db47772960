/**
 * Pages through `wall.getComments` into convert-vk's shape (`{response: {items}}`): of one post, or
 * of a community's latest posts (`wall.get`), which is what monitoring an account needs.
 */
import { writeFile } from "node:fs/promises";
import { apiUrl, fetchJson, type FetchOptions } from "../shared/social.ts";

export const VK_API = "https://api.vk.com";
const VERSION = "5.199";

type VkPage = { items?: Record<string, unknown>[]; count?: number; current_level_count?: number } | undefined;

async function postComments(ownerId: number, postId: number, token: string, options: FetchOptions): Promise<unknown[]> {
  const base = options.baseUrl ?? VK_API;
  const items: unknown[] = [];
  // The offset counts top-level comments (replies come inside each one's thread).
  for (let offset = 0; ;) {
    const page = await fetchJson(apiUrl(base, `method/wall.getComments?owner_id=${ownerId}&post_id=${postId}&count=100&offset=${offset}&thread_items_count=10&v=${VERSION}&access_token=${encodeURIComponent(token)}`), options);
    const response = page.response as VkPage;
    if (!response?.items?.length) break;
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
 * The comments under the owner's latest `posts` posts (a community's `ownerId` is negative): 20 on
 * an incremental run (`since` set), 100 — the most wall.get returns — on a full sweep. Older posts
 * drop out of the window; their comments stay imported.
 */
export async function fetchVkWallComments(ownerId: number, token: string, file: string, options: FetchOptions & { posts?: number } = {}): Promise<number> {
  const base = options.baseUrl ?? VK_API;
  const wall = await fetchJson(apiUrl(base, `method/wall.get?owner_id=${ownerId}&count=${Math.min(100, options.posts ?? (options.since ? 20 : 100))}&filter=all&v=${VERSION}&access_token=${encodeURIComponent(token)}`), options);
  const posts = ((wall.response as VkPage)?.items ?? []) as { id?: number; comments?: { count?: number } }[];
  const items: unknown[] = [];
  for (const post of posts) {
    if (typeof post.id !== "number" || !post.comments?.count) continue;
    items.push(...await postComments(ownerId, post.id, token, options));
  }
  return writeComments(file, items);
}
