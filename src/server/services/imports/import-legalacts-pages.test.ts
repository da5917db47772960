/** legalacts.egov.kz's pages through the one persisting path, on both engines: whole drafts, re-reads, kk + ru, dry runs. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, testContext } from "../../../../test/factories.ts";
import { realPage, realPagesAvailable, sampleDraft, sampleSnapshot } from "../../../../test/legalacts-pages.ts";
import { SYSTEM_ACTOR, type AppContext } from "../../context.ts";
import { importFile } from "./import-file.ts";

const actor = { ...SYSTEM_ACTOR, label: "test" };
const write = (name: string, content: string) => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "pikir-la-db-")), name);
  writeFileSync(file, content);
  return file;
};
let serial = 0;
const uniqueId = () => String(950000 + (process.pid % 1000) * 50 + ++serial);

describeEachEngine("imports: legalacts.egov.kz pages", (engine) => {
  const ctx = (): AppContext => testContext(engine.database);
  const rows = <T>(q: ReturnType<typeof sql>) => engine.database.rows<T>(q);

  it("imports a whole draft once: remarks with the portal's decisions, the comment, both titles, the card's facts; a re-read adds nothing", async () => {
    const body = await createBody(ctx());
    const sample = sampleDraft(uniqueId());
    const file = write("snapshot.json", sampleSnapshot(sample));
    const first = await importFile(ctx(), actor, { importer: "legalacts", file, bodyId: body.id });
    expect(first).toMatchObject({ read: 4, added: 4, updated: 0, unchanged: 0, rejected: 0 });
    expect(first.warnings.map((w) => w.code)).toEqual(["legalacts.report_missing", "legalacts.report_answers"]);
    const [initiative] = await rows<{
      title_ru: string;
      title_kk: string;
      discussion_starts_on: string;
      discussion_ends_on: string;
      facts: { acceptedCount: number; versions: unknown[] };
    }>(sql`
      select title_ru, title_kk, discussion_starts_on::text, discussion_ends_on::text, portal_facts as facts from initiatives where source = 'legalacts' and source_ref = ${sample.id}`);
    expect(initiative).toMatchObject({
      title_ru: "О ставках налога",
      title_kk: "Салық мөлшерлемелері туралы",
      discussion_starts_on: "2025-12-20",
      discussion_ends_on: "2026-01-05",
    });
    expect(initiative!.facts.acceptedCount).toBe(1);
    expect(initiative!.facts.versions).toHaveLength(1);
    const decided = await rows<{ ref: string; kind: string; outcome: string | null; reason: string | null }>(sql`
      select f.source_ref as ref, f.kind, d.outcome, d.reason from feedback_items f left join decisions d on d.item_id = f.id and d.superseded_at is null
      where f.body_id = ${body.id}::uuid order by f.source_ref`);
    expect(decided.map((d) => [d.ref.split("/")[1], d.kind, d.outcome])).toEqual([
      ["1001", "remark", "accepted"],
      ["1002", "remark", "rejected"],
      ["1003", "comment", null],
      ["1004", "remark", "rejected"],
    ]);
    expect(decided[1]!.reason).toBe("Срок установлен законом.");

    const again = await importFile(ctx(), actor, { importer: "legalacts", file, bodyId: body.id });
    expect(again).toMatchObject({ read: 4, added: 0, updated: 0, unchanged: 4 });
    const audits = await rows<{ action: string }>(
      sql`select action from audit_log where body_id = ${body.id}::uuid and entity = 'initiative' order by id`,
    );
    expect(audits.map((a) => a.action)).toEqual(["initiative.create"]);
  });

  it("records what changed on a re-read: a new status supersedes the decision, a changed card is audited with before and after", async () => {
    const body = await createBody(ctx());
    const sample = sampleDraft(uniqueId());
    await importFile(ctx(), actor, {
      importer: "legalacts",
      file: write("v1.json", sampleSnapshot(sample)),
      bodyId: body.id,
    });
    const changed = sampleSnapshot(sample)
      .replace(/(<span class=\\"likeCount-\d+-1\\">)3/g, "$17")
      .replace(
        /fa-times-circle\\" title=\\"Не принято\\"><\/i><\/span> \/ <\/span><\/h4>\\n {4}<p tabindex=\\"0\\" id=\\"1002\\"/g,
        'fa-check-square\\" title=\\"Принято\\"></i></span> / </span></h4>\\n    <p tabindex=\\"0\\" id=\\"1002\\"',
      );
    const second = await importFile(ctx(), actor, {
      importer: "legalacts",
      file: write("v2.json", changed),
      bodyId: body.id,
    });
    expect(second).toMatchObject({ read: 4, added: 0, updated: 1, unchanged: 3 });
    const decisions = await rows<{ outcome: string; superseded: boolean }>(sql`
      select d.outcome, d.superseded_at is not null as superseded from decisions d join feedback_items f on f.id = d.item_id
      where f.source_ref = ${`${sample.id}/1002`} order by d.id`);
    expect(decisions).toEqual([
      { outcome: "rejected", superseded: true },
      { outcome: "accepted", superseded: false },
    ]);
    const [audit] = await rows<{ before: { likes: number }; after: { likes: number } }>(sql`
      select before, after from audit_log where body_id = ${body.id}::uuid and action = 'initiative.portal_change'`);
    expect([audit!.before.likes, audit!.after.likes]).toEqual([3, 7]);
  });

  it("the Kazakh page after the Russian one is the same initiative: its kk title filled, no item changed", async () => {
    const body = await createBody(ctx());
    const sample = sampleDraft(uniqueId());
    const ru = await importFile(ctx(), actor, {
      importer: "legalacts",
      file: write("ru.html", sample.pages[`/npa/view?id=${sample.id}`]!),
      bodyId: body.id,
    });
    expect(ru).toMatchObject({ read: 2, added: 2 });
    expect(ru.warnings[0]).toMatchObject({ code: "legalacts.partial", params: { read: 2, total: 4 } });
    const kk = await importFile(ctx(), actor, {
      importer: "legalacts",
      file: write("kk.html", sample.kk),
      bodyId: body.id,
    });
    expect(kk).toMatchObject({ read: 2, added: 0, updated: 0, unchanged: 2 });
    const list = await rows<{ title_ru: string; title_kk: string }>(
      sql`select title_ru, title_kk from initiatives where source = 'legalacts' and source_ref = ${sample.id}`,
    );
    expect(list).toEqual([{ title_ru: "О ставках налога", title_kk: "Салық мөлшерлемелері туралы" }]);
  });

  it("a dry run counts the comments of the page and writes nothing", async () => {
    const body = await createBody(ctx());
    const sample = sampleDraft(uniqueId());
    const dry = await importFile(ctx(), actor, {
      importer: "legalacts",
      file: write("s.json", sampleSnapshot(sample)),
      bodyId: body.id,
      dryRun: true,
    });
    expect(dry).toMatchObject({ runId: null, read: 4, added: 4, rejected: 0 });
    const [n] = await rows<{ items: number; initiatives: number }>(sql`
      select (select count(*)::int from feedback_items where body_id = ${body.id}::uuid) as items,
             (select count(*)::int from initiatives where source_ref = ${sample.id}) as initiatives`);
    expect(n).toEqual({ items: 0, initiatives: 0 });
  });

  it.skipIf(!realPagesAvailable)(
    "the real saved page: ten «not accepted» remarks with the ministry's reply, once",
    async () => {
      const body = await createBody(ctx());
      // The real draft's id is fixed: one body per engine database owns it.
      const file = realPage("document_with_comments.html");
      const first = await importFile(ctx(), actor, { importer: "legalacts", file, bodyId: body.id });
      expect(first).toMatchObject({ read: 10, added: 10, rejected: 0 });
      const [d] = await rows<{ n: number; reasons: number }>(sql`
      select count(*)::int as n, count(distinct d.reason)::int as reasons from decisions d join feedback_items f on f.id = d.item_id
      where f.body_id = ${body.id}::uuid and d.outcome = 'rejected' and d.reason like 'Уважаемый пользователь!%'`);
      expect(d).toEqual({ n: 10, reasons: 1 });
      expect(await importFile(ctx(), actor, { importer: "legalacts", file, bodyId: body.id })).toMatchObject({
        read: 10,
        added: 0,
        unchanged: 10,
      });
    },
  );
});
