/**
 * A small RTF writer for documents the official edits in the browser (draft §17 topics and
 * recommendations): Word, LibreOffice and WordPad open RTF without conversion, and every
 * non-ASCII character (Kazakh, Russian) is written as an RTF Unicode escape, so no code page matters.
 */
export interface RtfBlock {
  kind: "title" | "heading" | "paragraph" | "item";
  text: string;
}

/** Escapes text for RTF: control characters of RTF, line breaks, and \uN? for anything beyond ASCII. */
export function rtfEscape(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === "\\" || ch === "{" || ch === "}") out += `\\${ch}`;
    else if (ch === "\n") out += "\\line ";
    else if (ch === "\r") continue;
    else if (code < 0x80) out += ch;
    else if (code <= 0xffff) out += `\\u${code > 0x7fff ? code - 0x10000 : code}?`;
    else {
      // Outside the BMP: RTF takes UTF-16 surrogate pairs, each as a signed 16-bit number.
      const high = 0xd800 + ((code - 0x10000) >> 10);
      const low = 0xdc00 + ((code - 0x10000) & 0x3ff);
      out += `\\u${high - 0x10000}?\\u${low - 0x10000}?`;
    }
  }
  return out;
}

export function toRtf(blocks: RtfBlock[]): string {
  const body = numberItems(blocks).map((b) => {
    const text = rtfEscape(b.text);
    switch (b.kind) {
      case "title":
        return `\\pard\\qc\\sa240\\b\\fs30 ${text}\\b0\\fs24\\par`;
      case "heading":
        return `\\pard\\sb240\\sa120\\b\\fs26 ${text}\\b0\\fs24\\par`;
      default:
        return `\\pard\\sa120 ${text}\\par`;
    }
  });
  return `{\\rtf1\\ansi\\ansicpg1251\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}\\uc1\\f0\\fs24\n${body.join("\n")}\n}`;
}

/** Numbers items per list (1, 2, …) rather than by position in the document. */
export function numberItems(blocks: RtfBlock[]): RtfBlock[] {
  let n = 0;
  return blocks.map((b) => {
    if (b.kind !== "item") {
      n = 0;
      return b;
    }
    n += 1;
    return { kind: "paragraph", text: `${n}. ${b.text}` };
  });
}
