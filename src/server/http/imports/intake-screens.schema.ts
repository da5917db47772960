/** zod schemas of the import screen's mapping preview and the monitor screen (issue 17). */
import { z } from "zod";
import { MONITORED_PORTALS } from "../../db/schema-portal-intake.ts";

export const previewParams = z.object({ id: z.string().uuid(), importer: z.enum(["appeals", "template"]) });
export const previewQuery = z.object({
  /** The mapping being edited, as JSON (key → header); absent: the body's saved mapping. */
  mapping: z
    .string()
    .max(20_000)
    .optional()
    .transform((v, c) => {
      if (v === undefined) return undefined;
      try {
        const parsed = z.record(z.string().max(40), z.string().max(200)).parse(JSON.parse(v));
        return parsed;
      } catch {
        c.addIssue({ code: "custom", message: "mapping must be a JSON object of key → header" });
        return z.NEVER;
      }
    }),
});

export const previewSchema = z.object({
  importer: z.enum(["appeals", "template"]),
  encoding: z.string(),
  columns: z.array(z.object({ header: z.string(), samples: z.array(z.string()) })),
  fields: z.array(
    z.object({ key: z.string(), label: z.string(), required: z.boolean(), header: z.string().nullable() }),
  ),
  missing: z.array(z.string()),
  mapping: z.record(z.string(), z.string()),
  dryRun: z
    .object({
      read: z.number().int(),
      added: z.number().int(),
      updated: z.number().int(),
      unchanged: z.number().int(),
      rejected: z.number().int(),
      rejects: z.array(z.object({ line: z.number().int(), reason: z.string() })),
      warnings: z.array(z.string()),
    })
    .nullable(),
  effectOnF: z.enum(["none", "portal_rows_only"]),
  problem: z.string().nullable(),
});

export const portalParam = z.object({ id: z.string().uuid(), portal: z.enum(MONITORED_PORTALS) });

export const portalMonitorSchema = z.object({
  portal: z.enum(MONITORED_PORTALS),
  configured: z.boolean(),
  portalBodyId: z.string().nullable(),
  enabled: z.boolean(),
  itemsSeen: z.number().int(),
  lastRun: z
    .object({ at: z.string(), status: z.string().nullable(), error: z.string().nullable(), added: z.number().int() })
    .nullable(),
  nextRunAt: z.string().nullable(),
});
export const portalMonitorsSchema = z.object({ items: z.array(portalMonitorSchema) });

export const budgetMonitorBody = z.object({
  govAgencyId: z
    .string()
    .trim()
    .regex(/^[0-9]{1,12}$/, "the number in budget.egov.kz/budgetprogram/budgetprogram?govAgencyId=N"),
  enabled: z.boolean().default(true),
});

export const portalMonitorBody = z.object({
  /** The body's id on the portal: legalacts governmentId, budget govAgencyId, dialog blog id (/blogs/N/questions). */
  portalBodyId: z
    .string()
    .trim()
    .regex(/^[0-9]{1,12}$/, "the number of the body in the portal's address"),
  /** false stops the scheduled reading (the settings and what was seen are kept). */
  enabled: z.boolean().default(true),
});

export const runNowSchema = z.union([
  z.object({ queued: z.literal(true), jobId: z.string().nullable() }),
  z.object({ queued: z.literal(false), added: z.number().int(), failed: z.number().int(), read: z.number().int() }),
]);
