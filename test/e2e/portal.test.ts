/**
 * The citizen's path in a real browser, with no account: the public portal opens in Kazakh, lists
 * the bodies with their published indicator, opens a body's page with its history and discussion
 * reports, and switches to Russian; the pages work without the React app (server-rendered).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shot, startE2E, type E2E } from "./harness.ts";

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
}, 150_000);
afterAll(async () => {
  await e2e?.close();
});

describe("public portal (Chromium)", () => {
  it("a citizen opens a body's public page in Kazakh and switches to Russian", async () => {
    const { context, page, problems } = await e2e.newPage();
    await context.setExtraHTTPHeaders({ "accept-language": "ru" }); // the portal is Kazakh-first regardless
    await page.goto(`${e2e.baseUrl}/portal`);
    expect(await page.locator("html").getAttribute("lang")).toBe("kk");
    await expect(page.locator("h1").innerText()).resolves.toBe("Мемлекеттік органдардың кері байланыс көрсеткіштері");
    await shot(page, "20-portal-bodies");

    await page.locator('a[href^="/portal/bodies/min-finance"]').first().click();
    await page.waitForURL(/\/portal\/bodies\/min-finance/);
    const body = await page.locator("main").innerText();
    expect(body).toContain("Қазақстан Республикасы Қаржы министрлігі");
    expect(body).toContain("Жарияланған бағалаулар бойынша кері байланыс көрсеткіші");
    expect(body).toMatch(/\d{2}\.\d{2}\.\d{4}/); // dates as dd.mm.yyyy
    await shot(page, "21-portal-body");

    await page.locator('a[hreflang="ru"]').first().click();
    await page.waitForURL(/lang=ru/);
    expect(await page.locator("html").getAttribute("lang")).toBe("ru");
    expect(await page.locator("main").innerText()).toContain("Министерство финансов Республики Казахстан");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("on a 375 px phone the body, its F and its band are on screen without scrolling sideways", async () => {
    const context = await e2e.browser.newContext({
      viewport: { width: 375, height: 812 },
      locale: "kk-KZ",
      timezoneId: "Asia/Almaty",
      isMobile: true,
    });
    const page = await context.newPage();
    await page.goto(`${e2e.baseUrl}/portal`);
    const row = page.locator("main table tbody tr").first();
    await row.waitFor();
    await shot(page, "22-portal-phone");
    // The F cell and the band cell end inside the viewport; the page itself does not scroll sideways.
    const cells = row.locator("td:visible");
    const fBox = await row.locator("td.num").boundingBox();
    const bandBox = await cells.nth((await cells.count()) - 1).boundingBox();
    expect(fBox).not.toBeNull();
    expect(fBox!.x + fBox!.width).toBeLessThanOrEqual(375);
    expect(bandBox!.x + bandBox!.width).toBeLessThanOrEqual(375);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(375);
    // The band chart's labels keep a readable size (they were scaled down to about 5 px).
    const labelHeight = await page.evaluate(() => {
      const text = document.querySelector("figure.chart svg text");
      return text ? text.getBoundingClientRect().height : 0;
    });
    expect(labelHeight).toBeGreaterThanOrEqual(11);
    await context.close();
  });
});
