/**
 * The yearly partitions of feedback_items (migration 0012): which exist, how many rows each holds,
 * and making the ones that are missing. Rows of a year that had no partition wait in the default
 * partition and move into their year's partition when it is made.
 */
import { sql } from "drizzle-orm";
import type { Executor } from "../context.ts";

export interface FeedbackPartition {
  name: string;
  rows: number;
  isDefault: boolean;
}

/** Makes each year's partition that does not exist yet; returns the years it made. */
export async function ensureFeedbackYears(db: Executor, years: number[]): Promise<number[]> {
  const made: number[] = [];
  for (const year of years) {
    const rows = (
      (await db.execute(sql`select pikir_ensure_feedback_year(${year}::int) as made`)) as unknown as {
        rows: { made: boolean }[];
      }
    ).rows;
    if (rows[0]?.made) made.push(year);
  }
  return made;
}

/** Every partition with its row count (estimated from statistics above 100,000 rows: this is a report, not a figure). */
export async function listFeedbackPartitions(db: Executor): Promise<FeedbackPartition[]> {
  const rows = (
    (await db.execute(sql`
    select c.relname as name, pg_get_expr(c.relpartbound, c.oid) = 'DEFAULT' as "isDefault",
      case when c.reltuples > 100000 then c.reltuples::bigint
        else (xpath('/row/n/text()', query_to_xml(format('select count(*) as n from %I', c.relname), false, true, '')))[1]::text::bigint end as rows
    from pg_inherits i join pg_class c on c.oid = i.inhrelid
    where i.inhparent = 'feedback_items'::regclass
    order by c.relname`)) as unknown as { rows: { name: string; isDefault: boolean; rows: number | string }[] }
  ).rows;
  return rows.map((r) => ({ name: r.name, isDefault: r.isDefault, rows: Number(r.rows) }));
}
