/**
 * The set-wise SQL of the import path: one statement upserts a whole batch of items by
 * (source, source_ref), records the previous values of the items it changes, and reports which rows
 * were added, updated, or belong to another body (those are left alone).
 */
import { and, eq, inArray, or, sql } from "drizzle-orm";
import { dialogueEvents, dialogueSurveyOptions, initiatives, socialAccounts } from "../db/index.ts";
import type { Executor } from "../context.ts";
import { AppError } from "../errors.ts";
import { copyIntoTransaction } from "../db/client.ts";
import { discussionHasEnded } from "../../domain/compliance/discussion-window.ts";
import { kazakhstanDate } from "../../domain/time/kazakhstan-time.ts";

export interface ItemRowJson {
  source: string;
  source_ref: string;
  channel: string;
  kind: string;
  text: string;
  lang: string;
  received_at: string;
  author_ref: string | null;
  social_account_id: string | null;
  clause_ref: string | null;
  initiative_id: string | null;
  metadata: Record<string, unknown>;
}

export interface UpsertedRow {
  id: number;
  source: string;
  sourceRef: string;
  inserted: boolean;
  foreign: boolean;
}

// The fields whose change is an update (and goes into the history); kind only while the source set it.
const CHANGED = sql.raw(`(e.text, e.received_at, e.clause_ref, e.initiative_id, e.social_account_id, e.metadata)
  is distinct from (e.new_text, e.new_received_at, e.new_clause_ref, e.new_initiative_id, e.new_social_account_id, e.new_metadata)
  or (e.kind_origin = 'source' and e.kind <> e.new_kind)`);

/**
 * A bulk import's transactions commit without waiting for their WAL to reach the disk (issue 12:
 * one wait per batch, and the labels' commits beside them). Safe for resuming: on a server crash
 * the lost commits are the last ones, whole and in commit order (the WAL is written in order), and
 * each batch's checkpoint commits with its rows, so the resumed import starts after the last batch
 * that survived — nothing twice, nothing missing. A killed importer process loses nothing extra:
 * the server has the commits. Only this transaction is affected (`set_config(…, true)`).
 */
export async function commitWithoutFlushWait(tx: Executor): Promise<void> {
  await tx.execute(sql`select set_config('synchronous_commit', 'off', true)`);
}

export async function upsertItemBatch(
  tx: Executor,
  bodyId: string,
  runId: string | null,
  rows: ItemRowJson[],
): Promise<UpsertedRow[]> {
  if (rows.length === 0) return [];
  await stageItemBatch(tx, rows);
  const result = await tx.execute(upsertItemBatchSql(bodyId, runId));
  const out = (
    result as unknown as {
      rows: { id: number | string; source: string; source_ref: string; inserted: boolean; foreign: boolean }[];
    }
  ).rows;
  return out.map((r) => ({
    id: Number(r.id),
    source: r.source,
    sourceRef: r.source_ref,
    inserted: r.inserted,
    foreign: r.foreign,
  }));
}

const STAGE_COLUMNS =
  "source, source_ref, channel, kind, text, lang, received_at, author_ref, social_account_id, clause_ref, initiative_id, metadata";

/** COPY text escapes: backslash, tab, newline and carriage return; \N is null. */
function copyField(value: string | null): string {
  if (value === null) return "\\N";
  return value.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}

/**
 * COPYs a batch into this connection's temporary staging table, inside the batch's transaction
 * (issue 12: COPY instead of one JSON parameter). The table is made once per connection and empties
 * itself at every commit (`on commit delete rows`), so a rolled-back or killed batch leaves nothing
 * behind and the next batch starts from an empty stage; a batch is always a top-level transaction.
 */
async function stageItemBatch(tx: Executor, rows: ItemRowJson[]): Promise<void> {
  const [made] = (
    (await tx.execute(sql`select to_regclass('pg_temp.import_items_stage') is not null as made`)) as unknown as {
      rows: { made: boolean }[];
    }
  ).rows;
  if (!made?.made)
    await tx.execute(sql`
      create temporary table import_items_stage (
        source text, source_ref text, channel channel, kind item_kind, text text, lang item_lang, received_at timestamptz,
        author_ref text, social_account_id uuid, clause_ref text, initiative_id uuid, metadata jsonb
      ) on commit delete rows`);
  const lines: string[] = [];
  for (const r of rows)
    lines.push(
      [
        r.source,
        r.source_ref,
        r.channel,
        r.kind,
        r.text,
        r.lang,
        r.received_at,
        r.author_ref,
        r.social_account_id,
        r.clause_ref,
        r.initiative_id,
        JSON.stringify(r.metadata ?? {}),
      ]
        .map(copyField)
        .join("\t"),
    );
  await copyIntoTransaction(tx, `COPY import_items_stage (${STAGE_COLUMNS}) FROM STDIN`, `${lines.join("\n")}\n`);
}

/**
 * The batch upsert as one statement over the staged batch (exported so a benchmark can EXPLAIN
 * it). Items are partitioned by year, so their source keys live in the feedback_keys registry: new
 * keys are registered first (`on conflict do nothing`) and their items inserted; an existing key
 * leads to its item by primary key (id, received_at), which is updated where something changed
 * (moving to another year's partition if received_at did; a trigger of migration 0012 moves the
 * key's received_at with it).
 */
function upsertItemBatchSql(bodyId: string, runId: string | null) {
  return sql`
    with incoming as (select * from import_items_stage),
    existing as (
      select f.*, i.kind as new_kind, i.text as new_text, i.received_at as new_received_at, i.clause_ref as new_clause_ref,
        i.initiative_id as new_initiative_id, i.social_account_id as new_social_account_id, i.metadata as new_metadata,
        i.author_ref as new_author_ref
      from incoming i
      join feedback_keys k on k.source = i.source and k.source_ref = i.source_ref
      join feedback_items f on f.id = k.id and f.received_at = k.received_at
    ),
    changed as (
      select * from existing e where e.body_id = ${bodyId}::uuid and (${CHANGED})
    ),
    history as (
      insert into feedback_item_history (item_id, run_id, before, after)
      select e.id, ${runId}::uuid,
        jsonb_build_object('text', e.text, 'kind', e.kind, 'receivedAt', e.received_at, 'clauseRef', e.clause_ref,
          'initiativeId', e.initiative_id, 'socialAccountId', e.social_account_id, 'metadata', e.metadata),
        jsonb_build_object('text', e.new_text, 'kind', case when e.kind_origin = 'source' then e.new_kind else e.kind end, 'receivedAt', e.new_received_at,
          'clauseRef', e.new_clause_ref, 'initiativeId', e.new_initiative_id, 'socialAccountId', e.new_social_account_id, 'metadata', e.new_metadata)
      from changed e
      returning item_id
    ),
    updated as (
      update feedback_items f set
        text = e.new_text, received_at = e.new_received_at, clause_ref = e.new_clause_ref, initiative_id = e.new_initiative_id,
        social_account_id = e.new_social_account_id, metadata = e.new_metadata, author_ref = e.new_author_ref,
        kind = case when f.kind_origin = 'source' then e.new_kind else f.kind end, updated_at = now()
      from changed e where f.id = e.id and f.received_at = e.received_at
      returning f.id, f.source, f.source_ref, f.received_at
    ),
    new_keys as (
      insert into feedback_keys (source, source_ref, received_at)
      select i.source, i.source_ref, i.received_at from incoming i
      on conflict (source, source_ref) do nothing
      returning id, source, source_ref
    ),
    inserted as (
      insert into feedback_items (id, body_id, channel, kind, text, lang, received_at, source, source_ref, author_ref, social_account_id, clause_ref, initiative_id, metadata)
      select k.id, ${bodyId}::uuid, i.channel, i.kind, i.text, i.lang, i.received_at, i.source, i.source_ref, i.author_ref, i.social_account_id, i.clause_ref, i.initiative_id, i.metadata
      from new_keys k join incoming i on i.source = k.source and i.source_ref = k.source_ref
      returning id, source, source_ref
    )
    select id, source, source_ref, true as inserted, false as foreign from inserted
    union all
    select id, source, source_ref, false, false from updated
    union all
    select e.id, e.source, e.source_ref, false, true from existing e where e.body_id <> ${bodyId}::uuid`;
}

export interface PersonalRowJson {
  source: string;
  source_ref: string;
  full_name: string | null;
  iin: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
}

export async function upsertPersonalData(tx: Executor, bodyId: string, rows: PersonalRowJson[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.execute(sql`
    insert into feedback_personal_data as p (item_id, full_name, iin, phone, email, address)
    select f.id, x.full_name, x.iin, x.phone, x.email, x.address
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(source text, source_ref text, full_name text, iin text, phone text, email text, address text)
    join feedback_keys k on k.source = x.source and k.source_ref = x.source_ref
    join feedback_items f on f.id = k.id and f.received_at = k.received_at and f.body_id = ${bodyId}::uuid
    on conflict (item_id) do update set full_name = excluded.full_name, iin = excluded.iin, phone = excluded.phone,
      email = excluded.email, address = excluded.address, updated_at = now()
    where (p.full_name, p.iin, p.phone, p.email, p.address) is distinct from (excluded.full_name, excluded.iin, excluded.phone, excluded.email, excluded.address)`);
}

export async function findItemsByRefs(
  db: Executor,
  bodyId: string,
  keys: { source: string; sourceRef: string }[],
): Promise<Map<string, { id: number; kind: string }>> {
  if (keys.length === 0) return new Map();
  const rows = (
    (await db.execute(sql`
    select f.id, f.kind, f.source, f.source_ref from jsonb_to_recordset(${JSON.stringify(keys.map((k) => ({ source: k.source, source_ref: k.sourceRef })))}::jsonb) as x(source text, source_ref text)
    join feedback_keys k on k.source = x.source and k.source_ref = x.source_ref
    join feedback_items f on f.id = k.id and f.received_at = k.received_at and f.body_id = ${bodyId}::uuid`)) as unknown as {
      rows: { id: number | string; kind: string; source: string; source_ref: string }[];
    }
  ).rows;
  return new Map(rows.map((r) => [`${r.source}\n${r.source_ref}`, { id: Number(r.id), kind: r.kind }]));
}

export interface InitiativeUpsert {
  source: string;
  sourceRef: string;
  kind: "draft_legal_act" | "draft_budget_program" | "budget_report" | "project" | "initiative";
  titleKk: string | null;
  titleRu: string | null;
  startsOn: string | null;
  endsOn: string | null;
  url: string | null;
  summary: string | null;
  portalFacts?: Record<string, unknown> | null;
}

/** The portal facts an initiative holds now (to audit what a new read of its card changed). */
export async function findInitiativePortalFacts(
  tx: Executor,
  source: string,
  sourceRef: string,
): Promise<Record<string, unknown> | null> {
  const [row] = await tx
    .select({ facts: initiatives.portalFacts })
    .from(initiatives)
    .where(and(eq(initiatives.source, source), eq(initiatives.sourceRef, sourceRef)));
  return row?.facts ?? null;
}

/** Inserts or refreshes an initiative by (source, source_ref); returns its id and whether it was new. */
export async function upsertInitiative(
  tx: Executor,
  bodyId: string,
  v: InitiativeUpsert,
): Promise<{ id: string; inserted: boolean; bodyId: string }> {
  const [row] = await tx
    .insert(initiatives)
    .values({
      bodyId,
      kind: v.kind,
      // §5: a draft imported after its discussion's last day is already closed (discussion-window.ts).
      status: discussionHasEnded("in_discussion", v.endsOn, kazakhstanDate()) ? "discussion_closed" : "in_discussion",
      titleKk: v.titleKk,
      titleRu: v.titleRu,
      discussionStartsOn: v.startsOn,
      discussionEndsOn: v.endsOn,
      portalUrl: v.url,
      summary: v.summary,
      source: v.source,
      sourceRef: v.sourceRef,
      portalFacts: v.portalFacts ?? null,
    })
    .onConflictDoUpdate({
      target: [initiatives.source, initiatives.sourceRef],
      // A title only fills a missing language (the kk rendering of a draft read after the ru one);
      // an officer's edited title is never overwritten.
      set: {
        discussionStartsOn: v.startsOn,
        discussionEndsOn: v.endsOn,
        portalUrl: v.url,
        updatedAt: new Date(),
        titleKk: sql`coalesce(${initiatives.titleKk}, excluded.title_kk)`,
        titleRu: sql`coalesce(${initiatives.titleRu}, excluded.title_ru)`,
        portalFacts: sql`coalesce(excluded.portal_facts, ${initiatives.portalFacts})`,
      },
    })
    .returning({ id: initiatives.id, bodyId: initiatives.bodyId, inserted: sql<boolean>`(xmax = 0)` });
  return row!;
}

/** Initiatives of the body named in a template row: by their own source reference or by id. */
export async function findInitiativeIdsByRefs(
  db: Executor,
  bodyId: string,
  refs: string[],
): Promise<Map<string, string>> {
  if (refs.length === 0) return new Map();
  const uuids = refs.filter((r) => /^[0-9a-f-]{36}$/i.test(r));
  const rows = await db
    .select({ id: initiatives.id, ref: initiatives.sourceRef })
    .from(initiatives)
    .where(
      and(
        eq(initiatives.bodyId, bodyId),
        or(inArray(initiatives.sourceRef, refs), uuids.length ? inArray(initiatives.id, uuids) : sql`false`),
      ),
    );
  const out = new Map<string, string>();
  for (const r of rows) {
    if (r.ref && refs.includes(r.ref)) out.set(r.ref, r.id);
    if (refs.includes(r.id)) out.set(r.id, r.id);
  }
  return out;
}

/** Registers an official account of the body (once) and returns its id. */
export async function ensureSocialAccount(
  tx: Executor,
  bodyId: string,
  a: { platform: "telegram" | "facebook" | "instagram" | "vk" | "youtube"; handle: string; url?: string | null },
): Promise<string> {
  await tx
    .insert(socialAccounts)
    .values({ bodyId, platform: a.platform, handle: a.handle, url: a.url ?? null, official: true })
    .onConflictDoNothing();
  const [row] = await tx
    .select({ id: socialAccounts.id, bodyId: socialAccounts.bodyId })
    .from(socialAccounts)
    .where(and(eq(socialAccounts.platform, a.platform), eq(socialAccounts.handle, a.handle)));
  // An account is one body's official account: a file naming another body's account is refused,
  // never attached to that body (its comments would count in the other body's figures).
  if (row!.bodyId !== bodyId)
    throw new AppError("conflict", { details: `${a.platform} @${a.handle} is another state body's official account` });
  return row!.id;
}

export interface DialogueEventUpsert {
  kind: "internet_conference" | "survey";
  topic: string;
  url: string;
  startsOn: string;
  endsOn: string | null;
  participants: number | null;
  questions: number | null;
  answered?: number | null;
  options: { question: string; option: string; votes: number }[];
}

/** A dialogue-portal event, found again by its URL; its survey counts replaced by the latest export. */
export async function upsertDialogueEvent(tx: Executor, bodyId: string, e: DialogueEventUpsert): Promise<string> {
  const [existing] = await tx
    .select({ id: dialogueEvents.id })
    .from(dialogueEvents)
    .where(and(eq(dialogueEvents.bodyId, bodyId), eq(dialogueEvents.kind, e.kind), eq(dialogueEvents.url, e.url)));
  const values = {
    topic: e.topic,
    startsOn: e.startsOn,
    endsOn: e.endsOn,
    participants: e.participants,
    questions: e.questions,
    answered: e.answered ?? null,
  };
  let id = existing?.id;
  if (id) await tx.update(dialogueEvents).set(values).where(eq(dialogueEvents.id, id));
  else
    id = (
      await tx
        .insert(dialogueEvents)
        .values({ bodyId, kind: e.kind, url: e.url, ...values })
        .returning({ id: dialogueEvents.id })
    )[0]!.id;
  for (const o of e.options) {
    await tx
      .insert(dialogueSurveyOptions)
      .values({ eventId: id, ...o })
      .onConflictDoUpdate({
        target: [dialogueSurveyOptions.eventId, dialogueSurveyOptions.question, dialogueSurveyOptions.option],
        set: { votes: o.votes },
      });
  }
  return id;
}

/**
 * Fresh planner statistics for the tables an import batch joins. PGlite has no autovacuum and a
 * server may run without it: on a table the planner believes empty, the batch's source-key joins
 * become nested loops over the whole table and a million-row import slows to a crawl. The keys
 * registry carries the source-key joins since migration 0012; the items are analysed per partition.
 */
export async function refreshIntakeStatistics(db: Executor): Promise<void> {
  await db.execute(sql`analyze feedback_keys, feedback_items`);
}
