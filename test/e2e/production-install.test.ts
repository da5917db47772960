/**
 * The production-install walkthrough of README ("A fresh production install"), followed literally:
 * an empty PostgreSQL database, `DATABASE_URL` set and `PIKIR_DEMO=0`; `pikir migrate`, `pikir seed`
 * and `pikir users add` give it the registry and its first administrator — the only command-line
 * steps. Everything else is screens: the administrator creates a body officer, hands over the
 * one-time link, the officer chooses a password, signs in and records §6 media work, and the
 * screens switch kk → ru → en. axe finds no serious or critical violation on them.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase } from "../../src/server/db/client.ts";
import { runPikir } from "../cli.ts";
import { adminQuery, withDatabase } from "../pg-admin.ts";
import { accessibilityViolations, chooseOption, expectOk, shot, signIn, startE2E, type E2E } from "./harness.ts";

const ADMIN = "admin@mci.gov.kz";
const ADMIN_PASSWORD = "жасыл алма таудың басында";
const OFFICER = "dana.omarova@minfin.gov.kz";
const OFFICER_PASSWORD = "көктемгі жаңбыр терезеде";

const adminUrl = inject("pgAdminUrl");
let e2e: E2E;
const name = `pikir_install_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
const steps: Record<string, string> = {};

beforeAll(async () => {
  if (!adminUrl) return;
  // An empty database, as a new ministry's DBA hands it over: not the tests' migrated template.
  await adminQuery(adminUrl, `create database ${name}`);
  const env = { DATABASE_URL: withDatabase(adminUrl, name), PIKIR_DEMO: "0", PIKIR_DATA_DIR: "" };
  const migrate = await runPikir(["migrate"], env, 240_000);
  expect(migrate.code, migrate.stderr).toBe(0);
  steps.migrate = migrate.stdout;
  const seed = await runPikir(["seed"], env, 120_000);
  expect(seed.code, seed.stderr).toBe(0);
  steps.seed = seed.stdout;
  const admin = await runPikir(
    ["users", "add", "--email", ADMIN, "--name", "Жүйе әкімшісі", "--role", "administrator", "--password-stdin"],
    env,
    60_000,
    `${ADMIN_PASSWORD}\n`,
  );
  expect(admin.code, admin.stderr).toBe(0);
  const database = await openDatabase({ engine: "pg", url: env.DATABASE_URL, poolSize: 4 });
  e2e = await startE2E({
    database: {
      database,
      dispose: async () => {
        await database.close();
        await adminQuery(adminUrl, `drop database if exists ${name}`);
      },
    },
  });
}, 600_000);
afterAll(async () => {
  await e2e?.close();
});

describe.skipIf(!adminUrl)("a fresh production install (PostgreSQL, PIKIR_DEMO=0, Chromium)", () => {
  it("no users → first administrator (CLI) → body officer by invitation → sign-in → evidence, kk/ru/en", async () => {
    expect(steps.migrate).toContain("migrations applied (pg)");
    expect(steps.seed).toMatch(/registry: 20 regions, \d+ state bodies/);
    const { context, page, problems } = await e2e.newPage();
    const a11y: Record<string, unknown> = {};
    const check = async (screen: string, on = page) => {
      await expect.poll(() => on.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)").count()).toBe(0);
      await expect.poll(() => on.locator(".ant-message-notice").count(), { timeout: 15_000 }).toBe(0);
      const v = await accessibilityViolations(on);
      if (v.length) a11y[screen] = v;
    };

    // Production lists no demo accounts on the sign-in page: only the form.
    await page.goto(`${e2e.baseUrl}/sign-in`);
    await page.locator("#email").waitFor();
    expect(await page.getByText("@demo.pikir.kz").count()).toBe(0);
    await check("sign-in");
    await signIn(page, e2e.baseUrl, ADMIN, ADMIN_PASSWORD);

    // The administrator creates the Ministry of Finance's officer; the account gets a one-time link.
    await page.goto(`${e2e.baseUrl}/admin/users`);
    await page.locator("[data-testid=users] tbody tr").first().waitFor();
    await page.getByTestId("account-new").click();
    await page.getByTestId("account-email").fill(OFFICER);
    await chooseOption(page, "account-body", "Қазақстан Республикасы Қаржы министрлігі", true);
    await page.getByTestId("account-name").fill("Дана Омарова");
    await expectOk(page, "/api/admin/users", () => page.getByTestId("account-name").press("Enter"));
    const linkBox = page.getByTestId("account-link");
    await linkBox.waitFor();
    const link = await linkBox.inputValue();
    expect(link).toMatch(/\/account-link#[\w-]{40,}$/);
    await check("invitation link");
    await page.keyboard.press("Escape");
    await page.getByTestId("users").getByText(OFFICER).waitFor();
    await check("users");

    // The officer opens the link in her own browser, chooses a password and signs in.
    const officer = await e2e.newPage();
    await officer.page.goto(link);
    await officer.page.getByText(`Дана Омарова (${OFFICER})`).waitFor();
    await check("account link", officer.page);
    await officer.page.getByTestId("account-link-password").fill(OFFICER_PASSWORD);
    await officer.page.getByTestId("account-link-repeat").fill(OFFICER_PASSWORD);
    await officer.page.getByTestId("account-link-submit").click();
    await officer.page.getByTestId("account-link-sign-in").waitFor();
    await signIn(officer.page, e2e.baseUrl, OFFICER, OFFICER_PASSWORD);
    expect(new URL(officer.page.url()).pathname).toBe("/body");

    // Her first piece of evidence: §6 media work, titled in kk and ru.
    const o = officer.page;
    await o.goto(`${e2e.baseUrl}/evidence`);
    await o.getByTestId("evidence-media").waitFor();
    await check("evidence (kk)", o);
    await o.getByTestId("record-media-work").click();
    await o.getByTestId("evidence-happenedOn").click();
    await o.keyboard.type("01.12.2026");
    await o.keyboard.press("Enter");
    await o.getByTestId("evidence-title").fill("Салық кодексі бойынша брифинг");
    await o.getByTestId("evidence-titleRu").fill("Брифинг по Налоговому кодексу");
    await o.getByTestId("evidence-url").fill("https://www.gov.kz/memleket/entities/minfin/press/news/briefing");
    await expectOk(o, "/api/evidence/media-work", () => o.locator("#evidence-save").click());
    await o
      .getByTestId("evidence-media")
      .locator("tr.ant-table-row", { hasText: "Салық кодексі бойынша брифинг" })
      .waitFor();
    await check("evidence recorded (kk)", o);
    await shot(o, "60-production-install-evidence");

    // kk → ru → en on the officer's evidence screen and the administrator's users screen.
    await chooseOption(o, "language-switch", "Русский");
    await o.getByRole("heading", { level: 1, name: "Подтверждающие материалы" }).waitFor();
    await o
      .getByTestId("evidence-media")
      .locator("tr.ant-table-row", { hasText: "Брифинг по Налоговому кодексу" })
      .waitFor();
    await check("evidence (ru)", o);
    await chooseOption(o, "language-switch", "English");
    await o.getByRole("heading", { level: 1, name: "Evidence" }).waitFor();
    await check("evidence (en)", o);
    await chooseOption(page, "language-switch", "Русский");
    await page.getByRole("heading", { level: 1, name: "Пользователи" }).waitFor();
    await check("users (ru)");
    await chooseOption(page, "language-switch", "English");
    await page.getByRole("heading", { level: 1, name: "Users" }).waitFor();
    await page.getByTestId("users").getByText("Дана Омарова").waitFor();
    await check("users (en)");
    await officer.context.close();
    await context.close();
    expect(problems).toEqual([]);
    expect(a11y).toEqual({});
  }, 400_000);
});
