import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { describeEachEngine } from "../../../../test/db.ts";
import { createBody, createItems, createUser, testContext } from "../../../../test/factories.ts";
import { analysisCampaigns, analysisLabels } from "../../db/index.ts";
import { importFile, SimulatedCrash } from "./import-file.ts";
import { labelItems } from "../analysis/label-items.ts";
import { labelPendingItems } from "../analysis/label-pending.ts";
import { stopAnalysisThread } from "../analysis/analysis-client.ts";

afterAll(() => stopAnalysisThread());

const dir = mkdtempSync(path.join(tmpdir(), "pikir-label-import-"));
const LETTER = (n: number) =>
  `Мы, жители дома ${n} по улице Сатпаева, против вырубки сквера и строительства парковки. Просим сохранить сквер и провести слушания. Житель ${n}`;
const TEXTS = [
  "Прошу отремонтировать дорогу на улице Абая, ямы три года.",
  "Жолда шұңқырлар көп, жөндеу керек.",
  "Тариф на тепло слишком высокий, просим пересмотреть",
  "Мектепте орын жетіспейді, балалар үш ауысыммен оқиды.",
  "Спасибо за быстрый ремонт освещения во дворе.",
  "Нужен пешеходный переход у школы",
];

/** A template file: 30 rows over two quarters of 2025, a 12-letter campaign in Q2; dates ascending unless `shuffle`. */
function templateFile(name: string, shuffle = false): string {
  const rows: string[] = [];
  for (let i = 0; i < 30; i++) {
    const day = new Date(Date.UTC(2025, 2, 1 + i * 3, 5)); // 1 March … 27 May
    const text = i >= 15 && i < 27 ? LETTER(i % 4) : TEXTS[i % TEXTS.length]!;
    rows.push(`${name}-${i},${day.toISOString()},comment,"${text}"`);
  }
  if (shuffle) rows.reverse();
  const file = path.join(dir, `${name}.csv`);
  writeFileSync(file, "Reference,Received on,Kind,Text\n" + rows.join("\n") + "\n");
  return file;
}

describeEachEngine("import, analysis and labels in one pass (issue 12)", (engine) => {
  const labelsOf = (bodyId: string) =>
    engine.database.db
      .select()
      .from(analysisLabels)
      .where(eq(analysisLabels.bodyId, bodyId))
      .orderBy(asc(analysisLabels.itemId));
  const campaignsOf = async (bodyId: string) =>
    (await engine.database.db.select().from(analysisCampaigns).where(eq(analysisCampaigns.bodyId, bodyId))).map(
      (c) => ({ quarter: c.quarter, root: c.rootItemId, size: c.size }),
    );
  const strip = (rows: Awaited<ReturnType<typeof labelsOf>>) => rows.map(({ labelledAt: _l, ...rest }) => rest);

  it("labels a date-ordered import as it is written: the same labels and campaigns the job computes, and nothing left for the job", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const { actor } = await createUser(ctx, "body_officer", body.id);
    const summary = await importFile(ctx, actor, {
      importer: "template",
      file: templateFile(`sorted-${body.id}`),
      bodyId: body.id,
      batchSize: 7,
    });
    expect(summary.added).toBe(30);
    const inPass = await labelsOf(body.id);
    expect(inPass).toHaveLength(30);
    const campaigns = await campaignsOf(body.id);
    expect(campaigns).toContainEqual({ quarter: "2025-Q2", root: expect.any(Number), size: 12 });
    expect(new Set(campaigns.map((c) => c.quarter))).toEqual(new Set(["2025-Q1", "2025-Q2"])); // the repeated short texts
    expect((await labelPendingItems(ctx, body.id)).runs).toBe(0);

    // The job, from scratch, writes exactly the same rows.
    await engine.database.db.delete(analysisLabels).where(eq(analysisLabels.bodyId, body.id));
    const job = await labelItems(ctx, { bodyId: body.id, from: "2025-01-01", to: "2025-06-30" });
    expect(job.items).toBe(30);
    expect(strip(await labelsOf(body.id))).toEqual(strip(inPass));
    expect(await campaignsOf(body.id)).toEqual(campaigns);

    // A re-import adds nothing and labels nothing.
    const again = await importFile(ctx, actor, {
      importer: "template",
      file: templateFile(`sorted-${body.id}`),
      bodyId: body.id,
    });
    expect(again).toMatchObject({ added: 0, updated: 0 });
    expect(strip(await labelsOf(body.id))).toEqual(strip(inPass));
  });

  it("leaves to the job a quarter it cannot label in order (rows out of date order, or items there already)", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const { actor } = await createUser(ctx, "body_officer", body.id);
    // Q1 already has an item of this body: the import must not label Q1 (the job streams it from that item).
    await createItems(ctx, body.id, [
      {
        channel: "appeal",
        kind: "appeal",
        text: "Автобус №37 ходит раз в сорок минут.",
        receivedAt: new Date("2025-02-01T10:00:00+05:00"),
      },
    ]);
    await importFile(ctx, actor, {
      importer: "template",
      file: templateFile(`reversed-${body.id}`, true),
      bodyId: body.id,
      batchSize: 7,
    });
    // Reversed rows: Q2's items arrive newest first, so Q2 is dropped at its second batch (the first
    // batch's labels stay until the job rewrites the quarter); Q1 is never labelled in the pass.
    const inPass = await labelsOf(body.id);
    expect(inPass.length).toBeLessThan(16);
    expect(await campaignsOf(body.id)).toEqual([]);
    const pending = await labelPendingItems(ctx, body.id);
    expect(pending).toMatchObject({ runs: 2, items: 31 });
    expect(await labelsOf(body.id)).toHaveLength(31);
    // What the job wrote is its own full answer: a re-run changes nothing.
    expect((await labelItems(ctx, { bodyId: body.id, from: "2025-01-01", to: "2025-06-30" })).changed).toBe(0);
    expect(await campaignsOf(body.id)).toContainEqual({ quarter: "2025-Q2", root: expect.any(Number), size: 12 });
  });

  it("after a crash, the resumed import leaves labelling to the job, which labels every quarter whole", async () => {
    const ctx = testContext(engine.database);
    const body = await createBody(ctx);
    const { actor } = await createUser(ctx, "body_officer", body.id);
    const file = templateFile(`crash-${body.id}`);
    await expect(
      importFile(ctx, actor, { importer: "template", file, bodyId: body.id, batchSize: 7, crashAfterBatches: 3 }),
    ).rejects.toBeInstanceOf(SimulatedCrash);
    const resumed = await importFile(ctx, actor, { importer: "template", file, bodyId: body.id, batchSize: 7 });
    expect(resumed.resumed).toBe(true);
    await labelPendingItems(ctx, body.id);
    const labels = await labelsOf(body.id);
    expect(labels).toHaveLength(30);
    // The same as a clean import labelled in one pass.
    const other = await createBody(ctx);
    const { actor: otherActor } = await createUser(ctx, "body_officer", other.id);
    await importFile(ctx, otherActor, {
      importer: "template",
      file: templateFile(`crash-${body.id}`),
      bodyId: other.id,
      batchSize: 7,
    });
    const clean = await labelsOf(other.id);
    const comparable = (rows: typeof labels) =>
      rows.map((l) => ({
        kind: l.kind,
        sentiment: l.sentiment,
        topic: l.topic,
        lang: l.lang,
        duplicate: l.duplicateOf !== null,
      }));
    expect(comparable(labels)).toEqual(comparable(clean));
    expect((await campaignsOf(body.id)).map((c) => c.size).sort()).toEqual(
      (await campaignsOf(other.id)).map((c) => c.size).sort(),
    );
  });
});
