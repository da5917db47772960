/**
 * Sign-in through eGov's identity provider in a real browser: the sign-in page offers the button
 * only when a provider is configured; the browser goes to the provider (a local OpenID Connect
 * provider, never the internet), comes back through the callback with its state cookie, and lands
 * in the workspace of the account the identity was linked to. An unknown person is sent back to the
 * sign-in page with the reason in Kazakh.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOidcProvider } from "../../src/server/services/auth/identity-provider.ts";
import { startTestOidcProvider, type TestOidcProvider } from "../oidc-provider.ts";
import { freePort, shot, startE2E, type E2E } from "./harness.ts";

let e2e: E2E;
let idp: TestOidcProvider;
beforeAll(async () => {
  idp = await startTestOidcProvider();
  const port = await freePort();
  const redirectUri = `http://127.0.0.1:${port}/api/auth/oidc/callback`;
  const provider = createOidcProvider({
    issuer: idp.issuer,
    clientId: idp.clientId,
    clientSecret: idp.clientSecret,
    redirectUri,
    scopes: "openid email",
    matchClaim: "email",
    label: "eGov",
    allowHttp: true,
  });
  e2e = await startE2E({ port, identityProvider: { provider, redirectUri } });
}, 150_000);
afterAll(async () => {
  await e2e?.close();
  await idp?.close();
});

describe("sign-in through eGov (OpenID Connect, Chromium)", () => {
  it("an officer signs in with eGov and lands in their body's workspace; a stranger is told why not", async () => {
    const { context, page, problems } = await e2e.newPage();
    idp.nextIdentity = { sub: "egov-750101300123", email: "officer.minfin@demo.pikir.kz", email_verified: true };
    await page.goto(`${e2e.baseUrl}/sign-in`);
    const button = page.getByTestId("sign-in-oidc");
    await button.waitFor();
    expect(await button.innerText()).toContain("eGov арқылы кіру");
    await shot(page, "31-sign-in-egov");
    await button.click();
    await page.waitForURL((url) => url.pathname === "/body");
    await page.getByTestId("indicator-f").waitFor();

    await context.clearCookies();
    idp.nextIdentity = { sub: "egov-stranger", email: "stranger@example.kz", email_verified: true };
    await page.goto(`${e2e.baseUrl}/sign-in`);
    await page.getByTestId("sign-in-oidc").click();
    await page.waitForURL((url) => url.pathname === "/sign-in" && url.search.includes("identity_without_account"));
    await page.getByRole("alert").getByText("Pikir-де сізге тіркелгі ашылмаған", { exact: false }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
});
