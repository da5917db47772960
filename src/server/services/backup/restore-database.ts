/**
 * `pikir restore`: loads a backup into an empty database at the same schema version, in one
 * transaction — a restore that fails or is killed leaves the database as empty as it was.
 */
import { createGunzip } from "node:zlib";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import type { AppContext, Executor } from "../../context.ts";
import {
  appliedMigrations,
  countRows,
  insertJsonRows,
  listTables,
  resetIdentity,
  type TableInfo,
} from "../../repositories/backup.repository.ts";
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupManifest } from "./backup-database.ts";

export class RestoreError extends Error {
  override name = "RestoreError";
}

const BATCH = 1000;

export async function restoreDatabase(
  ctx: AppContext,
  input: Readable,
  onProgress?: (done: number, total: number) => void,
): Promise<BackupManifest> {
  const lines = createInterface({ input: input.pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next().catch((error: Error) => {
    throw new RestoreError(`not a Pikir backup (${error.message})`);
  });
  const manifest = parseManifest(first.done ? "" : first.value);
  const db = ctx.database.db;
  const current = await appliedMigrations(db);
  if (JSON.stringify(current) !== JSON.stringify(manifest.migrations)) {
    throw new RestoreError(
      `the backup was taken at another schema version (${manifest.migrations.length} migrations; this database has ${current.length}). Restore with the same Pikir version.`,
    );
  }
  const total = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  await db.transaction(async (raw) => {
    const tx = raw as unknown as Executor;
    const tables = new Map((await listTables(tx)).map((t) => [t.name, t]));
    for (const t of manifest.tables) {
      if (!tables.has(t.name)) throw new RestoreError(`the backup has a table this database lacks: ${t.name}`);
      if ((await countRows(tx, t.name)) > 0)
        throw new RestoreError(
          `the database is not empty (table ${t.name} has rows): restore only into a new database`,
        );
    }
    let pending: { table: TableInfo; rows: string[] } | null = null;
    let done = 0;
    const flush = async () => {
      if (!pending || pending.rows.length === 0) return;
      await insertJsonRows(tx, pending.table, pending.rows);
      done += pending.rows.length;
      onProgress?.(done, total);
      pending.rows = [];
    };
    let lineNo = 1;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      lineNo++;
      const line = next.value;
      if (line === "") continue;
      // The table name sits in a fixed prefix, so rows are not parsed here: Postgres parses the JSON.
      const match = /^\{"t":("(?:[^"\\]|\\.)*"),"r":(.*)\}$/.exec(line);
      if (!match) throw new RestoreError(`line ${lineNo}: not a backup row`);
      const name = JSON.parse(match[1]!) as string;
      if (pending?.table.name !== name) {
        await flush();
        const table = tables.get(name);
        if (!table) throw new RestoreError(`line ${lineNo}: unknown table ${name}`);
        pending = { table, rows: [] };
      }
      pending.rows.push(match[2]!);
      if (pending.rows.length >= BATCH) await flush();
    }
    await flush();
    if (done !== total) throw new RestoreError(`the backup is truncated: ${done} of ${total} rows`);
    for (const table of tables.values()) await resetIdentity(tx, table);
  });
  return manifest;
}

function parseManifest(line: string): BackupManifest {
  let value: Partial<BackupManifest>;
  try {
    value = JSON.parse(line) as Partial<BackupManifest>;
  } catch {
    throw new RestoreError("not a Pikir backup: the first line is not a manifest");
  }
  if (value.format !== BACKUP_FORMAT) throw new RestoreError("not a Pikir backup: unknown format");
  if (value.version !== BACKUP_VERSION)
    throw new RestoreError(
      `backup format version ${String(value.version)} is not supported (expected ${BACKUP_VERSION})`,
    );
  if (!Array.isArray(value.migrations) || !Array.isArray(value.tables))
    throw new RestoreError("not a Pikir backup: incomplete manifest");
  return value as BackupManifest;
}
