/** The Graph API fetchers against a local server: paging by `next`, never to another host, no token in errors. */
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchFacebookFeed } from "../facebook/fetch-facebook.ts";
import { graphVersion } from "./graph-api.ts";
import { fetchInstagramMedia } from "../instagram/fetch-instagram.ts";
import { fetchSince, INCREMENTAL_OVERLAP_MS } from "../../services/imports/monitor-accounts.ts";

let base = "";
const requests: number[] = [];
let nextHost = "";
const fields: string[] = [];
const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://stub");
  const json = (status: number, body: unknown) =>
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  if (url.searchParams.get("access_token") !== "page-token")
    return json(400, { error: { message: "Invalid OAuth access token.", type: "OAuthException", code: 190 } });
  if (url.pathname === "/v26.0/100200300/feed" && url.searchParams.get("after") === "2")
    return json(200, { data: [{ id: "100200300_2" }], paging: {} });
  if (url.pathname === "/v26.0/100200300/feed")
    return json(200, {
      data: [{ id: "100200300_1" }],
      paging: { next: `${nextHost || base}/v26.0/100200300/feed?after=2&access_token=page-token` },
    });
  // A dated feed, newest first: three pages of posts.
  if (url.pathname === "/v26.0/500/feed") {
    const page = Number(url.searchParams.get("after") ?? "1");
    requests.push(page);
    const posts = [
      [
        { id: "p5", created_time: "2025-05-01T10:00:00+0000" },
        { id: "p4", created_time: "2025-04-01T10:00:00+0000" },
      ],
      [{ id: "p3", created_time: "2025-03-01T10:00:00+0000" }],
      [{ id: "p2", created_time: "2025-02-01T10:00:00+0000" }],
    ][page - 1];
    return json(200, {
      data: posts,
      paging: page < 3 ? { next: `${base}/v26.0/500/feed?after=${page + 1}&access_token=page-token` } : {},
    });
  }
  if (url.pathname === "/v26.0/1784/media") return json(200, { data: [{ id: "m1" }] });
  // A post with two pages of comments; the second holds the Page's reply (filter=stream gives it with `parent`).
  if (url.pathname === "/v26.0/600/feed") {
    fields.push(url.searchParams.get("fields") ?? "");
    return json(200, {
      data: [
        {
          id: "600_1",
          comments: {
            data: [{ id: "c1", message: "Когда?" }],
            paging: { next: `${base}/v26.0/600_1/comments?after=2&access_token=page-token` },
          },
        },
      ],
    });
  }
  if (url.pathname === "/v26.0/600_1/comments")
    return json(200, {
      data: [{ id: "c2", message: "Завтра.", parent: { id: "c1" }, from: { id: "600" } }],
      paging: {},
    });
  json(404, { error: { message: "Unknown path" } });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => new Promise<void>((resolve) => server.close(() => resolve())));

describe("Graph API fetchers", { timeout: 10_000 }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), "pikir-social-"));

  it("follow the pages' next links into one file of the API's shape", async () => {
    const file = path.join(dir, "fb.json");
    expect(await fetchFacebookFeed("100200300", "page-token", file, { baseUrl: base })).toBe(2);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({ data: [{ id: "100200300_1" }, { id: "100200300_2" }] });
    expect(await fetchInstagramMedia("1784", "page-token", path.join(dir, "ig.json"), { baseUrl: `${base}/` })).toBe(1);
  });

  it("refuse a next link to another host (it would carry the token there) and never show the token in an error", async () => {
    nextHost = "http://localhost:9";
    await expect(
      fetchFacebookFeed("100200300", "page-token", path.join(dir, "x.json"), { baseUrl: base }),
    ).rejects.toThrow("a paging link leads to another host (localhost:9)");
    nextHost = "";
    const error = await fetchFacebookFeed("100200300", "wrong-secret", path.join(dir, "y.json"), {
      baseUrl: base,
    }).catch((e: Error) => e);
    expect((error as Error).message).toBe(`${new URL(base).host} answered 400: Invalid OAuth access token.`);
    expect((error as Error).message).not.toContain("wrong-secret");
  });

  it("stop paging at the first page older than `since` (incremental monitoring), and read every page without it", async () => {
    requests.length = 0;
    expect(
      await fetchFacebookFeed("500", "page-token", path.join(dir, "inc.json"), {
        baseUrl: base,
        since: new Date("2025-03-15T00:00:00Z"),
      }),
    ).toBe(3);
    expect(requests).toEqual([1, 2]); // page 2 (01.03) is before since: nothing older is asked for
    requests.length = 0;
    expect(await fetchFacebookFeed("500", "page-token", path.join(dir, "full.json"), { baseUrl: base })).toBe(4);
    expect(requests).toEqual([1, 2, 3]);
  });

  it("ask for every comment (filter=stream, so the Page's replies arrive) and follow a post's comment pages", async () => {
    const file = path.join(dir, "stream.json");
    expect(await fetchFacebookFeed("600", "page-token", file, { baseUrl: base })).toBe(1);
    expect(fields.at(-1)).toContain("comments.filter(stream).limit(100){id,message,created_time,from,parent{id}}");
    expect(JSON.parse(readFileSync(file, "utf8")).data[0].comments).toEqual({
      data: [
        { id: "c1", message: "Когда?" },
        { id: "c2", message: "Завтра.", parent: { id: "c1" }, from: { id: "600" } },
      ],
    });
  });

  it("take the Graph API version from the configuration, with a current default", () => {
    expect(graphVersion(undefined)).toBe("v26.0");
    expect(graphVersion("v25.0")).toBe("v25.0");
    expect(() => graphVersion("19")).toThrow(/must look like v26.0/);
  });

  it("reach back a week before the last good run, and sweep everything after a failure, on the first run, or when asked", () => {
    const lastRunAt = new Date("2025-06-10T12:00:00Z");
    expect(fetchSince({ lastStatus: "ok", lastRunAt }, false)).toEqual(
      new Date(lastRunAt.getTime() - INCREMENTAL_OVERLAP_MS),
    );
    expect(fetchSince({ lastStatus: "ok", lastRunAt }, true)).toBeUndefined();
    expect(fetchSince({ lastStatus: "failed", lastRunAt }, false)).toBeUndefined();
    expect(fetchSince({ lastStatus: null, lastRunAt: null }, false)).toBeUndefined();
  });
});
