/**
 * The inbox's text search (issue 12, migration 0023): each word of the search text matches as the
 * beginning of a word of the item ('тариф' finds «тарифы», «тарифі», «Тарифтер»), in any language,
 * case-insensitively, all words required. Served by the GIN index over to_tsvector('simple', text);
 * an ILIKE per word stands beside it because it is implied by the word match and cheap: when the
 * planner walks the inbox's date index instead (a common word), it tests the ILIKE first and
 * tokenises only the rows that contain the word.
 */
import { and, ilike, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { containsPattern } from "./pagination.ts";

/**
 * A searched inbox counts its matches exactly up to this many ("1 000+" beyond): for a common word
 * the count walks the inbox's date index and tests each row, so its cost is the cap divided by the
 * word's frequency — independent of the inbox's size, and ten times less than at COUNT_CAP
 * (measured in docs/performance.md, "Search"). Refining the search narrows a longer list.
 */
export const SEARCH_COUNT_CAP = 1_000;

/** The words of a search text: runs of letters and digits in any script. */
export function searchWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The tsquery text for the words: each a prefix, all required (`'тариф':* & 'жылу':*`). */
export function wordPrefixQuery(words: string[]): string {
  return words.map((w) => `'${w}':*`).join(" & ");
}

/** The search condition on a text column; a text without any word falls back to a substring match. */
export function wordSearchCondition(column: SQLWrapper, text: string): SQL | undefined {
  const words = searchWords(text);
  if (words.length === 0) return ilike(column as never, containsPattern(text));
  return and(
    ...words.map((w) => ilike(column as never, containsPattern(w))),
    sql`to_tsvector('simple', ${column}) @@ to_tsquery('simple', ${wordPrefixQuery(words)})`,
  );
}
