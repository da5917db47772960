/**
 * Catalog-driven access for logical backups: every table of the public schema, in an order that
 * satisfies foreign keys, read through a cursor inside one snapshot and written back with
 * json_populate_recordset — the same SQL on PGlite and on PostgreSQL 15.
 */
import { sql } from "drizzle-orm";
import type { Executor } from "../context.ts";
import { DERIVED_TABLES } from "../db/schema-aggregates.ts";

export interface TableInfo {
  name: string;
  /** Columns generated ALWAYS AS IDENTITY: restored with OVERRIDING SYSTEM VALUE, sequences reset. */
  identityColumns: string[];
  orderBy: string[];
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function listTables(db: Executor): Promise<TableInfo[]> {
  const tables = (
    (await db.execute(sql`
    select c.relname as name,
      coalesce((select array_agg(a.attname::text order by a.attnum) from pg_attribute a
        where a.attrelid = c.oid and a.attidentity <> '' and not a.attisdropped), '{}') as "identityColumns",
      coalesce((select array_agg(a.attname::text order by array_position(i.indkey::int2[], a.attnum)) from pg_index i
        join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
        where i.indrelid = c.oid and i.indisprimary), '{}') as "orderBy"
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
    order by c.relname`)) as unknown as { rows: TableInfo[] }
  ).rows;
  const edges = (
    (await db.execute(sql`
    select child.relname as child, parent.relname as parent from pg_constraint k
    join pg_class child on child.oid = k.conrelid join pg_class parent on parent.oid = k.confrelid
    join pg_namespace n on n.oid = child.relnamespace
    where k.contype = 'f' and n.nspname = 'public' and child.oid <> parent.oid`)) as unknown as {
      rows: { child: string; parent: string }[];
    }
  ).rows;
  // Derived tables are rebuilt by their triggers as the base rows are restored.
  const derived = new Set<string>(DERIVED_TABLES);
  return sortByDependencies(
    tables.filter((t) => !derived.has(t.name)),
    edges,
  );
}

/** Parents before children (Kahn's algorithm); alphabetical among equals, so dumps are stable. */
function sortByDependencies(tables: TableInfo[], edges: { child: string; parent: string }[]): TableInfo[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const pending = new Map(
    tables.map((t) => [
      t.name,
      new Set(edges.filter((e) => e.child === t.name && byName.has(e.parent)).map((e) => e.parent)),
    ]),
  );
  const ordered: TableInfo[] = [];
  while (pending.size > 0) {
    const ready = [...pending]
      .filter(([, parents]) => parents.size === 0)
      .map(([name]) => name)
      .sort();
    if (ready.length === 0) throw new Error(`foreign keys form a cycle among: ${[...pending.keys()].join(", ")}`);
    for (const name of ready) {
      ordered.push(byName.get(name)!);
      pending.delete(name);
      for (const parents of pending.values()) parents.delete(name);
    }
  }
  return ordered;
}

/** Streams a table's rows as JSON text, in primary-key order, through a cursor (bounded memory). */
export async function* readTableRows(tx: Executor, table: TableInfo, batch = 2000): AsyncGenerator<string[]> {
  const cursor = `pikir_backup_${table.name}`;
  const order = table.orderBy.length ? `order by ${table.orderBy.map(ident).join(", ")}` : "";
  await tx.execute(
    sql.raw(
      `declare ${ident(cursor)} no scroll cursor for select row_to_json(t)::text as j from ${ident(table.name)} t ${order}`,
    ),
  );
  try {
    for (;;) {
      const rows = (
        (await tx.execute(sql.raw(`fetch forward ${batch} from ${ident(cursor)}`))) as unknown as {
          rows: { j: string }[];
        }
      ).rows;
      if (rows.length === 0) return;
      yield rows.map((r) => r.j);
    }
  } finally {
    await tx.execute(sql.raw(`close ${ident(cursor)}`));
  }
}

export async function countRows(db: Executor, table: string): Promise<number> {
  const rows = (
    (await db.execute(sql.raw(`select count(*)::int as n from ${ident(table)}`))) as unknown as {
      rows: { n: number }[];
    }
  ).rows;
  return Number(rows[0]?.n ?? 0);
}

export async function insertJsonRows(tx: Executor, table: TableInfo, jsonRows: string[]): Promise<void> {
  const overriding = table.identityColumns.length ? "overriding system value" : "";
  await tx.execute(
    sql`${sql.raw(`insert into ${ident(table.name)} ${overriding} select * from json_populate_recordset(null::${ident(table.name)}, `)}${`[${jsonRows.join(",")}]`}::json)`,
  );
}

export async function resetIdentity(tx: Executor, table: TableInfo): Promise<void> {
  for (const column of table.identityColumns) {
    await tx.execute(
      sql.raw(`select setval(pg_get_serial_sequence('${ident(table.name)}', '${column}'),
      coalesce((select max(${ident(column)}) from ${ident(table.name)}), 0) + 1, false)`),
    );
  }
}

export async function appliedMigrations(db: Executor): Promise<string[]> {
  const rows = (
    (await db.execute(sql`select hash from drizzle.__drizzle_migrations order by created_at`)) as unknown as {
      rows: { hash: string }[];
    }
  ).rows;
  return rows.map((r) => r.hash);
}
