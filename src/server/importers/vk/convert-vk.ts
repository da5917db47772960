/**
 * VK API `wall.getComments` (v5.199, extended=0, thread_items_count=10): `{response: {count,
 * items: [comment…]}}`, each with `owner_id` (the community, negative), `post_id`, `from_id`, Unix
 * `date`, `text` and `thread.items`. The community's own comments answer the comment they reply to.
 */
import { clean } from "../shared/text.ts";
import { ok, refuse, type ConvertResult, type Converted, type NormalisedItem } from "../shared/types.ts";

const VK_SOURCE = "vk";

interface VkComment {
  id?: number;
  from_id?: number;
  owner_id?: number;
  post_id?: number;
  date?: number;
  text?: string;
  reply_to_comment?: number;
  parents_stack?: number[];
  thread?: { items?: VkComment[] };
}

export function convertVkComment(record: unknown): ConvertResult {
  const top = (record ?? {}) as VkComment;
  if (typeof top.id !== "number" || typeof top.owner_id !== "number" || typeof top.post_id !== "number")
    return refuse("row.missing", { column: "id" });
  const owner = top.owner_id;
  const account = {
    platform: "vk" as const,
    handle: owner < 0 ? `club${-owner}` : `id${owner}`,
    url: `https://vk.com/${owner < 0 ? `club${-owner}` : `id${owner}`}`,
  };
  const ref = (id: number) => `${owner}_${top.post_id}_${id}`;
  const items: NormalisedItem[] = [];
  const replies: NonNullable<Converted["replies"]> = [];
  for (const c of [top, ...(top.thread?.items ?? [])]) {
    const text = clean(c.text);
    if (typeof c.id !== "number" || !text) continue;
    if (c.from_id === owner) {
      const target = c.reply_to_comment ?? c.parents_stack?.at(-1) ?? (c === top ? undefined : top.id);
      if (target !== undefined) replies.push({ source: VK_SOURCE, sourceRef: ref(target), text });
      continue;
    }
    if (typeof c.date !== "number") return refuse("row.bad_date", { column: "date", value: String(c.date ?? "") });
    items.push({
      source: VK_SOURCE,
      sourceRef: ref(c.id),
      channel: "social_media",
      kind: "social_comment",
      text,
      receivedAt: new Date(c.date * 1000),
      author: c.from_id !== undefined ? String(c.from_id) : null,
      account,
      metadata: {
        platform: "vk",
        postId: `${owner}_${top.post_id}`,
        postUrl: `https://vk.com/wall${owner}_${top.post_id}`,
        replyTo: c.reply_to_comment ?? null,
      },
    });
  }
  return ok(items, { replies });
}
