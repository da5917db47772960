/** The persisting path on both engines: idempotency, history, decisions, bad rows, personal data, resumability. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createUser, testContext } from "../../../../test/factories.ts";
import { SYSTEM_ACTOR, type AppContext } from "../../context.ts";
import { importFile, SimulatedCrash, statisticsSchedule } from "./import-file.ts";
import { listImportRejects } from "../../repositories/import-run.repository.ts";
import { listFeedback } from "../feedback/list-feedback.ts";
import { decideItem } from "../feedback/decide-item.ts";
import { sumRecordedFigures } from "../../repositories/indicator-figures.repository.ts";
import { periodBounds } from "../period.ts";

const fixture = (name: string) => path.resolve("test/fixtures/imports", name);
const actor = { ...SYSTEM_ACTOR, label: "test" };

function bigTemplate(rows: number, broken: number[] = []): string {
  const dir = mkdtempSync(path.join(tmpdir(), "pikir-imp-"));
  const file = path.join(dir, "big.csv");
  const lines = ["Reference,Received on,Kind,Text,Language"];
  for (let i = 1; i <= rows; i++) {
    lines.push(
      broken.includes(i)
        ? `R-${i},99.99.2025,remark,broken date,ru`
        : `R-${i},${String(1 + (i % 28)).padStart(2, "0")}.03.2025,${i % 3 ? "comment" : "remark"},"Пікір нөмірі ${i}: жол жөндеу керек, спасибо",kk`,
    );
  }
  writeFileSync(file, lines.join("\n") + "\n");
  return file;
}

describeEachEngine("imports: the persisting path", (engine) => {
  const ctx = (): AppContext => testContext(engine.database);
  const rows = <T>(q: ReturnType<typeof sql>) => engine.database.rows<T>(q);

  it("is idempotent: the same file twice adds nothing the second time", async () => {
    const body = await createBody(ctx());
    const first = await importFile(ctx(), actor, {
      importer: "template",
      file: fixture("template.csv"),
      bodyId: body.id,
    });
    expect(first).toMatchObject({ read: 10, added: 4, updated: 0, unchanged: 0, rejected: 6 });
    const second = await importFile(ctx(), actor, {
      importer: "template",
      file: fixture("template.csv"),
      bodyId: body.id,
    });
    expect(second).toMatchObject({ read: 10, added: 0, updated: 0, unchanged: 4, rejected: 6, resumed: false });
    const [count] = await rows<{ n: number }>(
      sql`select count(*)::int as n from feedback_items where body_id = ${body.id}::uuid`,
    );
    expect(count!.n).toBe(4);
    const [decisions] = await rows<{ n: number }>(
      sql`select count(*)::int as n from decisions d join feedback_items f on f.id = d.item_id where f.body_id = ${body.id}::uuid`,
    );
    expect(decisions!.n).toBe(2); // no second decision for an unchanged status
  });

  it("a changed portal status updates the item, records the history and supersedes the decision with audit", async () => {
    const body = await createBody(ctx());
    const original = JSON.parse(readFileSync(fixture("legalacts.json"), "utf8"));
    original.draft.id = `D-${body.code}`;
    const dir = mkdtempSync(path.join(tmpdir(), "pikir-imp-"));
    const v1 = path.join(dir, "v1.json");
    writeFileSync(v1, JSON.stringify(original));
    const first = await importFile(ctx(), actor, { importer: "legalacts", file: v1, bodyId: body.id });
    expect(first).toMatchObject({ added: 4, rejected: 2 });
    const [initiative] = await rows<{ id: string; kind: string }>(
      sql`select id, kind from initiatives where source = 'legalacts' and source_ref = ${original.draft.id}`,
    );
    expect(initiative!.kind).toBe("draft_legal_act");

    original.comments[3].status = "Принято";
    original.comments[3].reply = "Пункт 12 исключён.";
    original.comments[0].status = "Не принято";
    const v2 = path.join(dir, "v2.json");
    writeFileSync(v2, JSON.stringify(original));
    const second = await importFile(ctx(), actor, { importer: "legalacts", file: v2, bodyId: body.id });
    expect(second).toMatchObject({ added: 0, updated: 2, unchanged: 2, rejected: 2 });
    const history = await rows<{
      ref: string;
      before: { metadata: { portalStatus: string } };
      after: { metadata: { portalStatus: string } };
    }>(sql`
      select f.source_ref as ref, h.before, h.after from feedback_item_history h join feedback_items f on f.id = h.item_id
      where f.body_id = ${body.id}::uuid order by f.source_ref`);
    expect(
      history.map((h) => [h.ref.split("/")[1], h.before.metadata.portalStatus, h.after.metadata.portalStatus]),
    ).toEqual([
      ["88121", "Принято", "Не принято"],
      ["88124", "На рассмотрении", "Принято"],
    ]);
    const decisions = await rows<{ ref: string; outcome: string; superseded: boolean }>(sql`
      select f.source_ref as ref, d.outcome, d.superseded_at is not null as superseded from decisions d join feedback_items f on f.id = d.item_id
      where f.body_id = ${body.id}::uuid order by f.source_ref, d.id`);
    expect(decisions.map((d) => [d.ref.split("/")[1], d.outcome, d.superseded])).toEqual([
      ["88121", "accepted", true],
      ["88121", "rejected", false],
      ["88122", "rejected", false],
      ["88124", "accepted", false],
    ]);
    const audit = await rows<{ action: string }>(
      sql`select action from audit_log where body_id = ${body.id}::uuid and entity = 'feedback_item' order by id`,
    );
    expect(audit.map((a) => a.action)).toEqual([
      "decision.create",
      "decision.create",
      "answer.create",
      "decision.change",
      "decision.create",
    ]);
  });

  it("§20.1: an imported acceptance keeps the portal's words but no reference — out of B until the officer completes it", async () => {
    const body = await createBody(ctx());
    const original = JSON.parse(readFileSync(fixture("legalacts.json"), "utf8"));
    original.draft.id = `D-ref-${body.code}`;
    const file = path.join(mkdtempSync(path.join(tmpdir(), "pikir-imp-")), "la.json");
    writeFileSync(file, JSON.stringify(original));
    await importFile(ctx(), actor, { importer: "legalacts", file, bodyId: body.id });
    const [accepted] = await rows<{ id: number; reason: string | null; reference_text: string | null }>(sql`
      select f.id::int as id, d.reason, d.reference_text from decisions d join feedback_items f on f.id = d.item_id
      where f.body_id = ${body.id}::uuid and d.outcome = 'accepted' and d.superseded_at is null`);
    // "Принято" + the reply are kept; neither the status word, the reply nor the draft's "п. 4" is a §20.1 reference.
    expect(accepted).toMatchObject({
      reason: "Пункт 4 дополнен подпунктом 3) о порядке расчёта.",
      reference_text: null,
    });
    const bounds = periodBounds("2025-01-01", "2025-12-31");
    const figures = async () =>
      (await sumRecordedFigures(engine.database.db, bounds.from, bounds.before, [body.id]))[0]!;
    expect(await figures()).toMatchObject({ acceptedWithReference: 0, acceptedWithoutReference: 1 });

    const { actor: officer } = await createUser(ctx(), "body_officer", body.id);
    const toComplete = await listFeedback(
      ctx(),
      officer,
      { bodyId: body.id, referenceMissing: true },
      { limit: 50, offset: 0 },
    );
    expect(toComplete.items.map((i) => i.id)).toEqual([accepted!.id]);
    const [current] = await rows<{ id: number }>(
      sql`select id::int as id from decisions where item_id = ${accepted!.id} and superseded_at is null`,
    );
    await decideItem(ctx(), officer, {
      itemId: accepted!.id,
      outcome: "accepted",
      referenceKind: "act_clause",
      referenceText: "Бұйрықтың 4-тармағы, 3) тармақша",
      replacesDecisionId: current!.id,
    });
    expect(await figures()).toMatchObject({ acceptedWithReference: 1, acceptedWithoutReference: 0 });
    // Re-importing the same portal page must not undo the officer's completed reference.
    await importFile(ctx(), actor, { importer: "legalacts", file, bodyId: body.id });
    expect(await figures()).toMatchObject({ acceptedWithReference: 1, acceptedWithoutReference: 0 });
    expect(
      (await listFeedback(ctx(), officer, { bodyId: body.id, referenceMissing: true }, { limit: 50, offset: 0 })).items,
    ).toEqual([]);
  });

  it("keeps good rows of a bad file and every rejected row with its line and reason", async () => {
    const body = await createBody(ctx());
    const summary = await importFile(ctx(), actor, {
      importer: "appeals",
      file: fixture("appeals-cp1251.csv"),
      bodyId: body.id,
    });
    expect(summary).toMatchObject({ encoding: "windows-1251", read: 6, added: 4, rejected: 2 });
    expect(summary.warnings).toEqual([{ code: "warning.unknown_columns", params: { columns: "Канал подачи" } }]);
    const rejects = await listImportRejects(engine.database.db, summary.runId!, 0, 100);
    expect(rejects.map((r) => [r.line, r.code, r.params])).toEqual([
      [4, "row.bad_date", { column: "reg_date", value: "31.02.2025" }],
      [6, "row.bad_value", { column: "appeal_type", value: "Просьба" }],
    ]);
    expect(rejects[0]!.raw).toContain("ЖТ-2025-000103");

    // Personal data of appeals: out of the text and metadata, in feedback_personal_data.
    const items = await rows<{ text: string; metadata: unknown; author_ref: string | null }>(
      sql`select text, metadata, author_ref from feedback_items where body_id = ${body.id}::uuid`,
    );
    const visible = JSON.stringify(items);
    for (const secret of ["Иванов", "850101300123", "+7 701 123 45 67", "Кенесары, 40-12", "880303350789"])
      expect(visible).not.toContain(secret);
    expect(items.every((i) => !i.author_ref || /^[0-9a-f]{24}$/.test(i.author_ref))).toBe(true);
    const personal = await rows<{ full_name: string; iin: string }>(sql`
      select p.full_name, p.iin from feedback_personal_data p join feedback_items f on f.id = p.item_id where f.body_id = ${body.id}::uuid order by f.source_ref`);
    expect(personal.map((p) => p.iin)).toEqual(["850101300123", "900215400456", "880303350789"]);
  });

  it("never touches another body's items that share a source key", async () => {
    const owner = await createBody(ctx());
    const intruder = await createBody(ctx());
    await importFile(ctx(), actor, { importer: "appeals", file: fixture("appeals-utf8bom.csv"), bodyId: owner.id });
    const s = await importFile(ctx(), actor, {
      importer: "appeals",
      file: fixture("appeals-utf8bom.csv"),
      bodyId: intruder.id,
    });
    expect(s).toMatchObject({ added: 0, updated: 0, rejected: 4 });
    const rejects = await listImportRejects(engine.database.db, s.runId!, 0, 100);
    expect(rejects.filter((r) => r.code === "row.other_body").map((r) => r.line)).toEqual([2, 3, 4]);
  });

  it("imports social comments under the body's registered official accounts, with the official replies as answers", async () => {
    const body = await createBody(ctx());
    for (const [importer, file] of [
      ["telegram", "telegram-result.json"],
      ["vk", "vk-comments.json"],
    ] as const) {
      const s = await importFile(ctx(), actor, { importer, file: fixture(file), bodyId: body.id });
      expect(s.rejected).toBe(1);
    }
    const accounts = await rows<{ platform: string; handle: string; items: number }>(sql`
      select a.platform, a.handle, count(f.id)::int as items from social_accounts a join feedback_items f on f.social_account_id = a.id
      where a.body_id = ${body.id}::uuid group by a.platform, a.handle order by a.platform`);
    expect(accounts.map((a) => [a.platform, a.items])).toEqual([
      ["telegram", 3],
      ["vk", 3],
    ]);
    const answers = await rows<{ ref: string }>(
      sql`select f.source_ref as ref from answers a join feedback_items f on f.id = a.item_id where f.body_id = ${body.id}::uuid order by 1`,
    );
    expect(answers.map((a) => a.ref)).toEqual(["-21345678_4410_301", "1876543210/102"]);
  });

  it("refuses a file of another body's official account instead of attaching its comments there", async () => {
    const [owner, other] = [await createBody(ctx()), await createBody(ctx())];
    await importFile(ctx(), actor, { importer: "youtube", file: fixture("youtube-threads.json"), bodyId: owner.id });
    await expect(
      importFile(ctx(), actor, { importer: "youtube", file: fixture("youtube-threads.json"), bodyId: other.id }),
    ).rejects.toMatchObject({ code: "conflict" });
    const [counts] = await rows<{ owner: number; other: number }>(sql`
      select count(*) filter (where body_id = ${owner.id}::uuid)::int as owner, count(*) filter (where body_id = ${other.id}::uuid)::int as other from feedback_items`);
    expect(counts!.owner).toBeGreaterThan(0);
    expect(counts!.other).toBe(0);
  });

  it("dry run counts everything and writes nothing", async () => {
    const body = await createBody(ctx());
    const s = await importFile(ctx(), actor, {
      importer: "template",
      file: fixture("template.csv"),
      bodyId: body.id,
      dryRun: true,
    });
    expect(s).toMatchObject({ runId: null, added: 4, rejected: 6 });
    const [n] = await rows<{ n: number }>(
      sql`select count(*)::int as n from feedback_items where body_id = ${body.id}::uuid`,
    );
    expect(n!.n).toBe(0);
  });

  it("refuses an officer of another body", async () => {
    const body = await createBody(ctx());
    const other = await createBody(ctx());
    const { actor: officer } = await createUser(ctx(), "body_officer", other.id);
    await expect(
      importFile(ctx(), officer, { importer: "template", file: fixture("template.csv"), bodyId: body.id }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("resumes after a crash past a checkpoint and ends with exactly the rows of one clean run", async () => {
    const file = bigTemplate(1_000, [17, 455, 999]);
    const clean = await createBody(ctx());
    const crashed = await createBody(ctx());
    const cleanRun = await importFile(ctx(), actor, { importer: "template", file, bodyId: clean.id, batchSize: 100 });
    expect(cleanRun).toMatchObject({ read: 1000, added: 997, rejected: 3 });
    await expect(
      importFile(ctx(), actor, {
        importer: "template",
        file,
        bodyId: crashed.id,
        batchSize: 100,
        crashAfterBatches: 4,
      }),
    ).rejects.toBeInstanceOf(SimulatedCrash);
    const [partial] = await rows<{ n: number; status: string; checkpoint: number }>(sql`
      select (select count(*)::int from feedback_items where body_id = ${crashed.id}::uuid) as n, status, checkpoint from import_runs where body_id = ${crashed.id}::uuid`);
    expect(partial).toMatchObject({ status: "running", checkpoint: 401 }); // 4 batches of 100 records, header on line 1
    expect(partial!.n).toBe(399);
    const resumed = await importFile(ctx(), actor, { importer: "template", file, bodyId: crashed.id, batchSize: 100 });
    expect(resumed).toMatchObject({ resumed: true, read: 1000, added: 997, updated: 0, unchanged: 0, rejected: 3 });
    const snapshot = async (bodyId: string) =>
      rows<{ ref: string; text: string; kind: string; at: string }>(sql`
      select source_ref as ref, text, kind, received_at::text as at from feedback_items where body_id = ${bodyId}::uuid order by source_ref`);
    expect(await snapshot(crashed.id)).toEqual(await snapshot(clean.id));
    const runs = await rows<{ n: number }>(
      sql`select count(*)::int as n from import_runs where body_id = ${crashed.id}::uuid`,
    );
    expect(runs[0]!.n).toBe(1);
    const rejects = await rows<{ line: number }>(
      sql`select r.line from import_rejects r join import_runs ir on ir.id = r.run_id where ir.body_id = ${crashed.id}::uuid order by 1`,
    );
    expect(rejects.map((r) => r.line)).toEqual([18, 456, 1000]);
  });
});

it("refreshes planner statistics at 5k added rows and then each time the import's rows double", () => {
  const schedule = statisticsSchedule();
  const dueAt: number[] = [];
  let added = 0;
  for (let batch = 0; batch < 500; batch++) {
    added += 2_000;
    if (schedule.due(2_000)) dueAt.push(added);
  }
  expect(dueAt).toEqual([6_000, 12_000, 24_000, 48_000, 96_000, 192_000, 384_000, 768_000]);
  // Batches that add nothing (a re-import) never trigger it.
  const idle = statisticsSchedule();
  expect(Array.from({ length: 100 }, () => idle.due(0)).some(Boolean)).toBe(false);
});
