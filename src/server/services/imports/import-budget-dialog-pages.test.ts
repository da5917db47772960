/** budget.egov.kz and dialog.egov.kz pages (SYNTHETIC fixtures) through the one persisting path, on both engines. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, testContext } from "../../../../test/factories.ts";
import { SYSTEM_ACTOR, type AppContext } from "../../context.ts";
import { UnreadableFileError } from "../../importers/shared/encoding.ts";
import { importFile } from "./import-file.ts";

const actor = { ...SYSTEM_ACTOR, label: "test" };
const fixture = (name: string) => readFileSync(path.resolve("test/fixtures/portal-pages", name), "utf8");
const write = (name: string, content: string) => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "pikir-bd-db-")), name);
  writeFileSync(file, content);
  return file;
};
let serial = 0;
// Source keys are global (a program belongs to one body): every test reads its own ids.
const uniqueId = () => String(700000 + (process.pid % 1000) * 50 + ++serial);
const budgetPage = (lang: "ru" | "kk", id: string) =>
  fixture(`budget/program-${lang}.html`)
    .replace(/budgetId=880017/g, `budgetId=${id}`)
    .replace(/id="7(1|9)/g, `id="${id}$1`);

describeEachEngine("imports: budget.egov.kz and dialog.egov.kz pages", (engine) => {
  const ctx = (): AppContext => testContext(engine.database);
  const rows = <T>(q: ReturnType<typeof sql>) => engine.database.rows<T>(q);

  it("a program page: two initiatives, remarks with the portal's decisions (accepted: reference missing), comments with answers; a re-read and the Kazakh page add nothing", async () => {
    const body = await createBody(ctx());
    const id = uniqueId();
    const first = await importFile(ctx(), actor, {
      importer: "budget",
      file: write("ru.html", budgetPage("ru", id)),
      bodyId: body.id,
    });
    expect(first).toMatchObject({ read: 4, added: 4, updated: 0, rejected: 0 });
    const initiatives = await rows<{ ref: string; kind: string; title_ru: string; title_kk: string | null }>(sql`
      select source_ref as ref, kind, title_ru, title_kk from initiatives where source = 'budget' and source_ref like ${`${id}/%`} order by source_ref`);
    expect(initiatives.map((i) => [i.ref, i.kind])).toEqual([
      [`${id}/PROJECT`, "draft_budget_program"],
      [`${id}/REPORT`, "budget_report"],
    ]);
    const items = await rows<{
      kind: string;
      channel: string;
      outcome: string | null;
      reference: string | null;
      answered: boolean;
    }>(sql`
      select f.kind, f.channel, d.outcome, d.reference_text as reference, exists (select 1 from answers a where a.item_id = f.id) as answered
      from feedback_items f left join decisions d on d.item_id = f.id and d.superseded_at is null
      where f.body_id = ${body.id}::uuid order by f.source_ref`);
    expect(items).toEqual([
      { kind: "remark", channel: "budget_portal", outcome: "accepted", reference: null, answered: false },
      { kind: "remark", channel: "budget_portal", outcome: "rejected", reference: null, answered: false },
      { kind: "comment", channel: "budget_portal", outcome: null, reference: null, answered: true },
      { kind: "comment", channel: "budget_portal", outcome: null, reference: null, answered: false },
    ]);
    const again = await importFile(ctx(), actor, {
      importer: "budget",
      file: write("ru.html", budgetPage("ru", id)),
      bodyId: body.id,
    });
    expect(again).toMatchObject({ read: 4, added: 0, updated: 0, unchanged: 4 });
    const kk = await importFile(ctx(), actor, {
      importer: "budget",
      file: write("kk.html", budgetPage("kk", id)),
      bodyId: body.id,
    });
    expect(kk).toMatchObject({ read: 4, added: 0, updated: 0, unchanged: 4 });
    const titles = await rows<{ title_kk: string | null }>(
      sql`select title_kk from initiatives where source = 'budget' and source_ref = ${`${id}/PROJECT`}`,
    );
    expect(titles).toEqual([{ title_kk: "Бюджеттік жоспарлауды және бюджеттің атқарылуын қамтамасыз ету" }]);
  });

  it("a changed page structure is refused whole with the element named; nothing is written", async () => {
    const body = await createBody(ctx());
    const html = budgetPage("ru", uniqueId()).replace(/<h1>[^<]*<\/h1>/, "");
    const run = importFile(ctx(), actor, { importer: "budget", file: write("bad.html", html), bodyId: body.id });
    await expect(run).rejects.toBeInstanceOf(UnreadableFileError);
    await expect(run).rejects.toMatchObject({
      code: "budget.structure",
      params: { element: "h1 (the budget program's title)" },
    });
    const [n] = await rows<{ n: number }>(
      sql`select count(*)::int as n from feedback_items where body_id = ${body.id}::uuid`,
    );
    expect(n!.n).toBe(0);
  });

  it("a conference: one §18 event with questions and answered counts, its questions as dialogue items outside F; a re-read adds nothing", async () => {
    const body = await createBody(ctx());
    const id = uniqueId();
    const html = fixture("dialog/conference.html")
      .replace("conferences/4410", `conferences/${id}`)
      .replace(/9120/g, id);
    const first = await importFile(ctx(), actor, { importer: "dialog", file: write("c.html", html), bodyId: body.id });
    expect(first).toMatchObject({ read: 2, added: 2, rejected: 0 });
    const events = await rows<{ kind: string; questions: number; answered: number; starts_on: string }>(sql`
      select kind, questions, answered, starts_on::text from dialogue_events where body_id = ${body.id}::uuid`);
    expect(events).toEqual([{ kind: "internet_conference", questions: 2, answered: 1, starts_on: "2026-11-10" }]);
    const again = await importFile(ctx(), actor, { importer: "dialog", file: write("c.html", html), bodyId: body.id });
    expect(again).toMatchObject({ read: 2, added: 0, unchanged: 2 });
    const [counts] = await rows<{ events: number; items: number }>(sql`
      select (select count(*)::int from dialogue_events where body_id = ${body.id}::uuid) as events,
             (select count(*)::int from feedback_items where body_id = ${body.id}::uuid and channel = 'dialogue_portal') as items`);
    expect(counts).toEqual({ events: 1, items: 2 });
  });
});
