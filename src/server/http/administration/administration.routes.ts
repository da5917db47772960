/**
 * Administration: accounts (create with an invitation link, edit, deactivate / re-activate, reset
 * links, eGov identities) and each body's §15 first head and §14–§15 responsible person; and the
 * public half of a one-time link (read it, choose a password). Every change is audited.
 */
import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../context.ts";
import { acceptAccountLink, readAccountLink } from "../../services/administration/accept-account-link.ts";
import { createAccount } from "../../services/administration/create-account.ts";
import { designateBodyOfficial } from "../../services/administration/designate-body-official.ts";
import { issueAccountLink } from "../../services/administration/issue-account-link.ts";
import { linkAccountIdentity, unlinkAccountIdentity } from "../../services/administration/link-account-identity.ts";
import { listAccounts } from "../../services/administration/list-accounts.ts";
import { setAccountActive } from "../../services/administration/set-account-active.ts";
import { updateAccount } from "../../services/administration/update-account.ts";
import { listBodyOfficials } from "../../services/administration/list-body-officials.ts";
import { requireActor } from "../plugins/auth.ts";
import { errorSchema, uuidParam } from "../common.schema.ts";
import {
  acceptBody,
  accountPatchBody,
  accountRowSchema,
  accountSchema,
  dutyBody,
  dutyParams,
  identityBody,
  linkBody,
  linkSchema,
  newAccountBody,
  presentAccountRow,
  presentLink,
  tokenBody,
} from "./administration.schema.ts";

const errors = {
  400: errorSchema,
  401: errorSchema,
  403: errorSchema,
  404: errorSchema,
  409: errorSchema,
  422: errorSchema,
};

export const administrationRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/api/admin/users",
      {
        schema: {
          tags: ["administration"],
          summary: "Accounts with their links, identities and duties",
          response: { 200: z.array(accountSchema), ...errors },
        },
      },
      async (request) => listAccounts(ctx, requireActor(request)),
    );

    app.post(
      "/api/admin/users",
      {
        schema: {
          tags: ["administration"],
          summary: "Create an account; answers its one-time invitation link (shown once)",
          body: newAccountBody,
          response: { 201: z.object({ user: accountRowSchema, invitation: linkSchema }), ...errors },
        },
      },
      async (request, reply) => {
        const { user, invitation } = await createAccount(ctx, requireActor(request), request.body);
        return reply.status(201).send({ user: presentAccountRow(user), invitation: presentLink(invitation!) });
      },
    );

    app.patch(
      "/api/admin/users/:id",
      {
        schema: {
          tags: ["administration"],
          summary: "Edit name, e-mail, role, body, language (a role or body change ends the sessions)",
          params: uuidParam,
          body: accountPatchBody,
          response: { 200: accountRowSchema, ...errors },
        },
      },
      async (request) =>
        presentAccountRow(await updateAccount(ctx, requireActor(request), request.params.id, request.body)),
    );

    for (const [verb, active] of [
      ["deactivate", false],
      ["reactivate", true],
    ] as const) {
      app.post(
        `/api/admin/users/:id/${verb}`,
        {
          schema: {
            tags: ["administration"],
            summary: active ? "Re-activate an account" : "Deactivate an account: every session ends at once",
            params: uuidParam,
            response: { 200: z.object({ user: accountRowSchema, sessionsEnded: z.number().int() }), ...errors },
          },
        },
        async (request) => {
          const { user, sessionsEnded } = await setAccountActive(ctx, requireActor(request), request.params.id, active);
          return { user: presentAccountRow(user), sessionsEnded };
        },
      );
    }

    app.post(
      "/api/admin/users/:id/links",
      {
        schema: {
          tags: ["administration"],
          summary: "A new one-time invitation or password-reset link (shown once)",
          params: uuidParam,
          body: linkBody,
          response: { 201: linkSchema, ...errors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            presentLink(await issueAccountLink(ctx, requireActor(request), request.params.id, request.body.purpose)),
          ),
    );

    app.post(
      "/api/admin/users/:id/identities",
      {
        schema: {
          tags: ["administration"],
          summary: "Link an eGov / OpenID Connect identity (issuer + subject)",
          params: uuidParam,
          body: identityBody,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await linkAccountIdentity(ctx, requireActor(request), request.params.id, request.body);
        return reply.status(204).send(null);
      },
    );
    app.post(
      "/api/admin/users/:id/identities/unlink",
      {
        schema: {
          tags: ["administration"],
          summary: "Unlink an identity",
          params: uuidParam,
          body: identityBody,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await unlinkAccountIdentity(ctx, requireActor(request), request.params.id, request.body);
        return reply.status(204).send(null);
      },
    );

    app.get(
      "/api/admin/bodies/:id/officials",
      {
        schema: {
          tags: ["administration"],
          summary: "The body's first head (§15) and responsible person (§14–§15)",
          params: uuidParam,
          response: {
            200: z.array(
              z.object({
                duty: z.string(),
                userId: z.string(),
                displayName: z.string(),
                email: z.string(),
                designatedAt: z.string(),
              }),
            ),
            ...errors,
          },
        },
      },
      async (request) => {
        return (await listBodyOfficials(ctx, requireActor(request), request.params.id)).map((o) => ({
          ...o,
          designatedAt: o.designatedAt.toISOString(),
        }));
      },
    );
    app.put(
      "/api/admin/bodies/:id/officials/:duty",
      {
        schema: {
          tags: ["administration"],
          summary: "Designate (or clear, userId null) the first head or the responsible person",
          params: dutyParams,
          body: dutyBody,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await designateBodyOfficial(
          ctx,
          requireActor(request),
          request.params.id,
          request.params.duty,
          request.body.userId,
        );
        return reply.status(204).send(null);
      },
    );

    // The public half. POST, so the token never sits in a URL; rate-limited like sign-in.
    const limited = { rateLimit: { max: 10, timeWindow: "1 minute" } };
    app.post(
      "/api/account-links/read",
      {
        config: limited,
        schema: {
          tags: ["auth"],
          summary: "Whose one-time link this is (does not use it)",
          body: tokenBody,
          response: {
            200: z.object({ email: z.string(), displayName: z.string(), purpose: z.string(), expiresAt: z.string() }),
            410: errorSchema,
          },
        },
      },
      async (request) => {
        const link = await readAccountLink(ctx, request.body.token);
        return { ...link, expiresAt: link.expiresAt.toISOString() };
      },
    );
    app.post(
      "/api/account-links/accept",
      {
        config: limited,
        schema: {
          tags: ["auth"],
          summary: "Choose the password through a one-time link (uses it)",
          body: acceptBody,
          response: { 200: z.object({ email: z.string() }), 410: errorSchema, 422: errorSchema },
        },
      },
      async (request) => acceptAccountLink(ctx, request.body.token, request.body.password),
    );
  };
