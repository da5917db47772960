/** The Telegram bot's getUpdates against a local Bot API: the discussion group's messages in the export's shape, threads kept across runs. */
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchTelegramBotUpdates } from "./fetch-telegram-bot.ts";
import { createTelegramConverter } from "./convert-telegram.ts";

const GROUP = -1001234567890;
const CHANNEL = { id: -1009876543210, title: "Минфин РК", type: "channel" };
const chat = { id: GROUP, title: "Минфин РК — обсуждение", type: "supergroup" };
let base = "";
let pending: unknown[] = [];
const offsets: (string | null)[] = [];

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://stub");
  // A bot that another program set a webhook for: the Bot API's own answer.
  if (url.pathname === "/botHOOKED/getUpdates")
    return res.writeHead(409, { "content-type": "application/json" }).end(
      JSON.stringify({
        ok: false,
        error_code: 409,
        description:
          "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      }),
    );
  if (url.pathname !== "/botSECRET/getUpdates")
    return res
      .writeHead(401, { "content-type": "application/json" })
      .end(JSON.stringify({ ok: false, error_code: 401, description: "Unauthorized" }));
  const offset = url.searchParams.get("offset");
  offsets.push(offset);
  // Reading with an offset confirms everything before it, as the Bot API does.
  if (offset) pending = pending.filter((u) => (u as { update_id: number }).update_id >= Number(offset));
  res
    .writeHead(200, { "content-type": "application/json" })
    .end(JSON.stringify({ ok: true, result: pending.slice(0, Number(url.searchParams.get("limit") ?? 100)) }));
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function convert(file: string) {
  const json = JSON.parse(readFileSync(file, "utf8"));
  const c = createTelegramConverter(json);
  return json.messages
    .map(c)
    .flatMap((r: ReturnType<typeof c>) =>
      r.ok
        ? [
            ...r.value.items.map((i) => ["item", i.sourceRef, i.text]),
            ...(r.value.replies ?? []).map((x) => ["answer", x.sourceRef, x.text]),
          ]
        : [["refused", r.problem.code]],
    );
}

describe("Telegram bot intake", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "pikir-tg-bot-"));

  it("keeps the discussion group's messages, as comments on the channel's posts, and confirms what it read", async () => {
    const post = {
      message_id: 10,
      date: 1764660000,
      chat,
      sender_chat: CHANNEL,
      is_automatic_forward: true,
      text: "Новые ставки НДС",
    };
    const comment = {
      message_id: 11,
      date: 1764660600,
      chat,
      from: { id: 555, first_name: "Айгуль" },
      text: "Когда вступят в силу?",
      reply_to_message: post,
    };
    pending = [
      { update_id: 500, message: post },
      { update_id: 501, message: comment },
      {
        update_id: 502,
        message: {
          message_id: 3,
          date: 1764660700,
          chat: { id: 42, type: "private" },
          from: { id: 9 },
          text: "другой чат",
        },
      },
    ];
    offsets.length = 0;
    const file = path.join(dir, "run1.json");
    expect(await fetchTelegramBotUpdates(String(GROUP), "SECRET", file, { baseUrl: base })).toBe(2);
    expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({ name: String(GROUP), id: 1234567890 });
    expect(convert(file)).toEqual([["item", "1234567890/11", "Когда вступят в силу?"]]);
    expect(offsets).toEqual([null, "503"]);
    expect(pending).toEqual([]);
  });

  it("a channel answer in a later run still finds the comment it answers (given as context, not imported again)", async () => {
    const comment = {
      message_id: 11,
      date: 1764660600,
      chat,
      from: { id: 555, first_name: "Айгуль" },
      text: "Когда вступят в силу?",
    };
    pending = [
      {
        update_id: 503,
        message: {
          message_id: 12,
          date: 1764664200,
          chat,
          sender_chat: CHANNEL,
          text: "С 1 января 2027 года.",
          reply_to_message: comment,
        },
      },
    ];
    const file = path.join(dir, "run2.json");
    await fetchTelegramBotUpdates(String(GROUP), "SECRET", file, { baseUrl: base });
    expect(convert(file)).toEqual([["answer", "1234567890/11", "С 1 января 2027 года."]]);
  });

  it("names the host, never the token, when the bot is refused", async () => {
    const error = await fetchTelegramBotUpdates(String(GROUP), "WRONG", path.join(dir, "x.json"), {
      baseUrl: base,
    }).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/^127\.0\.0\.1:\d+ answered 401/);
    expect((error as Error).message).not.toContain("WRONG");
  });

  it("says the bot has a webhook when the Bot API refuses getUpdates for it (409), without the token", async () => {
    const error = await fetchTelegramBotUpdates(String(GROUP), "HOOKED", path.join(dir, "y.json"), {
      baseUrl: base,
    }).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/^127\.0\.0\.1:\d+ answered 409: Conflict: can't use getUpdates/);
    expect((error as Error).message).toContain("remove the webhook (deleteWebhook)");
    expect((error as Error).message).not.toContain("HOOKED");
  });
});
