/**
 * WCAG 2.1 AA as the aim (issue 5): axe-core's A/AA rules on the main screens of each role and on
 * the public portal, in a real browser. Serious and critical findings fail the test.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, signIn, startE2E, type E2E } from "./harness.ts";

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
}, 150_000);
afterAll(async () => {
  await e2e?.close();
});

const SCREENS: { who: string | null; path: string; ready: string }[] = [
  { who: null, path: "/sign-in", ready: "#email" },
  { who: null, path: "/portal", ready: "main h1" },
  { who: null, path: "/portal/bodies/min-finance", ready: "main h1" },
  { who: "officer.minfin@demo.pikir.kz", path: "/body", ready: "[data-testid=indicator-f]" },
  { who: "officer.minfin@demo.pikir.kz", path: "/inbox", ready: "tr[data-item-id]" },
  {
    who: "officer.minfin@demo.pikir.kz",
    path: "/evidence",
    ready: "[data-testid=evidence-publications] tbody tr.ant-table-row",
  },
  { who: "officer.minfin@demo.pikir.kz", path: "/submissions", ready: "[data-testid=body-requests] tbody tr" },
  { who: "officer.minfin@demo.pikir.kz", path: "/calendar", ready: "main h1" },
  { who: "officer.minfin@demo.pikir.kz", path: "/documents", ready: "main h1" },
  { who: "officer.minfin@demo.pikir.kz", path: "/imports", ready: "main h1" },
  { who: "officer.minfin@demo.pikir.kz", path: "/messages", ready: "main h1" },
  { who: "head.minfin@demo.pikir.kz", path: "/review", ready: "main h1" },
  { who: "analyst@demo.pikir.kz", path: "/evaluation", ready: "[data-testid=rounds] tbody tr" },
  { who: "admin@demo.pikir.kz", path: "/admin/bodies", ready: "tbody tr" },
  { who: "admin@demo.pikir.kz", path: "/admin/users", ready: "tbody tr" },
];

describe("accessibility of the main screens (axe-core, WCAG 2.1 A/AA)", () => {
  it("has no serious or critical violations", async () => {
    const found: Record<string, unknown> = {};
    let signedInAs: string | null = null;
    const { context, page } = await e2e.newPage();
    for (const screen of SCREENS) {
      if (screen.who && screen.who !== signedInAs) {
        await context.clearCookies();
        await signIn(page, e2e.baseUrl, screen.who);
        signedInAs = screen.who;
      }
      await page.goto(`${e2e.baseUrl}${screen.path}`);
      await page.locator(screen.ready).first().waitFor();
      const violations = await accessibilityViolations(page);
      if (violations.length) found[screen.path] = violations;
    }

    // Drawers and dialogs too: an officer's item drawer with its decision form and history.
    await context.clearCookies();
    await signIn(page, e2e.baseUrl, "officer.minfin@demo.pikir.kz");
    await page.goto(`${e2e.baseUrl}/inbox?kind=remark`);
    await page.locator("tr[data-item-id]").first().click();
    await page.getByTestId("decision-form").waitFor();
    const drawer = await accessibilityViolations(page);
    if (drawer.length) found["/inbox (item drawer)"] = drawer;
    await context.close();
    expect(found).toEqual({});
  }, 180_000);
});
