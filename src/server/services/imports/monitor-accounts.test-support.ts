/**
 * A local stand-in for the YouTube Data API and the VK API (127.0.0.1, port 0), serving pages in the
 * platforms' real response shapes (see test/fixtures/imports): monitoring tests never touch the
 * internet. Tests register what each channel or community serves and read the requests made.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

type Json = Record<string, unknown>;

export interface ApiStub {
  url: string;
  /** channel id → the API key it accepts and its commentThreads pages (page 2 onwards by pageToken "p2", "p3"…). */
  youtube: Map<string, { key: string; pages: Json[] }>;
  /** owner id → the token it accepts, its wall.get posts, and per post the getComments pages (by offset). */
  vk: Map<string, { token: string; posts: Json[]; comments: Map<number, Json[][]> }>;
  /** Answer these channel / owner ids with a 200 whose body is not JSON. */
  broken: Set<string>;
  /** Every request's path and query, in order. */
  requests: string[];
  close: () => Promise<void>;
}

const send = (res: import("node:http").ServerResponse, status: number, body: unknown) =>
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(body));

export async function startApiStub(): Promise<ApiStub> {
  const stub = { youtube: new Map(), vk: new Map(), broken: new Set<string>(), requests: [] as string[] } as Omit<
    ApiStub,
    "url" | "close"
  >;
  const server = createServer((req, res) => {
    stub.requests.push(req.url ?? "");
    const url = new URL(req.url ?? "/", "http://stub");
    const q = (name: string) => url.searchParams.get(name) ?? "";
    if (url.pathname === "/youtube/v3/commentThreads") {
      const channel = stub.youtube.get(q("allThreadsRelatedToChannelId"));
      if (stub.broken.has(q("allThreadsRelatedToChannelId")))
        return void res.writeHead(200, { "content-type": "text/html" }).end("<html>Service Unavailable</html>");
      if (!channel || channel.key !== q("key")) {
        return send(res, 403, {
          error: { code: 403, message: "The request is missing a valid API key.", errors: [{ reason: "forbidden" }] },
        });
      }
      const index = q("pageToken") ? Number(q("pageToken").slice(1)) - 1 : 0;
      return send(res, 200, channel.pages[index] ?? { kind: "youtube#commentThreadListResponse", items: [] });
    }
    if (url.pathname === "/method/wall.get" || url.pathname === "/method/wall.getComments") {
      if (stub.broken.has(q("owner_id")))
        return void res.writeHead(200, { "content-type": "text/html" }).end("<html>502 Bad Gateway</html>");
      const owner = stub.vk.get(q("owner_id"));
      // VK answers errors with HTTP 200 and an error object.
      if (!owner || owner.token !== q("access_token"))
        return send(res, 200, {
          error: { error_code: 5, error_msg: "User authorization failed: invalid access_token (4)." },
        });
      if (url.pathname === "/method/wall.get")
        return send(res, 200, { response: { count: owner.posts.length, items: owner.posts } });
      const pages = owner.comments.get(Number(q("post_id"))) ?? [];
      const total = pages.reduce((n, p) => n + p.length, 0);
      let start = 0;
      const page = pages.find((p) => (start += p.length) - p.length === Number(q("offset"))) ?? [];
      return send(res, 200, {
        response: {
          count: total + 1,
          current_level_count: total,
          can_post: true,
          show_reply_button: true,
          groups_can_post: true,
          items: page,
        },
      });
    }
    send(res, 404, { error: { code: 404, message: "Not Found" } });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    ...stub,
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Two pages of a channel's comment threads: an official reply answers the first thread. */
export function youtubePages(channelId: string, prefix: string): Json[] {
  const comment = (id: string, author: string, text: string, publishedAt: string, parentId?: string) => ({
    kind: "youtube#comment",
    etag: `e-${id}`,
    id,
    snippet: {
      channelId,
      videoId: `${prefix}vid`,
      textDisplay: text,
      textOriginal: text,
      authorDisplayName: `@${author}`,
      authorChannelId: { value: author },
      likeCount: 0,
      publishedAt,
      updatedAt: publishedAt,
      ...(parentId ? { parentId } : {}),
    },
  });
  const thread = (top: ReturnType<typeof comment>, replies: ReturnType<typeof comment>[]) => ({
    kind: "youtube#commentThread",
    etag: `t-${top.id}`,
    id: top.id,
    snippet: {
      channelId,
      videoId: `${prefix}vid`,
      topLevelComment: top,
      canReply: true,
      totalReplyCount: replies.length,
      isPublic: true,
    },
    ...(replies.length ? { replies: { comments: replies } } : {}),
  });
  const t1 = `${prefix}T1`;
  return [
    {
      kind: "youtube#commentThreadListResponse",
      etag: "p1",
      nextPageToken: "p2",
      pageInfo: { totalResults: 2, resultsPerPage: 1 },
      items: [
        thread(comment(t1, "UCviewer0001", "Брифингте айтылған тарифтер қашан күшіне енеді?", "2025-07-01T06:30:00Z"), [
          comment(`${t1}.R1`, channelId, "Жаңа тарифтер 1 тамыздан бастап қолданылады.", "2025-07-01T09:00:00Z", t1),
          comment(`${t1}.R2`, "UCviewer0002", "А для пенсионеров будут льготы?", "2025-07-01T10:00:00Z", t1),
        ]),
      ],
    },
    {
      kind: "youtube#commentThreadListResponse",
      etag: "p2",
      pageInfo: { totalResults: 2, resultsPerPage: 1 },
      items: [
        thread(
          comment(`${prefix}T2`, "UCviewer0003", "Жол жөндеу жоспары қай жерде жарияланады?", "2025-07-02T08:00:00Z"),
          [],
        ),
      ],
    },
  ];
}

/** A community's wall: one post with comments on two getComments pages (an official reply in a thread), one post without. */
export function vkWall(ownerId: number): { posts: Json[]; comments: Map<number, Json[][]> } {
  const c = (id: number, from: number, date: number, text: string, extra: Json = {}) => ({
    id,
    from_id: from,
    post_id: 4410,
    owner_id: ownerId,
    parents_stack: [],
    date,
    text,
    ...extra,
  });
  return {
    posts: [
      {
        id: 4410,
        owner_id: ownerId,
        from_id: ownerId,
        date: 1745990000,
        post_type: "post",
        text: "Жаңа емхана ашылады",
        comments: { count: 4, can_post: 1 },
      },
      {
        id: 4411,
        owner_id: ownerId,
        from_id: ownerId,
        date: 1745999000,
        post_type: "post",
        text: "Хабарландыру",
        comments: { count: 0, can_post: 1 },
      },
    ],
    comments: new Map([
      [
        4410,
        [
          [
            c(301, 552001, 1746000000, "Когда откроют новую поликлинику в Нур-Алем?", {
              thread: {
                count: 2,
                items: [
                  {
                    ...c(305, ownerId, 1746010000, "Открытие запланировано на сентябрь 2025 года."),
                    parents_stack: [301],
                    reply_to_user: 552001,
                    reply_to_comment: 301,
                  },
                  {
                    ...c(306, 552009, 1746020000, "Спасибо за ответ"),
                    parents_stack: [301],
                    reply_to_user: ownerId,
                    reply_to_comment: 305,
                  },
                ],
              },
            }),
            c(302, 552002, 1746003600, "Емхана жанында автотұрақ бола ма?", { thread: { count: 0, items: [] } }),
          ],
          [c(304, 552004, 1746007200, "Дәрігерлер жетіспейді", { thread: { count: 0, items: [] } })],
        ],
      ],
    ]),
  };
}
