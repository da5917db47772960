import type { SQL } from "drizzle-orm";

export interface Page {
  limit: number;
  offset: number;
}

export interface Paged<T> {
  items: T[];
  total: number;
  /** false when the count stopped at COUNT_CAP: "10,000+" — counting a million rows per page view is not worth it. */
  totalExact?: boolean;
  limit: number;
  offset: number;
}

/** Lists count at most this many matches exactly (a page view must not scan a whole inbox). */
export const COUNT_CAP = 10_000;

/** Drops the undefined conditions a filter produced, so `and(...)` sees only real ones. */
export function conditions(...parts: (SQL | undefined | false | "")[]): SQL[] {
  return parts.filter((p): p is SQL => Boolean(p));
}

/** LIKE pattern for a user's search text, with LIKE's own wildcards escaped. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
