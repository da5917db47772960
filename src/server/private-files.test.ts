/** Review 2026-12-security W13, W20: personal data on disk is for the server's user only. */
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, chmodSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "./db/client.ts";
import { closeTree, ensurePrivateDir, uploadsDir } from "./private-files.ts";

function modes(root: string): number[] {
  const found: number[] = [];
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop()!;
    found.push(statSync(dir).mode & 0o777);
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) stack.push(path.join(dir, e.name));
      else if (e.isFile()) found.push(statSync(path.join(dir, e.name)).mode & 0o777);
    }
  }
  return found;
}

describe("private files (W13, W20)", () => {
  it("W20: a new PGlite data directory has no file or directory open to group or others", async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "pikir-perm-")), "pglite");
    const database = await openDatabase({ engine: "pglite", dataDir: dir });
    await database.close();
    const open = modes(dir).filter((m) => (m & 0o077) !== 0);
    expect(open).toEqual([]);
    rmSync(path.dirname(dir), { recursive: true, force: true });
  });

  it("W13: the uploads directory is private, and a world-open one is closed before use", () => {
    expect(statSync(uploadsDir()).mode & 0o777).toBe(0o700);
    const root = mkdtempSync(path.join(tmpdir(), "pikir-perm-"));
    const shared = path.join(root, "uploads");
    mkdirSync(shared, { mode: 0o777 });
    chmodSync(shared, 0o777);
    writeFileSync(path.join(shared, "old"), "x", { mode: 0o666 });
    expect(statSync(ensurePrivateDir(shared)).mode & 0o777).toBe(0o700);
    closeTree(shared);
    expect(statSync(path.join(shared, "old")).mode & 0o777).toBe(0o600);
    rmSync(root, { recursive: true, force: true });
  });
});
