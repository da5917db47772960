/**
 * Files holding personal data (uploads, backups, the embedded database) readable and writable by
 * the server's own user only (W13, W20): other local users of the machine must not read appellants'
 * IINs from /tmp or a backup, nor corrupt the PGlite catalog.
 */
import { chmodSync, lstatSync, mkdirSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const PRIVATE_FILE_MODE = 0o600;
const PRIVATE_DIR_MODE = 0o700;

/**
 * A directory only this user can enter. A shared parent (/tmp) lets anyone create the name first,
 * so an existing directory must be ours, a real directory (not a link), and is closed to others.
 */
export function ensurePrivateDir(dir: string): string {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const stat = lstatSync(dir);
  if (!stat.isDirectory()) throw new Error(`${dir} is not a directory`);
  if (typeof process.getuid === "function" && stat.uid !== process.getuid())
    throw new Error(`${dir} belongs to another user; refusing to put private files there`);
  if ((stat.mode & 0o077) !== 0) chmodSync(dir, PRIVATE_DIR_MODE);
  return dir;
}

/** Where uploads wait for their import: one private directory per server user. */
export function uploadsDir(): string {
  const user = typeof process.getuid === "function" ? `-${process.getuid()}` : "";
  return ensurePrivateDir(path.join(tmpdir(), `pikir-uploads${user}`));
}

/** Closes a directory tree to other users (files 0600, directories 0700); links are left alone. */
export function closeTree(root: string): void {
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop()!;
    chmodSync(dir, PRIVATE_DIR_MODE);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) stack.push(full);
      else if (entry.isFile()) chmodSync(full, PRIVATE_FILE_MODE);
    }
  }
}
