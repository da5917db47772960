/** Pages through `wall.getComments` of one post into convert-vk's shape (`{response: {items}}`). */
import { writeFile } from "node:fs/promises";
import { fetchJson } from "../shared/social.ts";

export async function fetchVkComments(ownerId: number, postId: number, token: string, file: string): Promise<number> {
  const items: unknown[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await fetchJson(`https://api.vk.com/method/wall.getComments?owner_id=${ownerId}&post_id=${postId}&count=100&offset=${offset}&thread_items_count=10&v=5.199&access_token=${encodeURIComponent(token)}`);
    const response = page.response as { items?: unknown[]; count?: number } | undefined;
    if (!response?.items?.length) break;
    items.push(...response.items.map((i) => ({ owner_id: ownerId, post_id: postId, ...(i as object) })));
    if (items.length >= (response.count ?? 0)) break;
  }
  await writeFile(file, JSON.stringify({ response: { count: items.length, items } }));
  return items.length;
}
