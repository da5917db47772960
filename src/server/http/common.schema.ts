import { z } from "zod";
import { AppError } from "../errors.ts";

/** Pagination for every list endpoint. */
export const pageQuery = z.object({
  /** Rows per page, 1..500. */
  limit: z.coerce.number().int().min(1).max(500).default(50),
  /** Rows to skip. */
  offset: z.coerce.number().int().min(0).default(0),
  /** Response language for messages: kk, ru or en. */
  lang: z.enum(["kk", "ru", "en"]).optional(),
});

export const pagedOf = <T extends z.ZodTypeAny>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    totalExact: z.boolean().optional(),
    limit: z.number().int(),
    offset: z.number().int(),
  });

export const errorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

/** A calendar date as YYYY-MM-DD that exists (2025-02-30 is refused here, not by the database). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  .refine((d) => !Number.isNaN(Date.parse(d)) && new Date(d).toISOString().slice(0, 10) === d, "not a real date");
/**
 * A web address that is published or opened by others: http(s) only. z.url() alone takes any scheme,
 * and javascript: or data: links went out to open data's consumers as they were (W21).
 */
export const httpUrl = z.url({ protocol: /^https?$/, error: "expected an http(s) address" }).max(2000);
export const uuidParam = z.object({ id: z.uuid() });
export const booleanQuery = z.enum(["true", "false"]).transform((v) => v === "true");
export const shortText = (max: number) => z.string().trim().min(1).max(max);

export const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);

/** The longest date window a calendar or overdue list computes (W15: 0001–9999 took 140 MB and seconds). */
const MAX_WINDOW_DAYS = 3 * 366;

/** Refuses a window longer than MAX_WINDOW_DAYS or ending before it starts, with a clear 400. */
export function assertDateWindow(from: string, to: string): void {
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  if (!(days >= 0)) throw new AppError("validation_failed", { details: `to (${to}) is before from (${from})` });
  if (days > MAX_WINDOW_DAYS)
    throw new AppError("validation_failed", {
      details: `from–to spans ${Math.round(days)} days; at most ${MAX_WINDOW_DAYS} (three years) at a time`,
    });
}

/** A phone for a letter's requisites or executor line (0019); null or "" clears it. */
export const phoneNumber = z
  .string()
  .trim()
  .max(100)
  .regex(/^$|^[+0-9 ()\-,;.]*[0-9][+0-9 ()\-,;.]*$/, "digits, spaces, + ( ) - and separators")
  .nullable()
  .optional();
