/**
 * One anonymous GET of a recorded address, as a citizen's browser would make it: redirects
 * followed (by hand, so every hop is checked and the final address recorded), a time limit over
 * the whole exchange, and at most `maxBytes` of the body read and hashed. Never throws: every
 * outcome is evidence.
 */
import { createHash } from "node:crypto";
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { Agent, fetch, type Dispatcher, type Response as UndiciResponse } from "undici";
import {
  classifyFetchFailure,
  classifyOpenAccess,
  isPrivateHost,
  PRIVATE_ADDRESS_CODE,
  type OpenAccessReason,
} from "../../../domain/compliance/classify-open-access.ts";

export interface FetchAddressOptions {
  timeoutMs: number;
  maxBytes: number;
  /** Only for tests on 127.0.0.1: a real body's public address is never on a private network. */
  allowPrivateAddresses: boolean;
  /** The resolver behind the connect-time check (tests give one that answers without DNS). */
  resolve?: typeof dnsLookup;
}

type Resolve = typeof dnsLookup;
type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A lookup for net.connect that refuses a host whose name resolves to a private or loopback
 * address. Checking the URL's host name is not enough: an officer could record a public-looking
 * name that points into the server's own network, and DNS can change between a check and the
 * connection (rebinding) — so the addresses are checked where the socket is opened.
 */
export function publicOnlyLookup(resolve: Resolve = dnsLookup) {
  return (hostname: string, options: { all?: boolean; family?: number }, callback: LookupCallback): void => {
    resolve(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "");
      const list = addresses as LookupAddress[];
      const blocked = list.find((a) => isPrivateHost(a.address));
      if (blocked || list.length === 0) {
        return callback(
          Object.assign(new Error(`${hostname} resolves to a private address (${blocked?.address ?? "none"})`), {
            code: PRIVATE_ADDRESS_CODE,
          }),
          "",
        );
      }
      if (options.all) callback(null, list);
      else callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

const publicAgents = new Map<Resolve, Dispatcher>();
/** One connection pool per resolver: the production one is created once and reused. */
export function publicAgent(resolve: Resolve = dnsLookup): Dispatcher {
  let agent = publicAgents.get(resolve);
  if (!agent) {
    agent = new Agent({ connect: { lookup: publicOnlyLookup(resolve) as never } });
    publicAgents.set(resolve, agent);
  }
  return agent;
}

export interface AddressEvidence {
  finalUrl: string | null;
  httpStatus: number | null;
  ok: boolean;
  reason: OpenAccessReason | null;
  contentType: string | null;
  contentSha256: string | null;
  contentLength: number | null;
  truncated: boolean;
  responseMs: number;
}

const MAX_REDIRECTS = 10;
/** Enough of the body to find a sign-in form; the hash still covers everything read. */
const SNIPPET_BYTES = 256 * 1024;
const HEADERS = {
  "user-agent": "Pikir open-access check (order No. 17-NK, para. 23)",
  accept: "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8",
  "accept-language": "kk,ru;q=0.9,en;q=0.5",
};

const isWeb = (u: URL) => u.protocol === "http:" || u.protocol === "https:";

export async function fetchAddress(url: string, options: FetchAddressOptions): Promise<AddressEvidence> {
  const started = performance.now();
  const none = { contentType: null, contentSha256: null, contentLength: null, truncated: false };
  const failed = (
    reason: OpenAccessReason,
    finalUrl: string | null,
    httpStatus: number | null = null,
  ): AddressEvidence => ({
    ...none,
    finalUrl,
    httpStatus,
    ok: false,
    reason,
    responseMs: Math.round(performance.now() - started),
  });

  let current: URL;
  try {
    current = new URL(url);
  } catch {
    return failed("invalid_url", null);
  }
  if (!isWeb(current)) return failed("invalid_url", null);
  const requested = current.href;
  // One signal for all hops and the body: a slow drip of bytes cannot outlast the limit.
  const signal = AbortSignal.timeout(options.timeoutMs);
  let status: number | null = null;
  try {
    for (let hop = 0; ; hop++) {
      if (!options.allowPrivateAddresses && isPrivateHost(current.hostname))
        return failed("private_address", current.href);
      const response = await fetch(current, {
        redirect: "manual",
        signal,
        headers: HEADERS,
        ...(options.allowPrivateAddresses ? {} : { dispatcher: publicAgent(options.resolve) }),
      });
      status = response.status;
      const location = response.headers.get("location");
      if (status >= 300 && status < 400 && location && hop < MAX_REDIRECTS) {
        await response.body?.cancel().catch(() => undefined);
        const next = new URL(location, current);
        if (!isWeb(next)) return failed("invalid_url", next.href, status);
        current = next;
        continue;
      }
      const body = await readCapped(response, options.maxBytes);
      const contentType = response.headers.get("content-type");
      const verdict = classifyOpenAccess({
        url: requested,
        finalUrl: current.href,
        status,
        contentType,
        snippet: body.bytes.subarray(0, SNIPPET_BYTES).toString("utf8"),
        length: body.bytes.length,
      });
      return {
        finalUrl: current.href,
        httpStatus: status,
        ok: verdict.ok,
        reason: verdict.reason,
        contentType,
        contentSha256: createHash("sha256").update(body.bytes).digest("hex"),
        contentLength: body.bytes.length,
        truncated: body.truncated,
        responseMs: Math.round(performance.now() - started),
      };
    }
  } catch (error) {
    return failed(classifyFetchFailure(describeError(error)), current.href, status);
  }
}

async function readCapped(response: UndiciResponse, maxBytes: number): Promise<{ bytes: Buffer; truncated: boolean }> {
  if (!response.body) return { bytes: Buffer.alloc(0), truncated: false };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.byteLength;
    if (total > maxBytes) {
      // Stop reading (a multi-gigabyte file must not fill memory); the hash covers the first maxBytes.
      truncated = true;
      await reader.cancel().catch(() => undefined);
      break;
    }
  }
  const bytes = Buffer.concat(chunks);
  return { bytes: bytes.length > maxBytes ? bytes.subarray(0, maxBytes) : bytes, truncated };
}

function describeError(error: unknown): { name?: string; code?: string; causeCode?: string; causeName?: string } {
  const e = error as { name?: string; code?: string; cause?: { name?: string; code?: string } } | null;
  return { name: e?.name, code: e?.code, causeCode: e?.cause?.code, causeName: e?.cause?.name };
}
