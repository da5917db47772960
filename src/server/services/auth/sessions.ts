/**
 * Sessions of our own: a random token in an httpOnly cookie, only its SHA-256 in the database,
 * passwords hashed with argon2id. Sign-in answers the same way for an unknown e-mail and a wrong
 * password, and verifies a dummy hash for unknown e-mails so timing does not reveal accounts.
 */
import { createHash, randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import type { Actor, AppContext } from "../../context.ts";
import { AppError } from "../../errors.ts";
import {
  claimSignInAttempt,
  clearFailedSignIns,
  deleteSession,
  findLiveSession,
  findUserByEmail,
  insertSession,
  lockIfAttemptsSpent,
  touchSession,
  type UserRow,
} from "../../repositories/user.repository.ts";

/** Five wrong passwords in a row lock the account for 15 minutes (on top of the per-IP rate limit). */
export const LOCKOUT = { attempts: 5, minutes: 15 } as const;
/** A session unused for this long ends, whatever its absolute expiry. */
export const DEFAULT_IDLE_MS = 30 * 60 * 1000;
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

export async function signIn(
  ctx: AppContext,
  email: string,
  password: string,
  ttlMs: number,
): Promise<{ token: string; user: UserRow; expiresAt: Date }> {
  const user = await findUserByEmail(ctx.database.db, email);
  const now = new Date();
  const lockedFor = (until: Date | null | undefined) =>
    new AppError("account_locked", {
      minutes: until && until > now ? Math.ceil((until.getTime() - now.getTime()) / 60_000) : LOCKOUT.minutes,
    });
  // An unknown e-mail locks the same way a known one does, so the lock tells nobody which exist (W19).
  if (!user) {
    const until = unknownLocks.failed(email.toLowerCase(), now);
    await verify(await getDummyHash(), password).catch(() => false);
    if (until) throw lockedFor(until);
    throw new AppError("invalid_credentials");
  }
  if (!(await claimSignInAttempt(ctx.database.db, user.id, LOCKOUT.attempts, now))) throw lockedFor(user.lockedUntil);
  const ok = await verify(user.passwordHash ?? (await getDummyHash()), password).catch(() => false);
  if (!ok) {
    const { locked } = await lockIfAttemptsSpent(
      ctx.database.db,
      user.id,
      LOCKOUT.attempts,
      new Date(now.getTime() + LOCKOUT.minutes * 60_000),
    );
    if (locked) {
      ctx.log.warn({ userId: user.id }, "account locked after repeated wrong passwords");
      throw new AppError("account_locked", { minutes: LOCKOUT.minutes });
    }
  }
  if (!user.active || !user.passwordHash || !ok) throw new AppError("invalid_credentials");
  await clearFailedSignIns(ctx.database.db, user.id);
  return startSession(ctx, user, ttlMs);
}

/**
 * Wrong passwords for e-mails that have no account, counted in memory the way users.failed_sign_ins
 * counts them for real accounts (bounded: the oldest entries go first).
 */
const unknownLocks = (() => {
  const entries = new Map<string, { failures: number; lockedUntil: Date | null }>();
  return {
    failed(key: string, now: Date): Date | null {
      const entry = entries.get(key) ?? { failures: 0, lockedUntil: null };
      entries.delete(key);
      if (entry.lockedUntil && entry.lockedUntil > now) {
        entries.set(key, entry);
        return entry.lockedUntil;
      }
      if (entry.lockedUntil) {
        entry.failures = 0;
        entry.lockedUntil = null;
      }
      entry.failures += 1;
      if (entry.failures >= LOCKOUT.attempts) {
        entry.failures = 0;
        entry.lockedUntil = new Date(now.getTime() + LOCKOUT.minutes * 60_000);
      }
      entries.set(key, entry);
      if (entries.size > 10_000) entries.delete(entries.keys().next().value!);
      return entry.lockedUntil && entry.failures === 0 ? entry.lockedUntil : null;
    },
  };
})();

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
