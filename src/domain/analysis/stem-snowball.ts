/**
 * Russian and English Snowball stemmers (snowball-stemmers package) behind a bounded memo:
 * the JS port takes ~2.5 µs a word, and feedback vocabulary is Zipfian, so the cache turns
 * stemming into a map lookup for nearly every token.
 */
import snowball from "snowball-stemmers";

const CACHE_LIMIT = 200_000;

function memoised(language: string): (word: string) => string {
  const stemmer = snowball.newStemmer(language);
  let cache = new Map<string, string>();
  return (word: string) => {
    const hit = cache.get(word);
    if (hit !== undefined) return hit;
    const stem = stemmer.stem(word);
    if (cache.size >= CACHE_LIMIT) cache = new Map(); // simple reset keeps memory bounded and results identical
    cache.set(word, stem);
    return stem;
  };
}

/** Snowball Russian stem of a lowercased word (ё already folded to е). */
export const stemRussian = memoised("russian");
/** Snowball English (Porter 2) stem of a lowercased word. */
export const stemEnglish = memoised("english");
