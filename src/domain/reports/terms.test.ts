/**
 * The documents use the order's terms (түсініктеме, ескерту, ұсыныс…), as docs/glossary.md lists
 * them. Until the UI and the documents share one glossary module, this test holds the reports
 * catalog to the glossary's table, and the Kazakh text to no word the order does not use.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { reportMessages } from "../../i18n/messages/reports.ts";

/** The glossary's "Feedback items and decisions" rows: en code → { kk, ru }. */
function glossary(): Map<string, { kk: string; ru: string }> {
  const md = readFileSync(new URL("../../../docs/glossary.md", import.meta.url), "utf8");
  const rows = new Map<string, { kk: string; ru: string }>();
  for (const line of md.split("\n")) {
    const m = /^\| [^|]*\(`(\w+)`\)[^|]* \| ([^|]+) \| ([^|]+) \|/.exec(line);
    if (m) rows.set(m[1]!, { kk: m[2]!.trim(), ru: m[3]!.trim() });
  }
  return rows;
}

describe("document terms follow the order (docs/glossary.md)", () => {
  const terms = glossary();
  it.each(["remark", "proposal", "comment", "appeal"])("kind.%s is the glossary's kk and ru term", (code) => {
    const term = terms.get(code);
    expect(term, `docs/glossary.md has a row for \`${code}\``).toBeDefined();
    // §3, §20.1 (remark, proposal), §2.8, §20.2 (comment), §3.3, §14 (appeal)
    expect(reportMessages.kk[`kind.${code}` as "kind.remark"]).toBe(term!.kk);
    expect(reportMessages.ru[`kind.${code}` as "kind.remark"]).toBe(term!.ru);
  });

  it.each([
    ["ескертпе", "a remark is «ескерту» (§3); «ескертпе» means a footnote"],
    ["түпкілікті", "final results are «қорытынды» (§16)"],
    ["пікірлер", "comments are «түсініктемелер» (§2.8, §20.2)"],
  ])("no Kazakh text says «%s»: %s", (word) => {
    const offending = Object.entries(reportMessages.kk).filter(([, text]) => text.toLowerCase().includes(word));
    expect(offending).toEqual([]);
  });
});
