/**
 * The W16 guard walks parsed input only. An upload's body is a stream: walking its properties
 * reached the socket, the server and back (a cycle), and one upload to a listening server ran the
 * process out of memory (found by the e2e import step after the guard was added).
 */
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { findUnstorable } from "./text-guard.ts";

describe("findUnstorable (W16)", () => {
  it("finds a NUL or a lone surrogate in parsed JSON, queries and params, with its path", () => {
    expect(findUnstorable({ a: [{ b: "ok" }, { c: "x\u0000y" }] }, "body")).toBe("body.a.1.c");
    expect(findUnstorable({ q: "\uD800" }, "query")).toBe("query.q");
    expect(findUnstorable(Object.assign(Object.create(null), { p: "fine" }), "params")).toBeNull();
  });

  it("does not walk streams or buffers, and visits a cyclic value once", () => {
    const stream = new PassThrough();
    expect(findUnstorable(stream, "body")).toBeNull();
    expect(findUnstorable(Buffer.from("a\u0000b"), "body")).toBeNull();
    const cyclic: Record<string, unknown> = { name: "ok" };
    cyclic.self = cyclic;
    expect(findUnstorable({ upload: cyclic }, "body")).toBeNull();
    cyclic.text = "x\u0000";
    expect(findUnstorable({ upload: cyclic }, "body")).toBe("body.upload.text");
    stream.destroy();
  });
});
