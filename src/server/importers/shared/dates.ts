/**
 * Dates as officials' files write them: dd.mm.yyyy (optionally with hh:mm[:ss]), ISO 8601, or Unix
 * seconds. A date without an offset is Astana time (UTC+5), as every portal here shows it.
 */
import { kazakhstanDate, kazakhstanInstant, kazakhstanParts } from "../../../domain/time/kazakhstan-time.ts";

const DMY = /^(\d{1,2})[./](\d{1,2})[./](\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;

function build(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): Date | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  const date = kazakhstanInstant(`${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}`);
  if (Number.isNaN(date.getTime())) return null;
  // Reject 31.02.2025 and the like (Date would roll it over into March).
  const check = kazakhstanParts(date);
  return check.day === d && check.month === mo ? date : null;
}

export function parseDate(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === "number") return Number.isFinite(value) ? new Date(value * 1000) : null;
  if (typeof value !== "string") return null;
  const text = value.trim();
  if (!text) return null;
  let m = DMY.exec(text);
  if (m) return build(+m[3]!, +m[2]!, +m[1]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  m = ISO_LOCAL.exec(text);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(text)) {
    const date = new Date(text.replace(/([+-]\d{2})(\d{2})$/, "$1:$2"));
    return Number.isNaN(date.getTime()) ? null : date;
  }
  if (/^\d{9,10}$/.test(text)) return new Date(Number(text) * 1000);
  return null;
}

/** yyyy-mm-dd of a date in Astana time (for `date` columns). */
export function isoDay(date: Date): string {
  return kazakhstanDate(date);
}
