/**
 * `pikir users add|list|deactivate|reactivate|reset`: accounts from the command line, for the
 * first administrator of a fresh install (no one can sign in to the screens yet) and for rescue.
 * Passwords never go on the command line (other users see it in `ps`): --password-stdin reads one
 * line, otherwise the account gets a one-time link to open in the browser. Every change goes
 * through the same services as the screens and lands in the audit log, with "cli:<os user>" as actor.
 */
import { userInfo } from "node:os";
import type { Command } from "commander";
import { loadConfig } from "../../server/config.ts";
import { createLogger } from "../../server/logger.ts";
import type { Actor, AppContext } from "../../server/context.ts";
import { ROLES, type Role } from "../../server/db/enums.ts";

const openAppContext = async (...args: Parameters<typeof import("../../server/bootstrap.ts").openAppContext>) =>
  (await import("../../server/bootstrap.ts")).openAppContext(...args);

export function cliActor(): Actor {
  let who = "unknown";
  try {
    who = userInfo().username;
  } catch {
    /* no passwd entry (containers): keep "unknown" */
  }
  return { userId: null, label: `cli:${who}`, role: "system", bodyId: null };
}

async function readStdinLine(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
}

/** Runs an action with a database, printing an AppError's message in the chosen language, exit 2. */
export async function withContext(lang: string, work: (ctx: AppContext) => Promise<void>): Promise<void> {
  const ctx = await openAppContext(loadConfig().database, createLogger("warn"));
  try {
    await work(ctx);
  } catch (error) {
    const { AppError } = await import("../../server/errors.ts");
    if (error instanceof AppError) {
      console.error(error.messageIn(lang === "ru" || lang === "en" ? lang : "kk"));
      process.exitCode = 2;
      return;
    }
    throw error;
  } finally {
    await ctx.database.close();
  }
}

async function userByEmail(ctx: AppContext, email: string) {
  const { findUserByEmail } = await import("../../server/repositories/user.repository.ts");
  const { notFound } = await import("../../server/errors.ts");
  const user = await findUserByEmail(ctx.database.db, email);
  if (!user) throw notFound("user");
  return user;
}

const linkLine = (baseUrl: string | undefined, path: string, expiresAt: Date) =>
  `one-time link (valid until ${expiresAt.toISOString()}): ${baseUrl ? baseUrl.replace(/\/+$/, "") : "<Pikir address>"}${path}`;

export function registerUsers(program: Command): void {
  const users = program.command("users").description("accounts: add, list, deactivate, reactivate, reset (audited)");
  const lang = (cmd: Command) => (cmd.optsWithGlobals() as { lang?: string }).lang ?? "kk";

  users
    .command("add")
    .description("create an account; prints a one-time link, or sets the password read from stdin")
    .requiredOption("--email <email>", "the account's e-mail (its sign-in name)")
    .requiredOption("--name <name>", "the person's name as colleagues see it")
    .requiredOption("--role <role>", `one of ${ROLES.join(", ")}`)
    .option("--body <code>", "the body's registry code (officers and heads)")
    .option("--locale <kk|ru|en>", "the account's language", "kk")
    .option("--password-stdin", "read the password from the first line of stdin instead of making a link")
    .option("--base-url <url>", "Pikir's public address, to print the whole link")
    .option("--lang <kk|ru|en>", "language of error messages", "kk")
    .action(
      async (opts: {
        email: string;
        name: string;
        role: string;
        body?: string;
        locale: string;
        passwordStdin?: boolean;
        baseUrl?: string;
        lang: string;
      }) => {
        if (!(ROLES as readonly string[]).includes(opts.role)) {
          console.error(`--role must be one of ${ROLES.join(", ")}`);
          process.exitCode = 2;
          return;
        }
        if (!["kk", "ru", "en"].includes(opts.locale)) {
          console.error("--locale must be kk, ru or en");
          process.exitCode = 2;
          return;
        }
        const password = opts.passwordStdin ? await readStdinLine() : undefined;
        await withContext(opts.lang, async (ctx) => {
          const { findBodyByCode } = await import("../../server/repositories/body.repository.ts");
          const { notFound } = await import("../../server/errors.ts");
          const { createAccount } = await import("../../server/services/administration/create-account.ts");
          const body = opts.body ? await findBodyByCode(ctx.database.db, opts.body) : undefined;
          if (opts.body && !body) throw notFound(`body ${opts.body}`);
          const { user, invitation } = await createAccount(ctx, cliActor(), {
            email: opts.email,
            displayName: opts.name,
            role: opts.role as Role,
            bodyId: body?.id ?? null,
            locale: opts.locale as "kk" | "ru" | "en",
            ...(password !== undefined ? { password } : {}),
          });
          console.log(`created ${user.email} (${user.role}${body ? `, ${body.code}` : ""})`);
          if (invitation)
            console.log(linkLine(opts.baseUrl, `/account-link#${invitation.token}`, invitation.expiresAt));
        });
      },
    );

  users
    .command("list")
    .description("list accounts")
    .option("--format <table|json>", "output format", "table")
    .action(async (opts: { format: string }) => {
      await withContext("en", async (ctx) => {
        const { listUsers } = await import("../../server/repositories/user.repository.ts");
        const rows = await listUsers(ctx.database.db);
        const { listBodies } = await import("../../server/repositories/body.repository.ts");
        const bodies = new Map(
          (await listBodies(ctx.database.db, {}, { limit: 100_000, offset: 0 })).items.map((b) => [b.id, b.code]),
        );
        const out = rows.map((u) => ({
          email: u.email,
          name: u.displayName,
          role: u.role,
          body: u.bodyId ? (bodies.get(u.bodyId) ?? u.bodyId) : null,
          active: u.active,
          password: u.passwordHash !== null,
        }));
        if (opts.format === "json") {
          console.log(JSON.stringify(out, null, 2));
          return;
        }
        for (const u of out)
          console.log(
            [
              u.email,
              u.role,
              u.body ?? "—",
              u.active ? "active" : "deactivated",
              u.password ? "password" : "no password yet",
              u.name,
            ].join("\t"),
          );
      });
    });

  for (const [verb, active] of [
    ["deactivate", false],
    ["reactivate", true],
  ] as const) {
    users
      .command(verb)
      .description(active ? "re-activate an account" : "deactivate an account: every session ends at once")
      .requiredOption("--email <email>", "the account's e-mail")
      .option("--lang <kk|ru|en>", "language of error messages", "kk")
      .action(async (opts: { email: string; lang: string }) => {
        await withContext(opts.lang, async (ctx) => {
          const { setAccountActive } = await import("../../server/services/administration/set-account-active.ts");
          const user = await userByEmail(ctx, opts.email);
          const { sessionsEnded } = await setAccountActive(ctx, cliActor(), user.id, active);
          console.log(
            active ? `${user.email} re-activated` : `${user.email} deactivated; sessions ended: ${sessionsEnded}`,
          );
        });
      });
  }

  users
    .command("reset")
    .description("a password-reset link, or a new password read from stdin (--password-stdin)")
    .requiredOption("--email <email>", "the account's e-mail")
    .option("--password-stdin", "read the new password from the first line of stdin")
    .option("--base-url <url>", "Pikir's public address, to print the whole link")
    .option("--lang <kk|ru|en>", "language of error messages", "kk")
    .action(async (opts: { email: string; passwordStdin?: boolean; baseUrl?: string; lang: string }) => {
      const password = opts.passwordStdin ? await readStdinLine() : undefined;
      await withContext(opts.lang, async (ctx) => {
        const user = await userByEmail(ctx, opts.email);
        if (password !== undefined) {
          const { setAccountPassword } = await import("../../server/services/administration/set-account-password.ts");
          await setAccountPassword(ctx, cliActor(), user.id, password);
          console.log(`password of ${user.email} set; its sessions ended`);
          return;
        }
        const { issueAccountLink } = await import("../../server/services/administration/issue-account-link.ts");
        const link = await issueAccountLink(ctx, cliActor(), user.id, "reset");
        console.log(linkLine(opts.baseUrl, `/account-link#${link.token}`, link.expiresAt));
      });
    });
}
