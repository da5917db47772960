/**
 * The St Petersburg city-portal appeals (github.com/Timmy-Max/Appeals-to-Housing-and-Communal-Services
 * at commit f639e6e0, one JSON page per appeal), read from a fetched snapshot (PIKIR_SPB_APPEALS_GIT,
 * default /work/.mirror/Timmy-Max+Appeals-to-Housing-and-Communal-Services/repo) by the recipe in
 * ../shared/data/spb-appeals/README.md. No licence: evaluation only, nothing trained on it ships.
 * Used to measure the quarter's topic clustering against the portal's own categories and reasons.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export interface SpbAppeal {
  id: string;
  /** The citizen's text with the portal's «XXXX» masks removed. */
  text: string;
  /** The day the appeal was sent (yyyy-mm-dd). */
  date: string;
  category: string;
  reason: string;
}

interface Page {
  id: number;
  reason?: { name?: string; category?: { name?: string } };
  feed?: { widget?: string; payload?: { dt?: string; body?: { text?: string }[] } }[];
}

export function loadSpbAppeals(): SpbAppeal[] | null {
  const git =
    process.env.PIKIR_SPB_APPEALS_GIT ?? "/work/.mirror/Timmy-Max+Appeals-to-Housing-and-Communal-Services/repo";
  if (!existsSync(git)) return null;
  // Every blob of the snapshot in pack order (the raw pages exist only at f639e6e0): reading them
  // path by path resolves each delta chain again and takes minutes; this takes seconds.
  let blob: Buffer;
  try {
    blob = execFileSync(
      "git",
      [
        "--git-dir",
        git,
        "-c",
        "core.deltaBaseCacheLimit=2g",
        "cat-file",
        "--batch-all-objects",
        "--unordered",
        "--batch",
      ],
      { maxBuffer: 1_500_000_000 },
    );
  } catch {
    return null;
  }
  const seen = new Set<string>();
  const out: SpbAppeal[] = [];
  let at = 0;
  while (at < blob.length) {
    const eol = blob.indexOf(10, at);
    const header = blob.toString("utf8", at, eol).split(" ");
    const size = Number(header[2]);
    const body = blob.toString("utf8", eol + 1, eol + 1 + size);
    at = eol + 1 + size + 1;
    if (header[1] !== "blob" || !body.startsWith('{"id":') || !body.includes("public.petition")) continue;
    let page: Page;
    try {
      page = JSON.parse(body) as Page;
    } catch {
      continue;
    }
    const petition = page.feed?.find((f) => f.widget === "public.petition");
    const text = (petition?.payload?.body ?? [])
      .map((b) => b.text ?? "")
      .join("")
      .replace(/(?<!\p{L})X+(?!\p{L})/gu, " ")
      .replace(/\s+/g, " ")
      .trim();
    const category = page.reason?.category?.name;
    const reason = page.reason?.name;
    if (!text || !category || !reason || !petition?.payload?.dt || seen.has(String(page.id))) continue;
    seen.add(String(page.id));
    out.push({ id: String(page.id), text, date: petition.payload.dt.slice(0, 10), category, reason });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}
