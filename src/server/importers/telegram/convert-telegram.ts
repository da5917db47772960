/**
 * Telegram Desktop's JSON export (result.json) of a channel's discussion: `{name, type, id,
 * messages: [...]}`. The channel's posts (from_id "channel…") are not feedback; people's messages
 * replying to a post (directly or down a thread) are comments on it; the channel's own replies to a
 * comment are the body's answers. Stateful per file (it remembers which thread a message is in),
 * so a resumed import feeds the skipped messages through it again.
 */
import { parseDate } from "../shared/dates.ts";
import { clean } from "../shared/text.ts";
import { ok, refuse, type ConvertResult, type SocialAccountRef } from "../shared/types.ts";

const TELEGRAM_SOURCE = "telegram";

interface TelegramMessage {
  id?: number;
  type?: string;
  date?: string;
  date_unixtime?: string;
  from?: string | null;
  from_id?: string;
  text?: string | (string | { type?: string; text?: string })[];
  reply_to_message_id?: number;
}

function telegramText(text: TelegramMessage["text"]): string {
  if (typeof text === "string") return text;
  if (Array.isArray(text)) return text.map((t) => (typeof t === "string" ? t : (t.text ?? ""))).join("");
  return "";
}

export function createTelegramConverter(header: Record<string, unknown>) {
  const chatId = String(header.id ?? header.name ?? "chat");
  const isChannel = String(header.type ?? "").includes("channel");
  const account: SocialAccountRef = { platform: "telegram", handle: String(header.name ?? chatId) };
  /** message id → the post its thread hangs under (0 = none). */
  const threadOf = new Map<number, number>();
  const channelMessages = new Set<number>();
  const ref = (id: number) => `${chatId}/${id}`;

  return (record: unknown): ConvertResult => {
    const m = (record ?? {}) as TelegramMessage;
    if (typeof m.id !== "number") return refuse("row.missing", { column: "id" });
    if (m.type !== "message") return ok([]); // joins, pins and other service messages
    const fromId = typeof m.from_id === "string" ? m.from_id : null;
    const fromChannel = (fromId ?? "").startsWith("channel") || (isChannel && !fromId);
    const parent = m.reply_to_message_id;
    const post =
      parent === undefined
        ? 0
        : channelMessages.has(parent) && !threadOf.has(parent)
          ? parent
          : (threadOf.get(parent) ?? 0);
    if (fromChannel) {
      channelMessages.add(m.id);
      if (parent === undefined || !threadOf.has(parent)) return ok([]); // a post, not feedback
      threadOf.set(m.id, post);
      const text = clean(telegramText(m.text));
      // The channel replying to someone's comment: the body's answer to it.
      return ok([], text ? { replies: [{ source: TELEGRAM_SOURCE, sourceRef: ref(parent), text }] } : {});
    }
    threadOf.set(m.id, post);
    const text = clean(telegramText(m.text));
    if (!text) return ok([]); // stickers, photos without a caption
    const receivedAt = parseDate(m.date_unixtime ?? m.date);
    if (!receivedAt) return refuse("row.bad_date", { column: "date", value: String(m.date ?? "") });
    return ok([
      {
        source: TELEGRAM_SOURCE,
        sourceRef: ref(m.id),
        channel: "social_media",
        kind: "social_comment",
        text,
        receivedAt,
        author: fromId ?? (typeof m.from === "string" ? m.from : null),
        account,
        metadata: { platform: "telegram", chatId, postId: post || null, replyTo: parent ?? null },
      },
    ]);
  };
}
