/**
 * WCAG 2.4.3 in a real browser: a keyboard user who opens an item from the inbox lands in its
 * drawer, and closing it with Esc puts them back on the row they opened (use-return-focus.ts), not
 * at the top of the page.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { signIn, startE2E, type E2E } from "./harness.ts";

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
}, 150_000);
afterAll(async () => {
  await e2e?.close();
});

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "body";
    if (el.closest(".ant-drawer")) return "drawer";
    return `row ${el.getAttribute("data-item-id") ?? el.tagName}`;
  });

describe("focus around the item drawer (Chromium)", () => {
  it("Enter on an inbox row moves the focus into its drawer; Esc gives it back to that row", async () => {
    const { page, problems } = await e2e.newPage();
    await signIn(page, e2e.baseUrl, "officer.minfin@demo.pikir.kz");
    await page.goto(`${e2e.baseUrl}/inbox`);
    const row = page.locator("tr[data-item-id]").nth(1);
    await row.waitFor();
    const itemId = await row.getAttribute("data-item-id");
    await row.focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("item-drawer").waitFor();
    await expect.poll(() => focused(page), { timeout: 10_000 }).toBe("drawer");
    await page.keyboard.press("Escape");
    await page.getByTestId("item-drawer").waitFor({ state: "detached" });
    await expect.poll(() => focused(page), { timeout: 10_000 }).toBe(`row ${itemId}`);
    expect(problems).toEqual([]);
  }, 120_000);
});
