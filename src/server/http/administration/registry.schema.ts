/** Wire shapes of the registry routes (add, rename, scope, requisites, end or merge a body; dated). */
import { z } from "zod";
import { BODY_KINDS, EXCLUSION_REASONS } from "../../db/enums.ts";
import { errorSchema, isoDate, phoneNumber } from "../common.schema.ts";

const name = z.string().trim().min(1).max(500);
const note = z.string().trim().max(2000).nullable().optional();
// Requisites: null or "" clears a field; the BIN's check digit is verified in the service.
const address = z.string().trim().max(1000).nullable().optional();
export const requisitesBody = z.object({
  addressKk: address,
  addressRu: address,
  phone: phoneNumber,
  email: z
    .union([z.literal(""), z.string().trim().max(254).pipe(z.email())])
    .nullable()
    .optional(),
  bin: z
    .string()
    .trim()
    .regex(/^$|^[0-9]{12}$/, "12 digits")
    .nullable()
    .optional(),
  /** The signing head's position for the letters' signature (0024); «Басшы» when empty. */
  headPositionKk: address,
  headPositionRu: address,
  headPositionEn: address,
  effectiveOn: isoDate.optional(),
});
export const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };
export const registryBodySchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.object({ kk: z.string(), ru: z.string(), en: z.string() }),
  kind: z.string(),
  parentId: z.string().nullable(),
  inScope: z.boolean(),
  exclusionReason: z.string().nullable(),
  scopeNote: z.string().nullable(),
  legalReference: z.string().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  mergedIntoId: z.string().nullable(),
  requisites: z.object({
    addressKk: z.string().nullable(),
    addressRu: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    bin: z.string().nullable(),
  }),
  headPosition: z.object({ kk: z.string().nullable(), ru: z.string().nullable(), en: z.string().nullable() }),
  /** The ministry's choice to evaluate the body (0024); false leaves a district akimat out of rounds. */
  evaluated: z.boolean(),
});

export const asOfQuery = z.object({ asOf: isoDate.optional() });

export const bodyVersionSchema = z.object({
  effectiveOn: z.string(),
  change: z.string(),
  snapshot: z.record(z.string(), z.unknown()),
  changedAt: z.string(),
});

export const addBodyBody = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{2,80}$/, "lower-case letters, digits and hyphens"),
  nameKk: name,
  nameRu: name,
  nameEn: name,
  kind: z.enum(BODY_KINDS),
  regionCode: z.string().max(40).nullable().optional(),
  parentId: z.uuid().nullable().optional(),
  website: z.url().max(500).nullable().optional(),
  exclusionReason: z.enum(EXCLUSION_REASONS).nullable().optional(),
  scopeNote: note,
  legalReference: note,
  validFrom: isoDate,
});

export const renameBodyBody = z.object({
  nameKk: name,
  nameRu: name,
  nameEn: name,
  website: z.url().max(500).nullable().optional(),
  effectiveOn: isoDate,
});

export const scopeBody = z.object({
  exclusionReason: z.enum(EXCLUSION_REASONS).nullable(),
  scopeNote: note,
  legalReference: note,
  effectiveOn: isoDate,
});

/** The ministry's choice to evaluate an in-scope body (a district akimat): no §1 reason, a note. */
export const evaluatedBody = z.object({
  evaluated: z.boolean(),
  scopeNote: note,
  /** From this date (default today in Kazakhstan): rounds opened after it follow the choice. */
  effectiveOn: isoDate.optional(),
});

export const endBodyBody = z.object({ validTo: isoDate, mergedIntoId: z.uuid().nullable().optional() });
