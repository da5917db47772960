/** The one way the UI talks to the API: same-origin JSON, the session cookie, errors in the UI's language. */
import i18n from "./i18n/index.ts";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== "") params.set(k, String(v));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export async function api<T>(path: string, init: { method?: string; body?: unknown; query?: Query } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json", "x-pikir-lang": i18n.language };
  if (init.body !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(withQuery(path, init.query), {
    method: init.method ?? "GET",
    headers,
    credentials: "same-origin",
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (response.status === 204) return undefined as T;
  const data: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (data as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
    throw new ApiError(
      response.status,
      error?.code ?? `http_${response.status}`,
      error?.message ?? response.statusText,
      error?.details,
    );
  }
  return data as T;
}

/** Sends a file as the raw request body (the imports API streams it to disk; no multipart). */
export async function apiUpload<T>(path: string, file: Blob, query: Query = {}): Promise<T> {
  const response = await fetch(withQuery(path, query), {
    method: "POST",
    credentials: "same-origin",
    body: file,
    headers: { accept: "application/json", "x-pikir-lang": i18n.language, "content-type": "application/octet-stream" },
  });
  const data: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (data as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
    throw new ApiError(
      response.status,
      error?.code ?? `http_${response.status}`,
      error?.message ?? response.statusText,
      error?.details,
    );
  }
  return data as T;
}
