/** YouTube and VK threads read whole against a local API: replies past the inline ones, older posts on a sweep. */
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchYoutubeThreads } from "../youtube/fetch-youtube.ts";
import { fetchVkWallComments } from "../vk/fetch-vk.ts";

let base = "";
const requests: string[] = [];
const reply = (id: string, parentId: string) => ({
  id,
  snippet: {
    parentId,
    textOriginal: `reply ${id}`,
    publishedAt: "2026-11-01T10:00:00Z",
    authorChannelId: { value: "UCchannel" },
  },
});
const vkComment = (id: number, threadCount = 0, items: unknown[] = []) => ({
  id,
  from_id: 5,
  date: 1764000000,
  text: `c${id}`,
  thread: { count: threadCount, items },
});

const server = createServer((req, res) => {
  requests.push(req.url ?? "");
  const url = new URL(req.url ?? "/", "http://stub");
  const q = (n: string) => url.searchParams.get(n) ?? "";
  const json = (body: unknown) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
  if (url.pathname === "/youtube/v3/commentThreads") {
    return json({
      items: [
        {
          id: "T1",
          snippet: { totalReplyCount: 7, topLevelComment: { id: "T1" } },
          replies: { comments: [reply("T1.1", "T1")] },
        },
        {
          id: "T2",
          snippet: { totalReplyCount: 1, topLevelComment: { id: "T2" } },
          replies: { comments: [reply("T2.1", "T2")] },
        },
      ],
    });
  }
  if (url.pathname === "/youtube/v3/comments") {
    // Seven replies on two pages (5 + 2).
    const all = Array.from({ length: 7 }, (_, i) => reply(`T1.${i + 1}`, q("parentId")));
    return json(q("pageToken") === "n2" ? { items: all.slice(5) } : { items: all.slice(0, 5), nextPageToken: "n2" });
  }
  if (url.pathname === "/method/wall.get") {
    // 250 posts, newest first; only the oldest one (index 240) has comments.
    const offset = Number(q("offset"));
    const items = Array.from({ length: Math.min(Number(q("count")), 250 - offset) }, (_, i) => ({
      id: 1000 - offset - i,
      comments: { count: offset + i === 240 ? 1 : 0 },
    }));
    return json({ response: { count: 250, items } });
  }
  if (url.pathname === "/method/wall.getComments" && q("comment_id")) {
    // The thread of comment 7: 12 replies, 100 a page (one page here), beyond the inline 10.
    return json({ response: { count: 12, items: Array.from({ length: 12 }, (_, i) => vkComment(700 + i)) } });
  }
  if (url.pathname === "/method/wall.getComments") {
    return json({
      response: {
        count: 1,
        current_level_count: 1,
        items: [
          vkComment(
            7,
            12,
            Array.from({ length: 10 }, (_, i) => vkComment(700 + i)),
          ),
        ],
      },
    });
  }
  res.writeHead(404).end();
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("threads read whole", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "pikir-threads-"));

  it("YouTube: a thread with more replies than inline ones is completed with comments.list (paged); a complete one is not asked again", async () => {
    const file = path.join(dir, "yt.json");
    requests.length = 0;
    expect(await fetchYoutubeThreads("UCchannel", "key", file, { baseUrl: base })).toBe(2);
    const threads = JSON.parse(readFileSync(file, "utf8")).items;
    expect(threads[0].replies.comments.map((c: { id: string }) => c.id)).toEqual([
      "T1.1",
      "T1.2",
      "T1.3",
      "T1.4",
      "T1.5",
      "T1.6",
      "T1.7",
    ]);
    expect(threads[1].replies.comments).toHaveLength(1);
    expect(
      requests
        .filter((r) => r.startsWith("/youtube/v3/comments?"))
        .map((r) => new URL(r, base).searchParams.get("parentId")),
    ).toEqual(["T1", "T1"]);
  });

  it("VK: the nightly sweep pages wall.get past the latest 100 posts, and a thread past 10 replies is read whole", async () => {
    const file = path.join(dir, "vk.json");
    requests.length = 0;
    expect(await fetchVkWallComments(-42, "token", file, { baseUrl: base })).toBe(1);
    expect(
      requests.filter((r) => r.startsWith("/method/wall.get?")).map((r) => new URL(r, base).searchParams.get("offset")),
    ).toEqual(["0", "100", "200"]);
    const [comment] = JSON.parse(readFileSync(file, "utf8")).response.items;
    expect(comment).toMatchObject({ id: 7, post_id: 760, thread: { count: 12 } });
    expect(comment.thread.items).toHaveLength(12);
    // An incremental run reads only the latest 20 posts.
    requests.length = 0;
    await fetchVkWallComments(-42, "token", path.join(dir, "vk2.json"), { baseUrl: base, since: new Date() });
    expect(
      requests.filter((r) => r.startsWith("/method/wall.get?")).map((r) => new URL(r, base).searchParams.get("count")),
    ).toEqual(["20"]);
  });
});
