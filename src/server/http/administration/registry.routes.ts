/**
 * The registry of state bodies, edited by administrators: add, rename, mark in or out of §1's
 * scope with the legal reference, end or merge — each dated, so an evaluated period keeps the
 * registry of its time (GET /api/admin/registry?asOf=). Every change is audited.
 */
import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.ts";
import { BODY_KINDS, EXCLUSION_REASONS } from "../../db/enums.ts";
import { authorize } from "../../policies/policy.ts";
import { listBodyVersions, registryAsOf, type RegistryEntry } from "../../repositories/registry.repository.ts";
import type { BodyRow } from "../../repositories/body.repository.ts";
import { addBody } from "../../services/registry/add-body.ts";
import { endBody } from "../../services/registry/end-body.ts";
import { renameBody } from "../../services/registry/rename-body.ts";
import { setBodyRequisites } from "../../services/registry/set-body-requisites.ts";
import { setBodyScope } from "../../services/registry/set-body-scope.ts";
import { requireActor } from "../plugins/auth.ts";
import { errorSchema, isoDate, phoneNumber, uuidParam } from "../common.schema.ts";

const name = z.string().trim().min(1).max(500);
const note = z.string().trim().max(2000).nullable().optional();
// Requisites: null or "" clears a field; the BIN's check digit is verified in the service.
const address = z.string().trim().max(1000).nullable().optional();
const requisitesBody = z.object({
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
  effectiveOn: isoDate.optional(),
});
const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };
const bodySchema = z.object({
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
});
const present = (b: BodyRow | RegistryEntry) => ({
  id: b.id,
  code: b.code,
  name: { kk: b.nameKk, ru: b.nameRu, en: b.nameEn },
  kind: b.kind,
  parentId: b.parentId,
  inScope: b.inScope,
  exclusionReason: b.exclusionReason,
  scopeNote: b.scopeNote ?? null,
  legalReference: b.legalReference ?? null,
  validFrom: b.validFrom ?? null,
  validTo: b.validTo ?? null,
  mergedIntoId: b.mergedIntoId ?? null,
  // Versions recorded before 0019 have no requisites in their snapshot.
  requisites: {
    addressKk: b.addressKk ?? null,
    addressRu: b.addressRu ?? null,
    phone: b.phone ?? null,
    email: b.email ?? null,
    bin: b.bin ?? null,
  },
});
const kazakhstanToday = () => new Date(Date.now() + 5 * 3_600_000).toISOString().slice(0, 10); // UTC+5

export const registryRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/admin/registry",
      {
        schema: {
          tags: ["administration"],
          summary: "The registry as it stood on a date (default today)",
          querystring: z.object({ asOf: isoDate.optional() }),
          response: { 200: z.array(bodySchema), ...errors },
        },
      },
      async (request) => {
        authorize(requireActor(request), "registry.manage");
        const asOf = request.query.asOf ?? kazakhstanToday();
        return (await registryAsOf(ctx.database.db, asOf)).map(present);
      },
    );

    app.get(
      "/api/admin/bodies/:id/versions",
      {
        schema: {
          tags: ["administration"],
          summary: "A body's dated changes",
          params: uuidParam,
          response: {
            200: z.array(
              z.object({
                effectiveOn: z.string(),
                change: z.string(),
                snapshot: z.record(z.string(), z.unknown()),
                changedAt: z.string(),
              }),
            ),
            ...errors,
          },
        },
      },
      async (request) => {
        authorize(requireActor(request), "registry.manage");
        return (await listBodyVersions(ctx.database.db, request.params.id)).map((v) => ({
          ...v,
          changedAt: v.changedAt.toISOString(),
        }));
      },
    );

    app.post(
      "/api/admin/bodies",
      {
        schema: {
          tags: ["administration"],
          summary: "Add a body from a date",
          body: z.object({
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
          }),
          response: { 201: bodySchema, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(present(await addBody(ctx, requireActor(request), request.body))),
    );

    app.post(
      "/api/admin/bodies/:id/rename",
      {
        schema: {
          tags: ["administration"],
          summary: "Rename a body from a date",
          params: uuidParam,
          body: z.object({
            nameKk: name,
            nameRu: name,
            nameEn: name,
            website: z.url().max(500).nullable().optional(),
            effectiveOn: isoDate,
          }),
          response: { 200: bodySchema, ...errors },
        },
      },
      async (request) => present(await renameBody(ctx, requireActor(request), request.params.id, request.body)),
    );

    app.post(
      "/api/admin/bodies/:id/scope",
      {
        schema: {
          tags: ["administration"],
          summary: "Mark in (exclusionReason null) or out of §1's scope, with the legal reference",
          params: uuidParam,
          body: z.object({
            exclusionReason: z.enum(EXCLUSION_REASONS).nullable(),
            scopeNote: note,
            legalReference: note,
            effectiveOn: isoDate,
          }),
          response: { 200: bodySchema, ...errors },
        },
      },
      async (request) => present(await setBodyScope(ctx, requireActor(request), request.params.id, request.body)),
    );

    app.patch(
      "/api/admin/bodies/:id/requisites",
      {
        schema: {
          tags: ["administration"],
          summary:
            "Set the body's requisites for its letters (address, phone, e-mail, BIN), from a date (default today)",
          params: uuidParam,
          body: requisitesBody,
          response: { 200: bodySchema, ...errors },
        },
      },
      async (request) => {
        const { effectiveOn, ...requisites } = request.body;
        return present(
          await setBodyRequisites(ctx, requireActor(request), request.params.id, {
            ...requisites,
            effectiveOn: effectiveOn ?? kazakhstanToday(),
          }),
        );
      },
    );

    app.post(
      "/api/admin/bodies/:id/end",
      {
        schema: {
          tags: ["administration"],
          summary: "End a body on a date, or merge it into its successor",
          params: uuidParam,
          body: z.object({ validTo: isoDate, mergedIntoId: z.uuid().nullable().optional() }),
          response: { 200: bodySchema, ...errors },
        },
      },
      async (request) => present(await endBody(ctx, requireActor(request), request.params.id, request.body)),
    );
  };
