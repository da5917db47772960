/**
 * Synthetic items generated in SQL for the benchmarks, written the way the schema requires since
 * migration 0012: each row's key registered in feedback_keys (which gives the id), then the item in
 * its year's partition, in one statement. `columns` computes each item's fields from `g`, the row
 * number of generate_series(from, to).
 */
import { sql, type SQL } from "drizzle-orm";
import type { Database } from "../../src/server/db/client.ts";

export interface SyntheticColumns {
  bodyId: SQL;
  channel: SQL;
  kind: SQL;
  text: SQL;
  lang: SQL;
  receivedAt: SQL;
  source: string;
}

export async function insertSyntheticItems(
  database: Database,
  from: number,
  to: number,
  c: SyntheticColumns,
): Promise<void> {
  await database.db.execute(sql`
    with g as (select g from generate_series(${from}::bigint, ${to}::bigint) g),
    k as (
      insert into feedback_keys (source, source_ref, received_at)
      select ${c.source}, g::text, ${c.receivedAt} from g
      returning id, source_ref::bigint as g, received_at
    )
    insert into feedback_items (id, body_id, channel, kind, text, lang, received_at, source, source_ref)
    select k.id, ${c.bodyId}, ${c.channel}, ${c.kind}, ${c.text}, ${c.lang}, k.received_at, ${c.source}, k.g::text from k`);
}

/** Removes synthetic items by source (their keys, and with them the items and what hangs on them). */
export async function deleteSyntheticItems(database: Database, source: string, where: SQL = sql`true`): Promise<void> {
  await database.db.execute(sql`delete from feedback_keys where source = ${source} and ${where}`);
}
