/**
 * Administration in a real browser: the administrator creates a body officer (Enter pressed twice
 * makes one account), hands over the one-time link, the person chooses a password on it (a common
 * one is refused in Kazakh), signs in, is designated the body's responsible person, and is then
 * deactivated — the open session ends at once. The screens switch kk → ru → en, and axe finds
 * no serious or critical violation on them. Screenshots go to docs/screenshots/40–43.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, chooseOption, expectOk, shot, signIn, startE2E, type E2E } from "./harness.ts";

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
}, 150_000);
afterAll(async () => {
  await e2e?.close();
});

const ADMIN = "admin@demo.pikir.kz";
const NEW_EMAIL = "aigerim.serikova@minfin.gov.kz";
const NEW_PASSWORD = "жасыл алма таудың басында";

describe("administration (Chromium)", () => {
  it("invite → choose a password → sign in → designate → deactivate, in kk, with one account per double submit", async () => {
    const { context, page, problems } = await e2e.newPage();
    await signIn(page, e2e.baseUrl, ADMIN);
    await page.goto(`${e2e.baseUrl}/admin/users`);
    await page.locator("[data-testid=users] tbody tr").first().waitFor();
    const a11y: Record<string, unknown> = {};
    // Checked once the screen is still: a dropdown fading out after a choice is not the screen.
    const check = async (name: string) => {
      await expect.poll(() => page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)").count()).toBe(0);
      // A toast fading out is half transparent: axe would measure its contrast mid-animation.
      await expect.poll(() => page.locator(".ant-message-notice").count(), { timeout: 15_000 }).toBe(0);
      const v = await accessibilityViolations(page);
      if (v.length) a11y[name] = v;
    };
    await check("users");

    // A new officer of the Ministry of Finance. Enter twice in the name field: one POST, one account.
    await page.getByTestId("account-new").click();
    await page.getByTestId("account-email").fill(NEW_EMAIL);
    // Most accounts are officers: the form starts with that role, so the body is asked at once.
    await chooseOption(page, "account-body", "Қазақстан Республикасы Қаржы министрлігі", true);
    await page.getByTestId("account-name").fill("Айгерім Серікова");
    await check("new account dialog");
    let posts = 0;
    page.on("request", (r) => {
      if (r.method() === "POST" && new URL(r.url()).pathname === "/api/admin/users") posts++;
    });
    await expectOk(page, "/api/admin/users", async () => {
      await page.getByTestId("account-name").press("Enter");
      await page
        .getByTestId("account-name")
        .press("Enter")
        .catch(() => undefined);
    });
    const linkBox = page.getByTestId("account-link");
    await linkBox.waitFor();
    const link = await linkBox.inputValue();
    expect(link).toMatch(/\/account-link#[\w-]{40,}$/);
    expect(posts).toBe(1);
    await shot(page, "40-admin-invitation-link");
    await check("link dialog");
    await page.keyboard.press("Escape");
    await page.getByTestId("users").getByText(NEW_EMAIL).waitFor();
    await expect(page.getByTestId("users").getByText(NEW_EMAIL).count()).resolves.toBe(1);

    // The person opens the link in their own browser.
    const person = await e2e.newPage();
    await person.page.goto(link);
    await person.page.getByText("Айгерім Серікова (aigerim.serikova@minfin.gov.kz)").waitFor();
    const linkA11y = await accessibilityViolations(person.page);
    if (linkA11y.length) a11y["account link"] = linkA11y;
    await person.page.getByTestId("account-link-password").fill("qwertyuiop123");
    await person.page.getByTestId("account-link-repeat").fill("qwertyuiop123");
    await person.page.getByTestId("account-link-submit").click();
    await person.page.getByText("Бұл құпиясөз тым кең таралған (жария тізімдерде бар): басқасын таңдаңыз.").waitFor();
    await person.page.getByTestId("account-link-password").fill(NEW_PASSWORD);
    await person.page.getByTestId("account-link-repeat").fill(NEW_PASSWORD);
    await shot(person.page, "41-account-link-password");
    await person.page.getByTestId("account-link-submit").click();
    await person.page.getByTestId("account-link-sign-in").waitFor();
    expect(new URL(person.page.url()).hash).toBe("");
    await signIn(person.page, e2e.baseUrl, NEW_EMAIL, NEW_PASSWORD);
    expect(new URL(person.page.url()).pathname).toBe("/body");

    // The administrator designates her the ministry's responsible person (§14–§15).
    await page.reload();
    await page.getByTestId("users").getByText(NEW_EMAIL).waitFor();
    await chooseOption(page, "duties-body", "Қазақстан Республикасы Қаржы министрлігі", true);
    await expectOk(page, "/officials/responsible_person", () =>
      chooseOption(page, "duty-responsible_person", "Айгерім Серікова · Орган қызметкері"),
    );
    await page.locator("[data-testid=users] .ant-tag", { hasText: "Жауапты тұлға (14–15-тармақтар)" }).waitFor();
    await check("duties");
    await shot(page, "42-admin-users-duties");

    // Deactivated: her open session ends at once, and she is back at sign-in on the next request.
    // The confirmation of the open popconfirm (a closed one stays in the DOM, hidden). Under load the
    // table can render again between opening and confirming (the duty's reload), which closes the
    // popconfirm with nothing sent (seen once in CI at 03.12.2026, cause not pinned down): then ask again.
    const confirm = page
      .locator(".ant-popconfirm:not(.ant-popover-hidden)")
      .locator(".ant-btn-dangerous, .ant-btn-primary")
      .last();
    for (let attempt = 1; ; attempt++) {
      await page.getByTestId(`deactivate-${NEW_EMAIL}`).click();
      try {
        await expectOk(page, "/deactivate", () => confirm.click(), 20_000);
        break;
      } catch (error) {
        if (attempt >= 3 || (error as Error).name !== "TimeoutError") throw error;
      }
    }
    await page.getByTestId(`reactivate-${NEW_EMAIL}`).waitFor();
    await person.page.reload();
    await person.page.waitForURL((url) => url.pathname.startsWith("/sign-in"));
    await person.context.close();

    // kk → ru → en on the administration screen.
    await page.getByTestId("language-switch").click();
    await page.locator(".ant-select-item-option[title='Русский']").click();
    await page.getByRole("heading", { level: 1, name: "Пользователи" }).waitFor();
    await page.getByText("Первый руководитель и ответственное лицо органа").waitFor();
    await check("users (ru)");
    await page.getByTestId("language-switch").click();
    await page.locator(".ant-select-item-option[title='English']").click();
    await page.getByRole("heading", { level: 1, name: "Users" }).waitFor();
    await page.getByText("First head and responsible person of a body").waitFor();
    await page.getByTestId(`reactivate-${NEW_EMAIL}`).getByText("Re-activate").waitFor();
    await check("users (en)");
    await shot(page, "43-admin-users-en");
    await context.close();
    expect(problems).toEqual([]);
    expect(a11y).toEqual({});
  }, 240_000);
});
