/**
 * A fresh production-like install (no accounts) gets its first administrator from the command
 * line, then officers; deactivation from the CLI ends sessions; everything is in the audit chain.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, inject, it } from "vitest";
import { runPikir } from "../../test/cli.ts";
import { openDatabase } from "../server/db/client.ts";
import { testContext } from "../../test/factories.ts";
import { seedRegistry } from "../server/db/seed/seed-registry.ts";
import { signIn } from "../server/services/auth/sessions.ts";
import { acceptAccountLink } from "../server/services/administration/accept-account-link.ts";

it("pikir users add|list|deactivate|reactivate|reset on an install with no accounts", {
  timeout: 120_000,
}, async () => {
  const root = mkdtempSync(path.join(tmpdir(), "pikir-users-"));
  const env = { PIKIR_DATA_DIR: root, DATABASE_URL: "", PIKIR_DEMO: "0" };
  try {
    cpSync(inject("pgliteTemplateDir"), path.join(root, "pglite"), { recursive: true });
    const seeding = await openDatabase({ engine: "pglite", dataDir: path.join(root, "pglite") });
    await seedRegistry(testContext(seeding));
    await seeding.close();

    // The administrator's account, its password on stdin (never in the arguments, where `ps` shows it).
    const addAdmin = (password: string) =>
      runPikir(
        [
          "users",
          "add",
          "--email",
          "admin@mci.gov.kz",
          "--name",
          "Жүйе әкімшісі",
          "--role",
          "administrator",
          "--password-stdin",
        ],
        env,
        60_000,
        `${password}\n`,
      );
    const weak = await addAdmin("password123");
    expect(weak.code).toBe(2);
    expect(weak.stderr).toContain("Құпиясөз кемінде 12 таңбадан тұруы керек.");
    const admin = await addAdmin("жасыл алма таудың басында");
    expect(admin.stderr).toBe("");
    expect(admin.stdout).toContain("created admin@mci.gov.kz (administrator)");
    const officer = await runPikir(
      [
        "users",
        "add",
        "--email",
        "officer@minfin.gov.kz",
        "--name",
        "Айгерім Серікова",
        "--role",
        "body_officer",
        "--body",
        "min-finance",
        "--base-url",
        "https://pikir.example.kz/",
      ],
      env,
    );
    expect(officer.code).toBe(0);
    const link = /https:\/\/pikir\.example\.kz\/account-link#([\w-]+)/.exec(officer.stdout);
    expect(link).not.toBeNull();
    const unknownBody = await runPikir(
      [
        "users",
        "add",
        "--email",
        "x@gov.kz",
        "--name",
        "X",
        "--role",
        "body_head",
        "--body",
        "no-such-body",
        "--lang",
        "en",
      ],
      env,
    );
    expect(unknownBody.code).toBe(2);
    expect(unknownBody.stderr).toContain("body no-such-body not found.");

    const list = JSON.parse((await runPikir(["users", "list", "--format", "json"], env)).stdout);
    expect(list).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ email: "admin@mci.gov.kz", role: "administrator", active: true, password: true }),
        expect.objectContaining({
          email: "officer@minfin.gov.kz",
          role: "body_officer",
          body: "min-finance",
          password: false,
        }),
      ]),
    );

    // The officer follows the link and signs in; the CLI deactivates the account and the session dies.
    const database = await openDatabase({ engine: "pglite", dataDir: path.join(root, "pglite") });
    const ctx = testContext(database);
    await acceptAccountLink(ctx, link![1]!, "t7#Vq9!mPz2&Lw");
    await signIn(ctx, "officer@minfin.gov.kz", "t7#Vq9!mPz2&Lw", 3_600_000);
    await database.close();
    const off = await runPikir(["users", "deactivate", "--email", "officer@minfin.gov.kz"], env);
    expect(off.stdout).toContain("officer@minfin.gov.kz deactivated; sessions ended: 1");
    const lastAdmin = await runPikir(["users", "deactivate", "--email", "admin@mci.gov.kz", "--lang", "ru"], env);
    expect(lastAdmin.code).toBe(2);
    expect(lastAdmin.stderr).toContain("единственный активный администратор");
    expect((await runPikir(["users", "reactivate", "--email", "officer@minfin.gov.kz"], env)).stdout).toContain(
      "re-activated",
    );
    expect((await runPikir(["users", "reset", "--email", "officer@minfin.gov.kz"], env)).stdout).toMatch(
      /<Pikir address>\/account-link#[\w-]+/,
    );

    const audit = await runPikir(["audit", "verify", "--lang", "en"], env);
    expect(audit.stdout).toMatch(/audit log intact: \d+ entries/i);
    const check = await openDatabase({ engine: "pglite", dataDir: path.join(root, "pglite") });
    const rows = await check.rows<{ action: string; actor: string }>(
      (await import("drizzle-orm"))
        .sql`select action, actor_label as actor from audit_log where entity = 'user' order by id`,
    );
    await check.close();
    expect(rows.map((r) => r.action)).toEqual([
      "user.create",
      "user.create",
      "user.accept_invitation",
      "user.deactivate",
      "user.reactivate",
      "user.reset_link",
    ]);
    expect(rows[0]!.actor).toMatch(/^cli:/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
