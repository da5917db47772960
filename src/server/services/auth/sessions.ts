/**
 * Sessions of our own: a random token in an httpOnly cookie, only its SHA-256 in the database,
 * passwords hashed with argon2id. Sign-in answers the same way for an unknown e-mail and a wrong
 * password, and verifies a dummy hash for unknown e-mails so timing does not reveal accounts; wrong
 * passwords are throttled per address and account without locking the owner out (THROTTLE, W19).
 */
import { createHash, randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import type { Actor, AppContext, Executor } from "../../context.ts";
import { AppError } from "../../errors.ts";
import {
  blockIfSpent,
  claimAttempt,
  forgetAttempts,
  listKnownSources,
  isKnownSource,
  releaseAttempt,
  rememberSource,
} from "../../repositories/sign-in-throttle.repository.ts";
import type { SignInScope } from "../../db/index.ts";
import {
  clearFailedSignIns,
  deleteSession,
  findLiveSession,
  findUserByEmail,
  insertSession,
  touchSession,
  type UserRow,
} from "../../repositories/user.repository.ts";

/**
 * Sign-in throttling (W11, W19). Failures are counted in three scopes, for an e-mail with or without
 * an account alike (keys are hashes of the e-mail and the address, so nothing tells them apart):
 *  - pair: one e-mail from one address: 5 wrong passwords block that pair for 15 minutes, doubling;
 *  - account: one e-mail from every address together: 5 wrong passwords, then a progressive delay
 *    of 1 minute, doubling up to 15 minutes, for addresses the user has not signed in from;
 *  - source: one address over every e-mail (password spraying, enumeration): 30, then 15 minutes, doubling.
 * An address the user signed in from in the last 90 days is held only by its own pair, so a
 * distributed attacker slows down attempts on an account but cannot lock its owner out.
 */
export const LOCKOUT = { attempts: 5, minutes: 15 } as const;
export const THROTTLE = {
  pair: { limit: LOCKOUT.attempts, baseMs: LOCKOUT.minutes * 60_000, maxMs: 4 * 3_600_000 },
  account: { limit: LOCKOUT.attempts, baseMs: 60_000, maxMs: 15 * 60_000 },
  source: { limit: 30, baseMs: 15 * 60_000, maxMs: 24 * 3_600_000 },
  knownSourceDays: 90,
} as const;
/** A session unused for this long ends, whatever its absolute expiry. */
const DEFAULT_IDLE_MS = 30 * 60 * 1000;
/** last_seen_at is written at most this often, so reading pages does not mean writing rows. */
const TOUCH_EVERY_MS = 60 * 1000;

// Computed once: verifying against it costs what a real verification costs.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hash(randomBytes(16).toString("hex")));

export function hashPassword(password: string): Promise<string> {
  return hash(password); // argon2id with the library's OWASP-recommended defaults
}

function tokenId(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function actorOf(user: UserRow): Actor {
  return { userId: user.id, label: user.email, role: user.role, bodyId: user.bodyId };
}

const digest = (...parts: string[]) => createHash("sha256").update(parts.join("\n")).digest("hex");

/** The address a throttle counts: an IPv6 client by its /64 (one subscriber), IPv4 as it is. */
export function sourceOf(address: string): string {
  const v4 = address.replace(/^::ffff:/i, "");
  if (!address.includes(":") || v4 !== address) return v4;
  const groups = address.split("::");
  const head = groups[0] ? groups[0].split(":") : [];
  const tail = groups.length > 1 && groups[1] ? groups[1].split(":") : [];
  const full = [...head, ...Array(Math.max(0, 8 - head.length - tail.length)).fill("0"), ...tail];
  return `${full
    .slice(0, 4)
    .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

/**
 * An administrator set a new password: the account's throttling ends with it, as its lock does
 * (W19 rest). Forgotten: the per-account count and the pairs of every address the user signed in
 * from. The per-address counts stay: they are not the account's and may be an attacker's.
 */
export async function forgetSignInThrottle(db: Executor, user: { id: string; email: string }): Promise<void> {
  const mail = user.email.trim().toLowerCase();
  await forgetAttempts(db, "account", digest("account", mail));
  for (const source of await listKnownSources(db, user.id))
    await forgetAttempts(db, "pair", digest("pair", mail, source));
}

export async function signIn(
  ctx: AppContext,
  email: string,
  password: string,
  ttlMs: number,
  /** The client's address (request.ip); the CLI and tests without one share "local". */
  address = "local",
): Promise<{ token: string; user: UserRow; expiresAt: Date }> {
  const db = ctx.database.db;
  const now = new Date();
  const mail = email.trim().toLowerCase();
  const source = digest("source", sourceOf(address));
  const keys = { pair: digest("pair", mail, source), account: digest("account", mail), source } as const;
  const user = await findUserByEmail(db, mail);
  const known = await isKnownSource(db, user?.id ?? null, source, now, THROTTLE.knownSourceDays);
  const scopes: SignInScope[] = known ? ["pair"] : ["source", "pair", "account"];
  const lockedFor = (until: Date | null) =>
    new AppError("account_locked", {
      minutes: until && until > now ? Math.ceil((until.getTime() - now.getTime()) / 60_000) : LOCKOUT.minutes,
    });
  const claimed: SignInScope[] = [];
  for (const scope of scopes) {
    const claim = await claimAttempt(db, scope, keys[scope], THROTTLE[scope].limit, now);
    if (!claim.claimed) {
      // The attempts counted before this refusal were not verified: give them back.
      for (const done of claimed) await releaseAttempt(db, done, keys[done]);
      throw lockedFor(claim.blockedUntil);
    }
    claimed.push(scope);
  }
  // Unknown e-mails verify a dummy hash, so an answer takes as long whether the account exists or not.
  const ok = await verify(user?.passwordHash ?? (await getDummyHash()), password).catch(() => false);
  if (!ok || !user?.active || !user.passwordHash) {
    let blockedUntil: Date | null = null;
    for (const scope of scopes) {
      const { limit, baseMs, maxMs } = THROTTLE[scope];
      // Every scope at its limit blocks (none may stay spent without a block); the longest is told.
      const until = await blockIfSpent(db, scope, keys[scope], limit, now, baseMs, maxMs);
      if (until && (!blockedUntil || until > blockedUntil)) blockedUntil = until;
    }
    if (blockedUntil) {
      ctx.log.warn({ userId: user?.id ?? null }, "sign-in throttled after repeated wrong passwords");
      throw lockedFor(blockedUntil);
    }
    throw new AppError("invalid_credentials");
  }
  await forgetAttempts(db, "pair", keys.pair);
  // From a known address the account's count was not touched: an attack elsewhere stays slowed down.
  if (!known) {
    await forgetAttempts(db, "account", keys.account);
    await releaseAttempt(db, "source", keys.source);
  }
  await rememberSource(db, user.id, source, now);
  await clearFailedSignIns(db, user.id);
  return startSession(ctx, user, ttlMs);
}

/** A new session for a user whose identity is proven (password here, or an identity provider). */
export async function startSession(
  ctx: AppContext,
  user: UserRow,
  ttlMs: number,
): Promise<{ token: string; user: UserRow; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + ttlMs);
  await insertSession(ctx.database.db, tokenId(token), user.id, expiresAt);
  return { token, user, expiresAt };
}

export async function resolveSession(
  ctx: AppContext,
  token: string,
  idleMs = DEFAULT_IDLE_MS,
): Promise<UserRow | undefined> {
  const now = new Date();
  const id = tokenId(token);
  const found = await findLiveSession(ctx.database.db, id, now, new Date(now.getTime() - idleMs));
  if (found && now.getTime() - found.lastSeenAt.getTime() > TOUCH_EVERY_MS)
    await touchSession(ctx.database.db, id, now);
  return found?.user;
}

export async function signOut(ctx: AppContext, token: string): Promise<void> {
  await deleteSession(ctx.database.db, tokenId(token));
}
