/**
 * What `pikir import budget|dialog FILE` may be handed: one page saved from a browser (HTML), or a
 * snapshot of every page of one program / conference / blog written by the fetcher
 * (`{format, fetchedAt, pages: [{url, html}]}`); anything else is `null` (the older JSON export).
 */
import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { detectFile, UnreadableFileError } from "./encoding.ts";

export const BUDGET_SNAPSHOT_FORMAT = "pikir.budget.snapshot/1";
export const DIALOG_SNAPSHOT_FORMAT = "pikir.dialog.snapshot/1";

export interface PortalSnapshot {
  format: string;
  fetchedAt: string;
  pages: { url?: string | null; html: string }[];
}

const MAX_BYTES = 64 * 1024 * 1024;

export function readPortalPages(
  file: string,
  format: string,
): { encoding: string; size: number; pages: { url?: string | null; html: string }[] } | null {
  const detected = detectFile(file);
  if (detected.size > MAX_BYTES)
    throw new UnreadableFileError("portal.too_large", { size: detected.size, max: MAX_BYTES });
  const head = iconv.decode(detected.sample.subarray(detected.bomBytes), detected.encoding).trimStart();
  const isHtml = head.startsWith("<");
  const isSnapshot = head.startsWith("{") && head.slice(0, 200).includes(format);
  if (!isHtml && !isSnapshot) return null;
  const content = iconv.decode(readFileSync(file).subarray(detected.bomBytes), detected.encoding);
  if (isHtml) return { encoding: detected.encoding, size: detected.size, pages: [{ html: content }] };
  let snapshot: PortalSnapshot;
  try {
    snapshot = JSON.parse(content) as PortalSnapshot;
  } catch (error) {
    throw new UnreadableFileError("file.json", { detail: String((error as Error).message).slice(0, 160) });
  }
  if (
    !Array.isArray(snapshot.pages) ||
    !snapshot.pages.length ||
    snapshot.pages.some((p) => typeof p?.html !== "string")
  )
    throw new UnreadableFileError("file.json", { detail: "pages[] of {url, html}" });
  return { encoding: detected.encoding, size: detected.size, pages: snapshot.pages };
}
