/** `pikir import` as a real child process: exit codes 0/1/2, and a kill -9 mid-file followed by a rerun. */
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import iconv from "iconv-lite";
import { PIKIR_BIN, runPikir } from "../../../test/cli.ts";
import { createBody, testContext } from "../../../test/factories.ts";
import { adminQuery, withDatabase } from "../../../test/pg-admin.ts";
import { sampleDraft } from "../../../test/legalacts-pages.ts";
import { openDatabase, type Database } from "../../server/db/client.ts";

const fixture = (name: string) => path.resolve("test/fixtures/imports", name);

describe("pikir import: exit codes (embedded database)", () => {
  let root: string;
  let bodyCode: string;
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), "pikir-cli-import-"));
    cpSync(inject("pgliteTemplateDir"), path.join(root, "pglite"), { recursive: true });
    const database = await openDatabase({ engine: "pglite", dataDir: path.join(root, "pglite") });
    bodyCode = (await createBody(testContext(database))).code;
    await database.close();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const env = () => ({ PIKIR_DATA_DIR: root, DATABASE_URL: "" });

  it("0 when every row went in, 1 when some were rejected (the good ones kept), and a rerun adds nothing", async () => {
    const clean = await runPikir(
      ["import", "budget", fixture("budget.json"), "--body", bodyCode, "--lang", "en"],
      env(),
    );
    expect(clean.stdout).toContain("read 3, added 3, updated 0, unchanged 0, rejected 0");
    expect(clean.code).toBe(0);
    const some = await runPikir(
      ["import", "template", fixture("template.csv"), "--body", bodyCode, "--lang", "ru"],
      env(),
    );
    expect(some.code).toBe(1);
    expect(some.stdout).toContain("прочитано 10, добавлено 4, обновлено 0, без изменений 0, отклонено 6");
    expect(some.stderr).toContain("line 5: Дата в столбце received_at не распознана");
    const again = await runPikir(
      ["import", "template", fixture("template.csv"), "--body", bodyCode, "--lang", "en"],
      env(),
    );
    expect(again.stdout).toContain("read 10, added 0, updated 0, unchanged 4, rejected 6");
    const dry = await runPikir(
      ["import", "appeals", fixture("appeals-utf8bom.csv"), "--body", bodyCode, "--dry-run", "--lang", "en"],
      env(),
    );
    expect(dry.stdout).toContain("[dry run] read 4, added 3");
  }, 120_000);

  it("legalacts: a saved page of the portal, dry run: the same summary line and JSON, read = the page's comments", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pikir-cli-la-"));
    const page = path.join(dir, "draft.html");
    writeFileSync(page, sampleDraft("990001").pages["/npa/view?id=990001"]!);
    const dry = await runPikir(["import", "legalacts", page, "--body", bodyCode, "--dry-run", "--lang", "en"], env());
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain("[dry run] read 2, added 2, updated 0, unchanged 0, rejected 0");
    expect(JSON.parse(dry.stdout.trim().split("\n").at(-1)!)).toMatchObject({
      runId: null,
      read: 2,
      added: 2,
      rejected: 0,
    });
    expect(dry.stderr).toContain("The file holds 2 of the draft's 4 comments");
    writeFileSync(page, sampleDraft("990001").pages["/npa/view?id=990001"]!.replace('id="1002"', ""));
    const broken = await runPikir(["import", "legalacts", page, "--body", bodyCode, "--lang", "ru"], env());
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain("нет элемента p[id] (comment 2: its text)");
  }, 120_000);

  it("budget and dialog: saved pages (SYNTHETIC fixtures), dry run: the same summary line and JSON; a changed page exits 2 naming the element", async () => {
    const portal = (name: string) => path.resolve("test/fixtures/portal-pages", name);
    const budget = await runPikir(
      ["import", "budget", portal("budget/program-ru.html"), "--body", bodyCode, "--dry-run", "--lang", "en"],
      env(),
    );
    expect(budget.code).toBe(0);
    expect(budget.stdout).toContain("[dry run] read 4, added 4, updated 0, unchanged 0, rejected 0");
    expect(JSON.parse(budget.stdout.trim().split("\n").at(-1)!)).toMatchObject({ runId: null, read: 4, added: 4 });
    const dialog = await runPikir(
      ["import", "dialog", portal("dialog/conference.html"), "--body", bodyCode, "--dry-run", "--lang", "en"],
      env(),
    );
    expect(dialog.code).toBe(0);
    expect(dialog.stdout).toContain("[dry run] read 2, added 2, updated 0, unchanged 0, rejected 0");
    const dir = mkdtempSync(path.join(tmpdir(), "pikir-cli-bd-"));
    const page = path.join(dir, "program.html");
    writeFileSync(page, readFileSync(portal("budget/program-ru.html"), "utf8").replace(/<h1>[^<]*<\/h1>/, ""));
    const broken = await runPikir(["import", "budget", page, "--body", bodyCode, "--lang", "en"], env());
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain("h1 (the budget program's title) is missing");
  }, 120_000);

  it("2 when the file cannot be read at all", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pikir-cli-bad-"));
    const utf16 = path.join(dir, "utf16.csv");
    writeFileSync(utf16, iconv.encode("Регистрационный номер;Текст\n1;a\n", "utf-16le"));
    const missing = await runPikir(
      ["import", "appeals", path.join(dir, "none.csv"), "--body", bodyCode, "--lang", "en"],
      env(),
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Cannot read the file");
    const binary = await runPikir(["import", "appeals", utf16, "--body", bodyCode, "--lang", "en"], env());
    expect(binary.code).toBe(2);
    expect(binary.stderr).toContain("not a text file");
    const unknown = await runPikir(["import", "fax", utf16, "--body", bodyCode], env());
    expect(unknown.code).toBe(2);
    const noBody = await runPikir(["import", "appeals", utf16, "--body", "no-such-body"], env());
    expect(noBody.code).toBe(2);
  }, 120_000);
});

const pgAdmin = inject("pgAdminUrl");
describe.skipIf(!pgAdmin)("pikir import: kill -9 mid-file, then rerun (PostgreSQL server)", () => {
  let url: string;
  let name: string;
  let database: Database;
  beforeAll(async () => {
    name = `pikir_test_import_${process.pid}`;
    await adminQuery(pgAdmin!, `drop database if exists ${name}`);
    await adminQuery(pgAdmin!, `create database ${name} template ${inject("pgTemplateDb")}`);
    url = withDatabase(pgAdmin!, name);
    database = await openDatabase({ engine: "pg", url, poolSize: 2 });
  });
  afterAll(async () => {
    await database.close();
    await adminQuery(pgAdmin!, `drop database if exists ${name}`);
  });

  it("ends with exactly the rows of one clean run", async () => {
    const ctx = testContext(database);
    const [clean, killed] = [await createBody(ctx), await createBody(ctx)];
    const dir = mkdtempSync(path.join(tmpdir(), "pikir-kill-"));
    const file = path.join(dir, "big.csv");
    const lines = ["Reference,Received on,Kind,Text"];
    for (let i = 1; i <= 20_000; i++)
      lines.push(
        `K-${i},${String(1 + (i % 28)).padStart(2, "0")}.04.2025,${i % 2 ? "comment" : "proposal"},"Ұсыныс ${i}: предлагаю продлить маршрут"`,
      );
    lines.splice(5_001, 0, "K-bad,not a date,comment,broken");
    writeFileSync(file, lines.join("\n") + "\n");
    const env = { DATABASE_URL: url, LOG_LEVEL: "warn" };

    const child = spawn(
      process.execPath,
      [PIKIR_BIN, "import", "template", file, "--body", killed.code, "--batch-size", "250"],
      { env: { ...process.env, ...env }, stdio: "ignore" },
    );
    const exited = new Promise<number | null>((resolve) =>
      child.on("exit", (code, signal) => resolve(signal ? -1 : code)),
    );
    // Kill it as soon as some batches are committed but long before the end.
    for (let tries = 0; tries < 600; tries++) {
      const [run] = await database.rows<{ checkpoint: number }>(
        sql`select checkpoint from import_runs where body_id = ${killed.id}::uuid`,
      );
      if (run && run.checkpoint > 1_000) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill("SIGKILL");
    expect(await exited).toBe(-1);
    const [partial] = await database.rows<{ n: number; status: string }>(sql`
      select (select count(*)::int from feedback_items where body_id = ${killed.id}::uuid) as n, status from import_runs where body_id = ${killed.id}::uuid`);
    expect(partial!.status).toBe("running");
    expect(partial!.n).toBeGreaterThan(0);
    expect(partial!.n).toBeLessThan(20_000);

    const rerun = await runPikir(
      ["import", "template", file, "--body", killed.code, "--batch-size", "250", "--lang", "en"],
      env,
      120_000,
    );
    expect(rerun.stdout).toContain("read 20001, added 20000, updated 0, unchanged 0, rejected 1 (resumed)");
    expect(rerun.code).toBe(1);
    const reference = await runPikir(
      ["import", "template", file, "--body", clean.code, "--batch-size", "250", "--lang", "en"],
      env,
      120_000,
    );
    expect(reference.stdout).toContain("read 20001, added 20000, updated 0, unchanged 0, rejected 1");
    const snapshot = async (bodyId: string) =>
      database.rows<{ ref: string; text: string; kind: string; at: string }>(sql`
      select source_ref as ref, text, kind, received_at::text as at from feedback_items where body_id = ${bodyId}::uuid order by source_ref`);
    const [a, b] = [await snapshot(killed.id), await snapshot(clean.id)];
    expect(a.length).toBe(20_000);
    expect(a).toEqual(b);
    rmSync(dir, { recursive: true, force: true });
  }, 240_000);
});
