/**
 * E-mail addresses inside a citizen's text, written plainly or disguised against harvesters, as
 * people do in public comments: "ivanov(at)mail.kz", "ivanov [at] mail [dot] kz",
 * "ivanov @ mail.kz", "ivanov(собака)mail.kz", "ivanov at mail dot kz" (the security review's
 * redact.mts, 03.12.2026: neither mask caught these). A bare " at " counts only together with a
 * written-out "dot", so "meet at home.kz" in English stays text.
 */
const LOCAL = String.raw`[\p{L}\p{N}._%+-]+`;
const LABEL = String.raw`[\p{L}\p{N}-]+`;
const TLD = String.raw`\p{L}{2,}`;
const BRACKETED = (word: string) => String.raw`\s*[([{<]\s*${word}\s*[)\]}>]\s*`;
const AT = String.raw`(?:\s*@\s*|${BRACKETED("(?:at|собака|эт)")}|\s+собака\s+)`;
const DOT = String.raw`(?:\.|${BRACKETED("(?:dot|точка|нүкте)")})`;
const SPOKEN = String.raw`${LOCAL}\s+at\s+${LABEL}(?:\s+dot\s+${LABEL})*\s+dot\s+${TLD}`;

/** Global: every address in a text (use with String.replace). */
export const EMAIL_IN_TEXT = new RegExp(
  String.raw`(?:${SPOKEN}|${LOCAL}${AT}${LABEL}(?:${DOT}${LABEL})*${DOT}${TLD})(?![\p{L}\p{N}])`,
  "giu",
);

/** The plain address behind a match: "ivanov [at] mail [dot] kz" → "ivanov@mail.kz". */
export function plainEmail(match: string): string {
  return match
    .replace(/\s+at\s+/iu, "@")
    .replace(/\s+dot\s+/giu, ".")
    .replace(/\s*[([{<]\s*(?:at|собака|эт)\s*[)\]}>]\s*|\s+собака\s+|\s*@\s*/iu, "@")
    .replace(/\s*[([{<]\s*(?:dot|точка|нүкте)\s*[)\]}>]\s*/giu, ".");
}
