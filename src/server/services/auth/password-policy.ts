/**
 * The password policy (NIST SP 800-63B's advice): a minimum length, no upper limit that matters,
 * no composition rules, and a refusal of passwords found on public lists of common and breached
 * passwords — also with digits or symbols appended, the usual way round a list — and of passwords
 * that contain the account's e-mail or name. The list ships in the repository (data/README.md).
 */
import { readFileSync } from "node:fs";
import { AppError } from "../../errors.ts";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 1024;

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(new URL("./data/common-passwords.txt", import.meta.url), "utf8")
      .split("\n")
      .filter(Boolean),
  );
  return common;
}

export type PasswordProblem = "password_too_short" | "password_common" | "password_contains_name";

/** The first rule a password breaks, or null; `context` is the account's e-mail and name. */
export function passwordProblem(
  password: string,
  context: { email?: string; displayName?: string } = {},
): PasswordProblem | null {
  // Counted in code points, so a Kazakh or Russian password is not penalised by UTF-16 units.
  if ([...password].length < PASSWORD_MIN_LENGTH) return "password_too_short";
  const lower = password.toLocaleLowerCase();
  const list = commonPasswords();
  const stripped = lower.replace(/[\d\W_]+$/u, "");
  const repeated = /^(.{1,4})\1+$/u.test(lower);
  if (list.has(lower) || (stripped.length >= 4 && list.has(stripped)) || repeated) return "password_common";
  const names = [context.email?.split("@")[0], ...(context.displayName?.split(/\s+/) ?? [])]
    .map((n) => n?.toLocaleLowerCase().trim() ?? "")
    .filter((n) => n.length >= 4);
  if (names.some((n) => lower.includes(n))) return "password_contains_name";
  return null;
}

export function assertPasswordAllowed(password: string, context: { email?: string; displayName?: string } = {}): void {
  const problem = passwordProblem(password, context);
  if (problem) throw new AppError(problem, { min: PASSWORD_MIN_LENGTH });
}
