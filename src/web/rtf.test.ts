import { describe, expect, it } from "vitest";
import { numberItems, rtfEscape, toRtf } from "./rtf.ts";

describe("RTF writer for edited drafts", () => {
  it("escapes RTF control characters and writes Kazakh and Russian letters as Unicode escapes", () => {
    expect(rtfEscape("a{b}\\c")).toBe("a\\{b\\}\\\\c");
    // ә is U+04D9 (1241), ж is U+0436 (1078).
    expect(rtfEscape("әж")).toBe("\\u1241?\\u1078?");
    expect(rtfEscape("«x»")).toBe("\\u171?x\\u187?");
    expect(rtfEscape("1\r\n2")).toBe("1\\line 2");
    // Beyond the BMP: a surrogate pair, each half as a signed 16-bit number.
    expect(rtfEscape("😀")).toBe("\\u-10179?\\u-8704?");
  });

  it("numbers each list from one and produces one well-formed RTF group", () => {
    const blocks = numberItems([
      { kind: "heading", text: "A" },
      { kind: "item", text: "x" },
      { kind: "item", text: "y" },
      { kind: "heading", text: "B" },
      { kind: "item", text: "z" },
    ]);
    expect(blocks.map((b) => b.text)).toEqual(["A", "1. x", "2. y", "B", "1. z"]);
    const rtf = toRtf([{ kind: "title", text: "Тақырып" }, ...blocks]);
    expect(rtf.startsWith("{\\rtf1")).toBe(true);
    expect(rtf.endsWith("}")).toBe(true);
    // Braces balance once escaped braces are left out.
    const unescaped = rtf.replace(/\\[{}\\]/g, "");
    expect([...unescaped].filter((c) => c === "{").length).toBe([...unescaped].filter((c) => c === "}").length);
    expect(rtf).not.toMatch(/[^\x00-\x7f]/);
  });
});
