/**
 * The words a portal writes as a remark's status when it was accepted. §20.1 counts an acceptance
 * in B only with a reference to the clause of an act in force, an approved budget program or a
 * confirming document: a status word is none of these. Before migration 0013 the importers stored
 * the word as the reference; migration 0021 finds those decisions by this list (kept in step by
 * portal-status-words.test.ts) and makes them "accepted, reference missing", the word kept as the
 * decision's text.
 */
export const PORTAL_ACCEPTED_WORDS = [
  "принято",
  "принят",
  "принята",
  "приняты",
  "учтено",
  "учтен",
  "учтена",
  "учтены",
  "қабылданды",
  "ескерілді",
  "есепке алынды",
  "accepted",
] as const;

/** The word as the portals vary it: case, ё, surrounding spaces and a trailing full stop. */
export function normalizeStatusWord(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/\s+/g, " ")
    .replace(/^[\s.!«»"]+|[\s.!«»"]+$/g, "");
}

/** Is this "reference" only the portal's status word (so no §20.1 reference at all)? */
export function isPortalStatusWord(reference: string | null | undefined): boolean {
  return (
    reference !== null &&
    reference !== undefined &&
    (PORTAL_ACCEPTED_WORDS as readonly string[]).includes(normalizeStatusWord(reference))
  );
}
