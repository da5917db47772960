/**
 * Column headers as officials' files write them (kk, ru or en, any case, extra spaces, a trailing
 * colon) resolved to a channel's canonical keys. Unknown columns are ignored and reported once as
 * a warning of the run; a missing required column makes the file unreadable.
 */
export interface ColumnSpec<K extends string> {
  key: K;
  required?: boolean;
  aliases: readonly string[];
}

export const normaliseHeader = (h: string): string =>
  h
    .replace(/^\uFEFF/, "")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[_\-.:№#()]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();

export interface ResolvedColumns<K extends string> {
  unknown: string[];
  missing: K[];
  /** Which header of the file each key is read from. */
  mapped: [header: string, key: K][];
  pick(row: Record<string, string>): Partial<Record<K, string>>;
}

/**
 * `saved`: the body's own mapping (key → header in its files, set by an officer); it wins over the
 * aliases, so an export with unforeseen headers is read without renaming its columns.
 */
export function resolveColumns<K extends string>(
  header: readonly string[],
  spec: readonly ColumnSpec<K>[],
  saved: Partial<Record<K, string>> = {},
): ResolvedColumns<K> {
  const byAlias = new Map<string, K>();
  for (const column of spec)
    for (const alias of [column.key, ...column.aliases]) byAlias.set(normaliseHeader(alias), column.key);
  const bySaved = new Map<string, K>();
  for (const [key, h] of Object.entries(saved) as [K, string | undefined][])
    if (h) bySaved.set(normaliseHeader(h), key);
  const savedKeys = new Set(bySaved.values());
  const mapping: [string, K][] = [];
  const unknown: string[] = [];
  for (const h of header) {
    const alias = byAlias.get(normaliseHeader(h));
    // A key the officer mapped is taken only from its mapped column, not from an alias elsewhere.
    const key = bySaved.get(normaliseHeader(h)) ?? (alias && !savedKeys.has(alias) ? alias : undefined);
    if (key && !mapping.some(([, k]) => k === key)) mapping.push([h, key]);
    else if (h.trim()) unknown.push(h);
  }
  const found = new Set(mapping.map(([, k]) => k));
  return {
    unknown,
    missing: spec.filter((c) => c.required && !found.has(c.key)).map((c) => c.key),
    mapped: mapping,
    pick(row) {
      const out: Partial<Record<K, string>> = {};
      for (const [h, k] of mapping) {
        const v = row[h]?.trim();
        if (v) out[k] = v;
      }
      return out;
    },
  };
}
