/**
 * The documents use the order's terms (түсініктеме, ескерту, ұсыныс, өтініш / жолданым), from the
 * one glossary module the UI catalogs are tested against too (src/i18n/glossary.ts), and the
 * Kazakh text uses no word the order does not.
 */
import { describe, expect, it } from "vitest";
import { GLOSSARY } from "../../i18n/glossary.ts";
import { reportMessages } from "../../i18n/messages/reports.ts";

describe("document terms follow the order (src/i18n/glossary.ts)", () => {
  it.each(GLOSSARY.map((term) => [term.id, term] as const))(
    "kind.%s is one of the glossary's kk and ru terms",
    (id, term) => {
      // term.paragraphs: §3, §20.1 (remark, proposal), §2.8, §20.2 (comment), §3.3, §14 (appeal)
      const key = `kind.${id}` as "kind.remark";
      expect(term.terms.kk.map((t) => t.toLowerCase())).toContain(reportMessages.kk[key].toLowerCase());
      expect(term.terms.ru.map((t) => t.toLowerCase())).toContain(reportMessages.ru[key].toLowerCase());
    },
  );

  it.each([
    ["ескертпе", "a remark is «ескерту» (§3); «ескертпе» means a footnote"],
    ["түпкілікті", "final results are «қорытынды» (§16)"],
    // «қоғамдық пікір» (public opinion) is right; the plural names comments, which are «түсініктемелер».
    ["пікірлер", "comments are «түсініктемелер» (§2.8, §20.2)"],
  ])("no Kazakh document text says «%s»: %s", (word) => {
    const offending = Object.entries(reportMessages.kk).filter(([, text]) => text.toLowerCase().includes(word));
    expect(offending).toEqual([]);
  });
});
