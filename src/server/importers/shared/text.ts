/** Small text helpers shared by converters. */
import { createHmac } from "node:crypto";

/** Trimmed text with runs of spaces folded; null when nothing is left. */
export function clean(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value)
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\u00a0]+/g, " ")
    .trim();
  return text ? text : null;
}

/**
 * A keyed pseudonym for an author (feedback_items.author_ref): the same person gets the same
 * reference within a source, and the reference cannot be turned back into the name without the key.
 */
export function pseudonym(key: string, source: string, author: string): string {
  return createHmac("sha256", key)
    .update(source)
    .update("\n")
    .update(author.trim().toLowerCase())
    .digest("hex")
    .slice(0, 24);
}

/** Cheap language guess for imported texts (the analysis pass refines it later). */
export function guessLang(text: string): "kk" | "ru" | "en" | "unknown" {
  if (/[әғқңөұүһі]/i.test(text)) return "kk";
  if (/[а-яё]/i.test(text)) return "ru";
  if (/[a-z]/i.test(text)) return "en";
  return "unknown";
}
