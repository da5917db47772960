/** The Graph API fetchers against a local server: paging by `next`, never to another host, no token in errors. */
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchFacebookFeed } from "../facebook/fetch-facebook.ts";
import { fetchInstagramMedia } from "../instagram/fetch-instagram.ts";

let base = "";
let nextHost = "";
const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://stub");
  const json = (status: number, body: unknown) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  if (url.searchParams.get("access_token") !== "page-token") return json(400, { error: { message: "Invalid OAuth access token.", type: "OAuthException", code: 190 } });
  if (url.pathname === "/v19.0/100200300/feed" && url.searchParams.get("after") === "2") return json(200, { data: [{ id: "100200300_2" }], paging: {} });
  if (url.pathname === "/v19.0/100200300/feed") return json(200, { data: [{ id: "100200300_1" }], paging: { next: `${nextHost || base}/v19.0/100200300/feed?after=2&access_token=page-token` } });
  if (url.pathname === "/v19.0/1784/media") return json(200, { data: [{ id: "m1" }] });
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
    await expect(fetchFacebookFeed("100200300", "page-token", path.join(dir, "x.json"), { baseUrl: base })).rejects.toThrow("a paging link leads to another host (localhost:9)");
    nextHost = "";
    const error = await fetchFacebookFeed("100200300", "wrong-secret", path.join(dir, "y.json"), { baseUrl: base }).catch((e: Error) => e);
    expect((error as Error).message).toBe(`${new URL(base).host} answered 400: Invalid OAuth access token.`);
    expect((error as Error).message).not.toContain("wrong-secret");
  });
});
