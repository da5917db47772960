/** Request and response shapes of the administration API (accounts, one-time links, body duties). */
import { z } from "zod";
import { ROLES } from "../../db/enums.ts";
import { phoneNumber } from "../common.schema.ts";
import { BODY_DUTIES, INVITATION_PURPOSES } from "../../db/index.ts";
import { PASSWORD_MAX_LENGTH } from "../../services/auth/password-policy.ts";
import type { UserRow } from "../../repositories/user.repository.ts";

const locale = z.enum(["kk", "ru", "en"]);
const email = z.string().trim().max(254).pipe(z.email());
const displayName = z.string().trim().min(1).max(200);

export const newAccountBody = z.object({
  email,
  displayName,
  role: z.enum(ROLES),
  bodyId: z.uuid().nullable().optional(),
  locale: locale.optional(),
});
export const accountPatchBody = z
  .object({
    email: email.optional(),
    displayName: displayName.optional(),
    role: z.enum(ROLES).optional(),
    bodyId: z.uuid().nullable().optional(),
    locale: locale.optional(),
    phone: phoneNumber,
  })
  .refine((p) => Object.keys(p).length > 0, "nothing to change");
export const linkBody = z.object({ purpose: z.enum(INVITATION_PURPOSES) });
export const identityBody = z.object({
  issuer: z.string().trim().min(1).max(500),
  subject: z.string().trim().min(1).max(500),
});
export const dutyParams = z.object({ id: z.uuid(), duty: z.enum(BODY_DUTIES) });
export const dutyBody = z.object({ userId: z.uuid().nullable() });
export const tokenBody = z.object({ token: z.string().min(20).max(200) });
export const acceptBody = tokenBody.extend({ password: z.string().min(1).max(PASSWORD_MAX_LENGTH) });

export const accountSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: z.string(),
  bodyId: z.string().nullable(),
  locale: z.string(),
  active: z.boolean(),
  phone: z.string().nullable(),
  hasPassword: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
  pendingLink: z.object({ purpose: z.enum(INVITATION_PURPOSES), expiresAt: z.string() }).nullable(),
  identities: z.array(z.object({ issuer: z.string(), subject: z.string(), linkedAt: z.string() })),
  duties: z.array(z.object({ bodyId: z.string(), duty: z.enum(BODY_DUTIES) })),
});
export const accountRowSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: z.string(),
  bodyId: z.string().nullable(),
  locale: z.string(),
  active: z.boolean(),
  phone: z.string().nullable(),
});
/** The link is a fragment (#token): browsers never send it to a server, so no access log holds it. */
export const linkSchema = z.object({ path: z.string(), expiresAt: z.string() });

export const ACCOUNT_LINK_PATH = "/account-link";
export const presentLink = (link: { token: string; expiresAt: Date }) => ({
  path: `${ACCOUNT_LINK_PATH}#${link.token}`,
  expiresAt: link.expiresAt.toISOString(),
});
export const presentAccountRow = (u: UserRow) => ({
  id: u.id,
  email: u.email,
  displayName: u.displayName,
  role: u.role,
  bodyId: u.bodyId,
  locale: u.locale,
  active: u.active,
  phone: u.phone,
});
