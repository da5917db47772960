/**
 * End-to-end harness: builds the web app with Vite into a temporary directory, seeds a private
 * PGlite copy with the registry and a small demo, serves API + app on a random port, and drives
 * Chromium through playwright-core: Debian's, or the one inside @sparticuz/chromium (never a
 * downloaded browser; see chromium.ts).
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { chromium, type Browser, type BrowserContext, type Page, type Request } from "playwright-core";
import type { AppContext } from "../../src/server/context.ts";
import { buildApp, type AppOptions } from "../../src/server/http/app.ts";
import { registerWebApp } from "../../src/server/http/web/web-static.ts";
import { seedRegistry } from "../../src/server/db/seed/seed-registry.ts";
import { seedDemo } from "../../src/server/db/seed/seed-demo.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../src/server/db/seed/demo-accounts.ts";
import { findBodyByCode } from "../../src/server/repositories/body.repository.ts";
import { openTestDatabase } from "../db.ts";
import type { Database } from "../../src/server/db/client.ts";
import { resolveChromium } from "./chromium.ts";
import { testContext } from "../factories.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** docs/screenshots, unless PIKIR_SCREENSHOTS names another folder (CI's second run with another Chromium). */
export const SCREENSHOTS = process.env.PIKIR_SCREENSHOTS || path.join(ROOT, "docs/screenshots");

export interface E2E {
  baseUrl: string;
  ctx: AppContext;
  browser: Browser;
  newPage: () => Promise<{ context: BrowserContext; page: Page; problems: string[] }>;
  close: () => Promise<void>;
}

export async function buildWeb(outDir: string): Promise<void> {
  const { build } = await import("vite");
  await build({
    configFile: path.join(ROOT, "vite.config.ts"),
    logLevel: "warn",
    build: { outDir, emptyOutDir: true },
  });
}

export interface E2EOptions {
  /** A fixed port (0: any free one); the eGov test needs the redirect URI before the app listens. */
  port?: number;
  identityProvider?: AppOptions["identityProvider"];
  /**
   * A database the test prepared itself (the production-install walkthrough: migrated, seeded and
   * given its first administrator by the `pikir` command). Without it: a PGlite copy with the
   * registry and the demo, and the sign-in page's demo accounts; with it, neither (PIKIR_DEMO=0).
   */
  database?: { database: Database; dispose: () => Promise<void> };
}

export async function startE2E(options: E2EOptions = {}): Promise<E2E> {
  const outDir = mkdtempSync(path.join(tmpdir(), "pikir-web-"));
  const demo = !options.database;
  const [, opened] = await Promise.all([buildWeb(outDir), options.database ?? openTestDatabase("pglite")]);
  const ctx = testContext(opened.database);
  if (demo) {
    await seedRegistry(ctx);
    await seedDemo(ctx, { activeBodies: 6, itemsPerDiscussion: 8 });
  }

  const app: FastifyInstance = await buildApp(ctx, {
    sessionTtlMs: 3_600_000,
    secureCookies: false,
    identityProvider: options.identityProvider,
    extend: async (instance) => {
      if (!demo) return registerWebApp(instance, outDir);
      // As `pikir serve` does in demo mode (src/server/start-server.ts): the sign-in page lists these.
      instance.get("/api/auth/demo-accounts", async () =>
        Promise.all(
          DEMO_ACCOUNTS.map(async (a) => {
            const body = a.bodyCode ? await findBodyByCode(ctx.database.db, a.bodyCode) : undefined;
            return {
              email: a.email,
              password: DEMO_PASSWORD,
              role: a.role,
              bodyId: body?.id ?? null,
              bodyName: body ? { kk: body.nameKk, ru: body.nameRu, en: body.nameEn } : null,
            };
          }),
        ),
      );
      await registerWebApp(instance, outDir);
    },
  });
  await app.listen({ port: options.port ?? 0, host: "127.0.0.1" });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const choice = await resolveChromium();
  const browser = await chromium.launch({
    executablePath: choice.executablePath,
    args: ["--no-sandbox", "--disable-dev-shm-usage"],
    env: choice.env ? { ...process.env, ...choice.env } : undefined,
  });
  mkdirSync(SCREENSHOTS, { recursive: true });

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    ctx,
    browser,
    newPage: async () => {
      const context = await browser.newContext({
        viewport: { width: 1440, height: 900 },
        locale: "kk-KZ",
        timezoneId: "Asia/Almaty",
      });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      // Script errors and CSP violations (script-src 'self') would show here: the tests expect none.
      const problems: string[] = [];
      page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() === "error" && /Content Security Policy|Refused to/i.test(message.text()))
          problems.push(message.text());
      });
      return { context, page, problems };
    },
    close: async () => {
      await browser.close().catch(() => undefined);
      await app.close();
      await opened.dispose();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

export async function signIn(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator("button[type=submit]").click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

export const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false });

/**
 * Picks an option of an Ant Design Select by its visible label. Under load a form can mount again
 * while its data arrives and drop a choice made in between (CI saw an initiative saved as a draft
 * after "in discussion" was chosen): a single select is chosen again, up to twice, until it shows
 * the label. A multiple select is never clicked twice (that would take the option off again).
 */
export async function chooseOption(page: Page, selectTestId: string, label: string, search = false): Promise<void> {
  const select = page.getByTestId(selectTestId);
  const root = select.locator("xpath=ancestor-or-self::*[contains(concat(' ', @class, ' '), ' ant-select ')][1]");
  const shown = root.locator(".ant-select-selection-item", { hasText: label });
  for (let attempt = 0; attempt < 3; attempt++) {
    await select.click();
    // Long option lists are virtualised: type to bring the option into the rendered window.
    if (search) await page.keyboard.type(label);
    await page
      .locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${label}"]`)
      .click();
    const single =
      (await root.count()) === 1 && !(await root.evaluate((el) => el.classList.contains("ant-select-multiple")));
    if (!single) return;
    const ok = await shown
      .first()
      .waitFor({ timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    if (ok || (await select.count()) === 0) return;
  }
}

/**
 * Runs an action that should POST (or PATCH…) to a path ending in `pathEnd` (or matching a pattern,
 * for a path that ends in an id), and waits for that response:
 * on a loaded machine the test then waits for the server rather than for a fixed timeout,
 * and a refused request fails with the server's status and body instead of a missing element.
 *
 * Under heavy load a click can land while the page is still laying out (a card above grows when
 * its data arrives) and reach nothing; CI saw a save button send no request in 60 s. When the
 * browser has sent no matching request `resendAfter` ms after the action, the action is repeated,
 * as a user who saw nothing happen would; a request that was sent is only ever waited for, so a
 * slow server is never asked twice. A final timeout names the requests the page did send and
 * leaves a full-page screenshot in the temporary folder, so the next failure says what the page looked like.
 */
export async function expectOk(
  page: Page,
  pathEnd: string | RegExp,
  action: () => Promise<void>,
  timeout = 60_000,
  resendAfter = 15_000,
): Promise<void> {
  const matches = (path: string) => (typeof pathEnd === "string" ? path.endsWith(pathEnd) : pathEnd.test(path));
  const sentPaths: string[] = [];
  let sent = false;
  const onRequest = (r: Request) => {
    if (r.method() === "GET") return;
    const at = new URL(r.url()).pathname;
    sentPaths.push(`${r.method()} ${at}`);
    if (matches(at)) sent = true;
  };
  page.on("request", onRequest);
  try {
    const response = page.waitForResponse((r) => r.request().method() !== "GET" && matches(new URL(r.url()).pathname), {
      timeout,
    });
    response.catch(() => undefined); // awaited below; a rejection before then is not unhandled
    await action();
    for (let attempt = 1; attempt < 3; attempt++) {
      const settled = await Promise.race([
        response.then(
          () => true,
          () => true,
        ),
        new Promise<false>((resolve) => setTimeout(() => resolve(false), resendAfter)),
      ]);
      if (settled || sent) break;
      await action();
    }
    const r = await response.catch(async (e: unknown) => {
      const picture = path.join(tmpdir(), `pikir-e2e-no-answer-${Date.now()}.png`);
      await page.screenshot({ path: picture, fullPage: true }).catch(() => undefined);
      throw new Error(
        `no answer to ${String(pathEnd)} (request ${sent ? "sent" : "never sent"}; the page sent: ${sentPaths.join(", ") || "nothing"}; screenshot ${picture}): ${String(e)}`,
      );
    });
    if (r.status() >= 400)
      throw new Error(`${r.request().method()} ${new URL(r.url()).pathname} → ${r.status()}: ${await r.text()}`);
  } finally {
    page.off("request", onRequest);
  }
}

export interface AccessibilityViolation {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page as it is now. The script is evaluated
 * through the DevTools protocol, so the page's strict CSP (script-src 'self') need not be loosened.
 */
export async function accessibilityViolations(
  page: Page,
  minImpact: "serious" | "critical" = "serious",
): Promise<AccessibilityViolation[]> {
  const { readFile } = await import("node:fs/promises");
  const source = await readFile(path.join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
  // Contrast measured mid-transition (a page fading in, a toast fading out) is not what a reader
  // sees: let finite animations and transitions end first (spinners run for ever and are skipped).
  await page.evaluate(`Promise.race([
    Promise.all(document.getAnimations()
      .filter((a) => a.effect && a.effect.getComputedTiming().iterations !== Infinity)
      .map((a) => a.finished.catch(() => undefined))),
    new Promise((resolve) => setTimeout(resolve, 5000)),
  ])`);
  const result = (await page.evaluate(`${source}
    axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, resultTypes: ["violations"] })
      .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) })))`)) as AccessibilityViolation[];
  const rank = { minor: 0, moderate: 1, serious: 2, critical: 3 } as Record<string, number>;
  return result.filter((v) => (rank[v.impact] ?? 3) >= rank[minImpact]!);
}

/** A port free right now on 127.0.0.1 (for a server whose own URL must be known before it listens). */
export async function freePort(): Promise<number> {
  const { createServer } = await import("node:net");
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
