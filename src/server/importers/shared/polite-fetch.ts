/**
 * Fetching a portal's public pages politely and safely: at most one request per `intervalMs` per
 * host (default 1 s, PIKIR_PORTAL_INTERVAL_MS), retries with exponential backoff on network errors,
 * 429 and 5xx (honouring Retry-After), conditional requests (If-None-Match / If-Modified-Since with
 * the validators of the last answer, so an unchanged page costs the portal a 304), redirects
 * followed by hand with every hop checked, and the connection made only to public addresses
 * (the open-access checker's SSRF-safe agent: the address is checked where the socket opens).
 */
import { fetch, type Dispatcher } from "undici";
import { isPrivateHost } from "../../../domain/compliance/classify-open-access.ts";
import { publicAgent } from "../../services/open-access/fetch-address.ts";

export class FetchFailedError extends Error {
  constructor(
    readonly host: string,
    readonly detail: string,
    readonly status: number | null = null,
  ) {
    super(`${host} did not give the page (${detail})`);
    this.name = "FetchFailedError";
  }
}

export interface PoliteFetchOptions {
  /** Least time between two requests to one host (default PIKIR_PORTAL_INTERVAL_MS or 1,000 ms). */
  intervalMs?: number;
  /** Retries after the first attempt (default 3). */
  retries?: number;
  /** First backoff; doubled on each retry (default 2,000 ms). */
  backoffMs?: number;
  timeoutMs?: number;
  maxBytes?: number;
  /** Only for tests on 127.0.0.1: a portal is never on a private network. */
  allowPrivateAddresses?: boolean;
  userAgent?: string;
  /** Waits (tests pass a fake clock's sleep). */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export interface FetchedPage {
  url: string;
  status: number;
  body: string;
  notModified: boolean;
  etag: string | null;
  lastModified: string | null;
}

interface Validators {
  etag: string | null;
  lastModified: string | null;
  body: string;
}

const MAX_REDIRECTS = 5;
const RETRY_AFTER_CAP_MS = 60_000;

function defaultIntervalMs(): number {
  const value = Number(process.env.PIKIR_PORTAL_INTERVAL_MS);
  return Number.isFinite(value) && value >= 0 ? value : 1_000;
}

export class PoliteFetcher {
  private readonly nextAt = new Map<string, number>();
  /** url → validators and body of its last 200 answer (a 304 hands the body back). */
  readonly validators = new Map<string, Validators>();
  private readonly o: Required<Omit<PoliteFetchOptions, "userAgent">> & { userAgent: string };
  private readonly dispatcher: Dispatcher | undefined;
  /** Requests actually sent (tests and the monitor's log). */
  requests = 0;

  constructor(options: PoliteFetchOptions = {}) {
    this.o = {
      intervalMs: options.intervalMs ?? defaultIntervalMs(),
      retries: options.retries ?? 3,
      backoffMs: options.backoffMs ?? 2_000,
      timeoutMs: options.timeoutMs ?? 30_000,
      maxBytes: options.maxBytes ?? 16 * 1024 * 1024,
      allowPrivateAddresses: options.allowPrivateAddresses ?? false,
      userAgent: options.userAgent ?? "Pikir feedback intake (order No. 17-NK); one request per second",
      sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
      now: options.now ?? Date.now,
    };
    this.dispatcher = this.o.allowPrivateAddresses ? undefined : publicAgent();
  }

  /** Waits for the host's turn: requests to one host are spaced by `intervalMs`. */
  private async turn(host: string): Promise<void> {
    const now = this.o.now();
    const at = Math.max(now, this.nextAt.get(host) ?? 0);
    this.nextAt.set(host, at + this.o.intervalMs);
    if (at > now) await this.o.sleep(at - now);
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<FetchedPage> {
    let current = new URL(url);
    for (let hop = 0; ; hop++) {
      if (current.protocol !== "https:" && current.protocol !== "http:")
        throw new FetchFailedError(current.host, `not a web address: ${current.protocol}`);
      if (!this.o.allowPrivateAddresses && isPrivateHost(current.hostname))
        throw new FetchFailedError(current.host, "private address");
      const answer = await this.attempt(current, headers);
      if (answer.redirect) {
        if (hop >= MAX_REDIRECTS) throw new FetchFailedError(current.host, "too many redirects");
        current = new URL(answer.redirect, current);
        continue;
      }
      return { ...answer.page!, url: current.href };
    }
  }

  private async attempt(
    url: URL,
    headers: Record<string, string>,
  ): Promise<{ redirect?: string; page?: Omit<FetchedPage, "url"> }> {
    const known = this.validators.get(url.href);
    const conditional: Record<string, string> = {};
    if (known?.etag) conditional["if-none-match"] = known.etag;
    if (known?.lastModified) conditional["if-modified-since"] = known.lastModified;
    let lastError = "";
    for (let attempt = 0; attempt <= this.o.retries; attempt++) {
      await this.turn(url.host);
      this.requests++;
      let retryAfterMs: number | null = null;
      try {
        const response = await fetch(url, {
          redirect: "manual",
          signal: AbortSignal.timeout(this.o.timeoutMs),
          headers: {
            "user-agent": this.o.userAgent,
            accept: "text/html,application/xhtml+xml",
            ...conditional,
            ...headers,
          },
          ...(this.dispatcher ? { dispatcher: this.dispatcher } : {}),
        });
        const location = response.headers.get("location");
        if (response.status >= 300 && response.status < 400 && response.status !== 304 && location) {
          await response.body?.cancel().catch(() => undefined);
          return { redirect: location };
        }
        if (response.status === 304 && known) {
          await response.body?.cancel().catch(() => undefined);
          return {
            page: {
              status: 304,
              body: known.body,
              notModified: true,
              etag: known.etag,
              lastModified: known.lastModified,
            },
          };
        }
        if (response.status === 429 || response.status >= 500) {
          await response.body?.cancel().catch(() => undefined);
          lastError = `HTTP ${response.status}`;
          retryAfterMs = retryAfter(response.headers.get("retry-after"), this.o.now());
        } else if (!response.ok) {
          await response.body?.cancel().catch(() => undefined);
          throw new FetchFailedError(url.host, `HTTP ${response.status}`, response.status);
        } else {
          const body = await readText(
            response.body as unknown as ReadableStream<Uint8Array> | null,
            this.o.maxBytes,
            url.host,
          );
          const etag = response.headers.get("etag");
          const lastModified = response.headers.get("last-modified");
          if (etag || lastModified) this.validators.set(url.href, { etag, lastModified, body });
          return { page: { status: response.status, body, notModified: false, etag, lastModified } };
        }
      } catch (error) {
        if (error instanceof FetchFailedError) throw error;
        const e = error as { name?: string; cause?: { code?: string } };
        lastError = e.cause?.code ?? e.name ?? "network error";
      }
      if (attempt < this.o.retries)
        await this.o.sleep(Math.min(RETRY_AFTER_CAP_MS, retryAfterMs ?? this.o.backoffMs * 2 ** attempt));
    }
    throw new FetchFailedError(url.host, `${lastError}, after ${this.o.retries + 1} attempts`);
  }
}

function retryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
}

async function readText(body: ReadableStream<Uint8Array> | null, maxBytes: number, host: string): Promise<string> {
  if (!body) return "";
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new FetchFailedError(host, `the page is larger than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
