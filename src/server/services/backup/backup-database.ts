/**
 * `pikir backup`: a logical, engine-neutral backup — gzip'd JSON lines, a manifest first, then one
 * line per row — taken from one consistent snapshot (repeatable read), streamed so memory stays
 * flat however large the tables are. A PGlite backup restores into PostgreSQL and back.
 */
import { createGzip } from "node:zlib";
import { once } from "node:events";
import type { Writable } from "node:stream";
import type { AppContext, Executor } from "../../context.ts";
import { appliedMigrations, countRows, listTables, readTableRows } from "../../repositories/backup.repository.ts";

export const BACKUP_FORMAT = "pikir-backup";
export const BACKUP_VERSION = 1;

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  engine: string;
  /** Hashes of the applied migrations: a backup restores only into the same schema. */
  migrations: string[];
  tables: { name: string; rows: number }[];
}

export async function backupDatabase(
  ctx: AppContext,
  output: Writable,
  onProgress?: (done: number, total: number) => void,
): Promise<BackupManifest> {
  const gzip = createGzip();
  const piped = gzip.pipe(output);
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, "drain");
  };
  const manifest = await ctx.database.db.transaction(
    async (raw) => {
      const tx = raw as unknown as Executor;
      const tables = await listTables(tx);
      const counts = await Promise.all(tables.map(async (t) => ({ name: t.name, rows: await countRows(tx, t.name) })));
      const manifest: BackupManifest = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: new Date().toISOString(),
        engine: ctx.database.engine,
        migrations: await appliedMigrations(tx),
        tables: counts,
      };
      await write(JSON.stringify(manifest));
      const total = counts.reduce((sum, t) => sum + t.rows, 0);
      let done = 0;
      for (const table of tables) {
        const prefix = `{"t":${JSON.stringify(table.name)},"r":`;
        for await (const batch of readTableRows(tx, table)) {
          for (const row of batch) await write(`${prefix}${row}}`);
          done += batch.length;
          onProgress?.(done, total);
        }
      }
      return manifest;
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
  gzip.end();
  await once(piped, "finish");
  return manifest;
}
