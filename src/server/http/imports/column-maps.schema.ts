/** zod schemas of the column-mapping step (issue 17). */
import { z } from "zod";

export const columnMapParams = z.object({ id: z.string().uuid(), importer: z.enum(["appeals", "template"]) });

export const columnMapBody = z.object({
  /** Pikir's key → the header of that column in the body's file; null or "" goes back to the built-in headers. */
  mapping: z
    .record(z.string().max(40), z.string().max(200).nullable())
    .refine((m) => Object.keys(m).length <= 40, "at most 40 keys"),
});

export const columnMapSchema = z.object({
  importer: z.enum(["appeals", "template"]),
  columns: z.array(z.object({ key: z.string(), required: z.boolean(), aliases: z.array(z.string()) })),
  mapping: z.record(z.string(), z.string()),
});
