/**
 * What `pikir import legalacts FILE` may be handed: one saved page of the portal (HTML, as a browser
 * saves it), a snapshot of every page of one draft written by the fetcher (fetch-legalacts.ts), or
 * the older JSON export shape (kept for files made before issue 17; `null` here).
 */
import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { detectFile, UnreadableFileError } from "../shared/encoding.ts";
import { pageKindOf, type LegalactsPage } from "./convert-legalacts-pages.ts";

export const SNAPSHOT_FORMAT = "pikir.legalacts.snapshot/1";

export interface LegalactsSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  fetchedAt: string;
  draftId: string;
  pages: LegalactsPage[];
}

/** Pages larger than this are not a portal page (the real ones are about 0.6 MB each). */
const MAX_BYTES = 64 * 1024 * 1024;

export function readLegalactsPages(file: string): { encoding: string; size: number; pages: LegalactsPage[] } | null {
  const detected = detectFile(file);
  if (detected.size > MAX_BYTES)
    throw new UnreadableFileError("legalacts.too_large", { size: detected.size, max: MAX_BYTES });
  const head = iconv.decode(detected.sample.subarray(detected.bomBytes), detected.encoding).trimStart();
  const isHtml = head.startsWith("<");
  const isSnapshot = head.startsWith("{") && head.slice(0, 200).includes(SNAPSHOT_FORMAT);
  if (!isHtml && !isSnapshot) return null;
  const content = iconv.decode(readFileSync(file).subarray(detected.bomBytes), detected.encoding);
  if (isHtml) {
    // A saved page says which tab and page it is only in its address, which a saved file no longer
    // has: it is read as the default tab (6, «Комментарий»), page 1.
    return { encoding: detected.encoding, size: detected.size, pages: [{ kind: pageKindOf(content), html: content }] };
  }
  let snapshot: LegalactsSnapshot;
  try {
    snapshot = JSON.parse(content) as LegalactsSnapshot;
  } catch (error) {
    throw new UnreadableFileError("file.json", { detail: String((error as Error).message).slice(0, 160) });
  }
  if (
    !Array.isArray(snapshot.pages) ||
    snapshot.pages.some((p) => typeof p?.html !== "string" || !["card", "history", "report"].includes(p.kind))
  ) {
    throw new UnreadableFileError("file.json", { detail: "pages[] of {kind: card|history|report, html}" });
  }
  return { encoding: detected.encoding, size: detected.size, pages: snapshot.pages };
}
