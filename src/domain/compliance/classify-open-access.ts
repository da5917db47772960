/**
 * §23: F is zeroed where drafts, budget-program reports or results "were not in open access".
 * Pikir reads "open access" as what an anonymous citizen gets at the recorded address: a 2xx answer
 * after redirects, that is not a sign-in page, with something in it. This file turns one fetch's
 * observable facts into ok / a reason; the fetching itself lives in services/open-access.
 */

/** Why an address was not in open access. Stored in open_access_checks.reason; translated by the UI. */
export const OPEN_ACCESS_REASONS = [
  "invalid_url", // not an http(s) address at all
  "private_address", // loopback or private network: no citizen can reach it
  "dns", // the host name does not resolve
  "network", // refused, reset, too many redirects
  "tls", // the certificate is not trusted
  "timeout", // no complete answer within the time limit
  "http_status", // a final status other than 2xx
  "login_required", // a sign-in page, or 401/407
  "empty", // 2xx with nothing in it
] as const;
export type OpenAccessReason = (typeof OPEN_ACCESS_REASONS)[number];

export type OpenAccessVerdict = { ok: true; reason: null } | { ok: false; reason: OpenAccessReason };

export interface FetchObservation {
  /** The address as recorded. */
  url: string;
  /** Where redirects ended (equal to url when there were none). */
  finalUrl: string;
  status: number;
  contentType: string | null;
  /** The start of the body as text (enough to see a sign-in form). */
  snippet: string;
  /** Bytes of body read. */
  length: number;
}

const OK: OpenAccessVerdict = { ok: true, reason: null };
const fail = (reason: OpenAccessReason): OpenAccessVerdict => ({ ok: false, reason });

// Identity providers and sign-in paths, as whole host labels or path segments, so that
// "/authors/..." or "authority.gov.kz" are not mistaken for a sign-in page.
const LOGIN_HOST = /(^|\.)(idp|sso|auth|login|signin|passport|accounts?)\./i;
const LOGIN_PATH =
  /\/(login|logon|log-in|signin|sign-in|sign_in|auth|authorize|authenticate|oauth2?|sso|idp|saml2?|cas|account\/login)(?=[/?#.;]|$)/i;
const PASSWORD_FIELD = /<input\b[^>]*\btype\s*=\s*["']?password\b/i;

/** True when the address looks like a sign-in or identity-provider page. */
export function isLoginUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return LOGIN_HOST.test(`${parsed.hostname}.`) || LOGIN_PATH.test(parsed.pathname);
  } catch {
    return false;
  }
}

const isHtml = (contentType: string | null) => !contentType || /html|xml/i.test(contentType);

export function classifyOpenAccess(o: FetchObservation): OpenAccessVerdict {
  // A server that asks for credentials is not open, whatever else it sends.
  if (o.status === 401 || o.status === 407) return fail("login_required");
  if (o.status < 200 || o.status > 299) return fail("http_status");
  // Only a redirect onto a sign-in address counts: a recorded address that merely contains
  // "auth" in its own path is judged by its content.
  if (o.finalUrl !== o.url && isLoginUrl(o.finalUrl)) return fail("login_required");
  if (isHtml(o.contentType) && PASSWORD_FIELD.test(o.snippet)) return fail("login_required");
  // Whitespace alone is as empty as nothing (a placeholder a CMS serves for a deleted page).
  if (o.length === 0 || (o.length < 1024 && o.snippet.trim() === "")) return fail("empty");
  return OK;
}

/** What a failed fetch (no HTTP answer) means, from the error's name and its cause's code. */
/** The error code of a connection refused because its host name resolved to a private address. */
export const PRIVATE_ADDRESS_CODE = "EPIKIR_PRIVATE_ADDRESS";

export function classifyFetchFailure(error: {
  name?: string;
  code?: string;
  causeCode?: string;
  causeName?: string;
}): OpenAccessReason {
  const names = [error.name, error.causeName];
  if (names.includes("TimeoutError") || names.includes("AbortError")) return "timeout";
  const code = error.causeCode ?? error.code ?? "";
  // Raised by the connect-time lookup when a public-looking name resolves to a private address.
  if (code === PRIVATE_ADDRESS_CODE) return "private_address";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EAI_NONAME" || code === "EAI_NODATA") return "dns";
  if (
    code === "UND_ERR_CONNECT_TIMEOUT" ||
    code === "UND_ERR_HEADERS_TIMEOUT" ||
    code === "UND_ERR_BODY_TIMEOUT" ||
    code === "ETIMEDOUT"
  )
    return "timeout";
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/i.test(code)) return "tls";
  return "network";
}

/**
 * Addresses that are not the public internet (IPv4 and IPv6 literals) and localhost: loopback,
 * private, shared (CGNAT), link-local, unspecified, benchmarking (198.18/15), IETF protocol
 * (192.0.0/24), multicast and reserved ranges; in IPv6 also site-local (fec0::/10),
 * and every form that embeds an IPv4 address (mapped ::ffff:0:0/96, compatible ::/96, NAT64
 * 64:ff9b::/96 and 64:ff9b:1::/48, 6to4 2002::/16), judged by the embedded address (W18).
 */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost") || host.endsWith(".local")) return true;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (v4) return isPrivateV4(Number(v4[1]), Number(v4[2]), Number(v4[3]));
  if (host.includes(":")) {
    const h = expandIpv6(host);
    if (!h) return true; // not an address we can read: refuse rather than guess
    const v4At = (i: number) => isPrivateV4(h[i]! >> 8, h[i]! & 255, h[i + 1]! >> 8);
    if (h.slice(0, 5).every((x) => x === 0) && (h[5] === 0 || h[5] === 0xffff))
      return h[5] === 0 && h[6] === 0 ? true : v4At(6); // ::, ::1, ::a.b.c.d, ::ffff:a.b.c.d
    if (h[0] === 0x64 && h[1] === 0xff9b && (h[2] === 0 || h[2] === 1)) return v4At(6);
    if (h[0] === 0x2002) return v4At(1);
    if (h[0]! >= 0xfc00 && h[0]! <= 0xfdff) return true; // unique local
    if (h[0]! >= 0xfe80 && h[0]! <= 0xfeff) return true; // link-local fe80::/10 and site-local fec0::/10
    if (h[0]! >= 0xff00) return true; // multicast
    if (h[0] === 0x0100 && h[1] === 0 && h[2] === 0 && h[3] === 0) return true; // discard-only 100::/64
    return false;
  }
  return false;
}

function isPrivateV4(a: number, b: number, c: number): boolean {
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 192 && b === 0 && c === 0) ||
    (a === 198 && (b === 18 || b === 19)) ||
    a >= 224
  );
}

/** The eight 16-bit groups of an IPv6 literal (with a dotted IPv4 tail allowed), or null. */
function expandIpv6(host: string): number[] | null {
  let text = host.split("%")[0]!;
  const tail = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (tail) {
    const [a, b, c, d] = tail.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, tail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const part = (p: string) => (p ? p.split(":") : []);
  const [head, rest] = [part(halves[0]!), halves.length === 2 ? part(halves[1]!) : []];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...rest];
  if (groups.some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.map((g) => parseInt(g, 16));
}
