/**
 * The registry of state bodies, edited by administrators: add, rename, mark in or out of §1's
 * scope with the legal reference, end or merge — each dated, so an evaluated period keeps the
 * registry of its time (GET /api/admin/registry?asOf=). Every change is audited.
 */
import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.ts";
import type { RegistryEntry } from "../../repositories/registry.repository.ts";
import { readBodyVersions, readRegistry } from "../../services/registry/read-registry.ts";
import type { BodyRow } from "../../repositories/body.repository.ts";
import { addBody } from "../../services/registry/add-body.ts";
import { endBody } from "../../services/registry/end-body.ts";
import { renameBody } from "../../services/registry/rename-body.ts";
import { setBodyRequisites } from "../../services/registry/set-body-requisites.ts";
import { setBodyScope } from "../../services/registry/set-body-scope.ts";
import { setBodyEvaluated } from "../../services/registry/set-body-evaluated.ts";
import { requireActor } from "../plugins/auth.ts";
import { uuidParam } from "../common.schema.ts";
import {
  addBodyBody,
  asOfQuery,
  bodyVersionSchema,
  endBodyBody,
  errors,
  evaluatedBody,
  registryBodySchema,
  renameBodyBody,
  requisitesBody,
  scopeBody,
} from "./registry.schema.ts";
import { kazakhstanToday } from "../../services/period.ts";

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
  // Versions recorded before 0024 have neither.
  headPosition: { kk: b.headPositionKk ?? null, ru: b.headPositionRu ?? null, en: b.headPositionEn ?? null },
  evaluated: b.evaluated ?? true,
});

export const registryRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/admin/registry",
      {
        schema: {
          tags: ["administration"],
          summary: "The registry as it stood on a date (default today)",
          querystring: asOfQuery,
          response: { 200: z.array(registryBodySchema), ...errors },
        },
      },
      async (request) => {
        return (await readRegistry(ctx, requireActor(request), request.query.asOf)).map(present);
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
            200: z.array(bodyVersionSchema),
            ...errors,
          },
        },
      },
      async (request) => {
        return (await readBodyVersions(ctx, requireActor(request), request.params.id)).map((v) => ({
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
          body: addBodyBody,
          response: { 201: registryBodySchema, ...errors },
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
          body: renameBodyBody,
          response: { 200: registryBodySchema, ...errors },
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
          body: scopeBody,
          response: { 200: registryBodySchema, ...errors },
        },
      },
      async (request) => present(await setBodyScope(ctx, requireActor(request), request.params.id, request.body)),
    );

    app.put(
      "/api/admin/bodies/:id/evaluated",
      {
        schema: {
          tags: ["administration"],
          summary: "The ministry's choice to evaluate an in-scope body (rounds opened from the date follow it)",
          params: uuidParam,
          body: evaluatedBody,
          response: { 200: registryBodySchema, ...errors },
        },
      },
      async (request) => {
        const { effectiveOn, ...choice } = request.body;
        return present(
          await setBodyEvaluated(ctx, requireActor(request), request.params.id, {
            ...choice,
            effectiveOn: effectiveOn ?? kazakhstanToday(),
          }),
        );
      },
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
          response: { 200: registryBodySchema, ...errors },
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
          body: endBodyBody,
          response: { 200: registryBodySchema, ...errors },
        },
      },
      async (request) => present(await endBody(ctx, requireActor(request), request.params.id, request.body)),
    );
  };
