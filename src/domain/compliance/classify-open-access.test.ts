import { describe, expect, it } from "vitest";
import {
  classifyFetchFailure,
  classifyOpenAccess,
  isLoginUrl,
  isPrivateHost,
  type FetchObservation,
} from "./classify-open-access.ts";

const URL_ = "https://legalacts.egov.kz/npa/view?id=15";
const page = (o: Partial<FetchObservation>): FetchObservation => ({
  url: URL_,
  finalUrl: URL_,
  status: 200,
  contentType: "text/html; charset=utf-8",
  snippet: "<html><body><h1>Жоба</h1><p>Мәтін</p></body></html>",
  length: 52,
  ...o,
});

describe("§23 open access: one fetch → ok or a reason", () => {
  // §23: "not in open access" zeroes F, so only what an anonymous citizen can read counts as open.
  it.each([
    { name: "a public HTML page", o: {}, expected: null },
    {
      name: "a PDF after a redirect to a CDN",
      o: {
        finalUrl: "https://cdn.egov.kz/files/15.pdf",
        contentType: "application/pdf",
        snippet: "%PDF-1.7",
        length: 48_000,
      },
      expected: null,
    },
    { name: "any 2xx (203)", o: { status: 203 }, expected: null },
    {
      name: "a recorded address with 'auth' in its own path, public content",
      o: { url: "https://x.kz/authors/1", finalUrl: "https://x.kz/authors/1" },
      expected: null,
    },
    {
      name: "a page about authority (no sign-in host label)",
      o: { finalUrl: "https://authority.gov.kz/docs" },
      expected: null,
    },
    {
      name: "a JSON document",
      o: { contentType: "application/json", snippet: '{"id":15}', length: 9 },
      expected: null,
    },
    { name: "404 after redirects", o: { status: 404 }, expected: "http_status" },
    { name: "500", o: { status: 500 }, expected: "http_status" },
    { name: "a redirect left unfollowed (3xx)", o: { status: 302 }, expected: "http_status" },
    { name: "401 asks for credentials", o: { status: 401 }, expected: "login_required" },
    { name: "407 proxy credentials", o: { status: 407 }, expected: "login_required" },
    {
      name: "redirected to /login",
      o: { finalUrl: "https://legalacts.egov.kz/login?next=%2Fnpa" },
      expected: "login_required",
    },
    {
      name: "redirected to the e-government IdP",
      o: { finalUrl: "https://idp.egov.kz/idp/sign-in" },
      expected: "login_required",
    },
    {
      name: "redirected to an OAuth authorize endpoint",
      o: { finalUrl: "https://x.kz/oauth2/authorize?client_id=1" },
      expected: "login_required",
    },
    {
      name: "a page with a password field",
      o: { snippet: '<form><input name=u><input type="password" name=p></form>' },
      expected: "login_required",
    },
    { name: "a password field, unquoted type", o: { snippet: "<INPUT TYPE=password>" }, expected: "login_required" },
    { name: "no body at all", o: { snippet: "", length: 0 }, expected: "empty" },
    { name: "204 No Content", o: { status: 204, snippet: "", length: 0 }, expected: "empty" },
    { name: "whitespace only", o: { snippet: "  \n\t ", length: 5 }, expected: "empty" },
  ])("$name → $expected", ({ o, expected }) => {
    const verdict = classifyOpenAccess(page(o));
    expect(verdict.reason).toBe(expected);
    expect(verdict.ok).toBe(expected === null);
  });

  it("does not take a PDF's bytes for a sign-in form", () => {
    expect(
      classifyOpenAccess(page({ contentType: "application/pdf", snippet: "%PDF <input type=password>", length: 900 }))
        .ok,
    ).toBe(true);
  });

  it.each([
    { error: { name: "TimeoutError" }, expected: "timeout" },
    { error: { name: "TypeError", causeName: "TimeoutError" }, expected: "timeout" },
    { error: { name: "TypeError", causeCode: "ENOTFOUND" }, expected: "dns" },
    { error: { name: "TypeError", causeCode: "EAI_AGAIN" }, expected: "dns" },
    { error: { name: "TypeError", causeCode: "ECONNREFUSED" }, expected: "network" },
    { error: { name: "TypeError", causeCode: "UND_ERR_CONNECT_TIMEOUT" }, expected: "timeout" },
    { error: { name: "TypeError", causeCode: "CERT_HAS_EXPIRED" }, expected: "tls" },
    { error: { name: "TypeError", causeCode: "UNABLE_TO_VERIFY_LEAF_SIGNATURE" }, expected: "tls" },
    { error: { name: "TypeError" }, expected: "network" },
    { error: { name: "TypeError", causeCode: "EPIKIR_PRIVATE_ADDRESS" }, expected: "private_address" },
  ])("a failed fetch $error → $expected", ({ error, expected }) => {
    expect(classifyFetchFailure(error)).toBe(expected);
  });

  it.each([
    ["https://legalacts.egov.kz/login", true],
    ["https://sso.gov.kz/", true],
    ["https://x.kz/account/login?r=1", true],
    ["https://x.kz/authors", false],
    ["https://budget.egov.kz/budgetprogram/view", false],
    ["not a url", false],
  ])("isLoginUrl(%s) = %s", (url, expected) => expect(isLoginUrl(url)).toBe(expected));

  it.each([
    ["127.0.0.1", true],
    ["10.1.2.3", true],
    ["172.20.0.1", true],
    ["192.168.1.1", true],
    ["169.254.169.254", true],
    ["localhost", true],
    ["[::1]", true],
    ["::ffff:7f00:1", true],
    ["fd12:3456::1", true],
    ["8.8.8.8", false],
    ["172.32.0.1", false],
    ["legalacts.egov.kz", false],
    ["2a00:1450::1", false],
    // Security review 2026-12, W18: ranges the first list missed, as the URL parser writes them.
    ["198.18.0.1", true],
    ["198.19.255.1", true],
    ["192.0.0.1", true],
    ["224.0.0.1", true],
    ["255.255.255.255", true],
    ["[64:ff9b::7f00:1]", true],
    ["[::7f00:1]", true],
    ["[::127.0.0.1]", true],
    ["[fec0::1]", true],
    ["[2002:a00:1::]", true],
    ["[::ffff:a00:1]", true],
    ["[::]", true],
    ["[ff02::1]", true],
    ["[64:ff9b::808:808]", false],
    ["198.20.0.1", false],
    ["192.0.1.1", false],
  ])("isPrivateHost(%s) = %s", (host, expected) => expect(isPrivateHost(host)).toBe(expected));
});
