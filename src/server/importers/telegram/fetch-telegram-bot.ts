/**
 * Live intake of a channel's comments through a bot (Bot API `getUpdates`). Comments on a
 * channel's posts live in its linked discussion group; a bot that is an administrator of that group
 * receives every message there (a non-admin bot in privacy mode would not). Each run reads the
 * pending updates, keeps the group's messages, and writes them in the shape of Telegram Desktop's
 * export (result.json), so the one Telegram importer reads both — the same message has the same
 * source key either way (`<group id>/<message id>`).
 *
 * Reading with `offset` confirms the updates read: the bot should serve Pikir alone (one bot per
 * discussion group), or updates of other chats are dropped. Telegram keeps unconfirmed updates
 * for 24 hours, so an hourly run misses nothing.
 */
import { writeFile } from "node:fs/promises";
import { apiUrl, fetchJson, type FetchOptions } from "../shared/social.ts";

const TELEGRAM_API = "https://api.telegram.org";

interface BotUser {
  id?: number;
  first_name?: string;
  last_name?: string;
  username?: string;
}
interface BotChat {
  id?: number;
  title?: string;
  type?: string;
}
interface BotMessage {
  message_id?: number;
  date?: number;
  text?: string;
  caption?: string;
  from?: BotUser;
  sender_chat?: BotChat;
  chat?: BotChat;
  reply_to_message?: BotMessage;
  is_automatic_forward?: boolean;
}
interface BotUpdate {
  update_id?: number;
  message?: BotMessage;
  edited_message?: BotMessage;
}

/** `-1001234567890` (Bot API) → `1234567890` (Telegram Desktop's export id of the same group). */
function exportChatId(botChatId: string | number): string {
  return String(botChatId).replace(/^-100/, "").replace(/^-/, "");
}

interface ExportMessage {
  id: number;
  type: "message";
  date: string;
  date_unixtime: string;
  from: string | null;
  from_id: string;
  text: string;
  reply_to_message_id?: number;
}

function toExport(m: BotMessage, text: string): ExportMessage {
  // The channel speaking in its group (its auto-forwarded posts, an admin answering as the channel) has sender_chat.
  const fromId =
    m.sender_chat?.id !== undefined ? `channel${exportChatId(m.sender_chat.id)}` : `user${m.from?.id ?? 0}`;
  const name =
    m.sender_chat?.title ??
    ([m.from?.first_name, m.from?.last_name].filter(Boolean).join(" ") || m.from?.username || null);
  const at = new Date((m.date ?? 0) * 1000);
  return {
    id: m.message_id!,
    type: "message",
    date: at.toISOString().slice(0, 19),
    date_unixtime: String(m.date ?? 0),
    from: name,
    from_id: fromId,
    text,
    ...(m.reply_to_message?.message_id !== undefined ? { reply_to_message_id: m.reply_to_message.message_id } : {}),
  };
}

/** Update pages read at most in one run (100 updates a page). */
const MAX_PAGES = 100;

/**
 * A bot receives updates either by getUpdates or by a webhook, never both: while a webhook is set
 * (by another program using the same bot), the Bot API refuses getUpdates with 409. Say what to do
 * rather than only "answered 409".
 */
function explainConflict(error: Error): never {
  if (/ answered 409/.test(error.message))
    throw new Error(
      `${error.message} — the bot has a webhook set, so it cannot be read with getUpdates: remove the webhook (deleteWebhook) or give Pikir a bot of its own for this discussion group`,
    );
  throw error;
}

export async function fetchTelegramBotUpdates(
  groupChatId: string,
  token: string,
  file: string,
  options: FetchOptions = {},
): Promise<number> {
  const base = options.baseUrl ?? TELEGRAM_API;
  const wanted = String(groupChatId);
  const messages = new Map<number, ExportMessage>();
  let title: string | null = null;
  let offset: number | undefined;
  for (let n = 0; n < MAX_PAGES; n++) {
    const query = `timeout=0&limit=100&allowed_updates=${encodeURIComponent('["message","edited_message"]')}${offset !== undefined ? `&offset=${offset}` : ""}`;
    // The token is part of the path (bot<token>); fetchJson's errors name only the host.
    const page = await fetchJson(apiUrl(base, `bot${token}/getUpdates?${query}`), options).catch(explainConflict);
    const updates = (page.result as BotUpdate[] | undefined) ?? [];
    if (!updates.length) break;
    for (const u of updates) {
      const m = u.message ?? u.edited_message;
      if (typeof u.update_id === "number") offset = Math.max(offset ?? 0, u.update_id + 1);
      if (!m || typeof m.message_id !== "number" || String(m.chat?.id) !== wanted) continue;
      title ??= m.chat?.title ?? null;
      const parent = m.reply_to_message;
      // The message replied to may have come in an earlier run: it is given as context with no
      // text, so the importer knows the thread (a post, or the comment a channel answer is for)
      // without writing the earlier message again.
      if (parent && typeof parent.message_id === "number" && !messages.has(parent.message_id)) {
        messages.set(parent.message_id, { ...toExport(parent, ""), reply_to_message_id: undefined } as ExportMessage);
      }
      messages.set(m.message_id, toExport(m, m.text ?? m.caption ?? ""));
    }
    if (updates.length < 100) break;
  }
  const list = [...messages.values()]
    .sort((a, b) => a.id - b.id)
    .map((m) => {
      if (m.reply_to_message_id === undefined) delete m.reply_to_message_id;
      return m;
    });
  await writeFile(
    file,
    JSON.stringify({
      name: wanted,
      type: "public_supergroup",
      id: Number(exportChatId(wanted)),
      title,
      messages: list,
    }),
  );
  if (offset !== undefined) {
    // Confirm what was read, so the next run starts after it.
    await fetchJson(apiUrl(base, `bot${token}/getUpdates?timeout=0&limit=1&offset=${offset}`), options);
  }
  return list.filter((m) => m.text).length;
}
