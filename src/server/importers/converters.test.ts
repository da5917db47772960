/** Every channel's converter on its recorded-shape fixture, plus the readers' encoding and date handling. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { openImport, type ImportRecord } from "./registry.ts";
import { detectEncoding, UnreadableFileError } from "./shared/encoding.ts";
import { parseDate } from "./shared/dates.ts";
import type { ImporterName, NormalisedItem } from "./shared/types.ts";

const fixture = (name: string) => path.resolve("test/fixtures/imports", name);
const BODY = "11111111-1111-1111-1111-111111111111";

async function convert(importer: ImporterName, file: string) {
  const opened = await openImport(importer, fixture(file), { bodyId: BODY });
  const records: ImportRecord[] = [];
  for await (const r of opened.records) records.push(r);
  const items: NormalisedItem[] = records.flatMap((r) => (r.result.ok ? r.result.value.items : []));
  const problems = records.flatMap((r) =>
    r.result.ok
      ? (r.result.value.problems ?? []).map((p) => ({ line: r.position, ...p }))
      : [{ line: r.position, ...r.result.problem }],
  );
  const replies = records.flatMap((r) => (r.result.ok ? (r.result.value.replies ?? []) : []));
  const events = records.flatMap((r) => (r.result.ok ? (r.result.value.events ?? []) : []));
  return { opened, records, items, problems, replies, events };
}

describe("dates", () => {
  it("reads dd.mm.yyyy, ISO and Unix time, in Astana time when no offset is given", () => {
    expect(parseDate("03.02.2025")?.toISOString()).toBe("2025-02-02T19:00:00.000Z");
    expect(parseDate("03.03.2025 10:15")?.toISOString()).toBe("2025-03-03T05:15:00.000Z");
    expect(parseDate("2025-02-07")?.toISOString()).toBe("2025-02-06T19:00:00.000Z");
    expect(parseDate("2025-05-10T05:12:44+0000")?.toISOString()).toBe("2025-05-10T05:12:44.000Z");
    expect(parseDate("1743483912")?.toISOString()).toBe("2025-04-01T05:05:12.000Z");
    for (const bad of ["31.02.2025", "32.03.2025", "13.13.2025", "вчера", ""]) expect(parseDate(bad)).toBeNull();
  });
});

describe("encoding detection", () => {
  it("tells UTF-8, UTF-8 with BOM and Windows-1251 apart, and refuses binary", () => {
    const text = "Предлагаю продлить маршрут автобуса до нового микрорайона";
    expect(detectEncoding(Buffer.from(text))).toEqual({ encoding: "utf-8", bomBytes: 0 });
    expect(detectEncoding(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({
      encoding: "utf-8",
      bomBytes: 3,
    });
    expect(detectEncoding(iconv.encode(text, "windows-1251")).encoding).toBe("windows-1251");
    expect(() => detectEncoding(iconv.encode(text, "utf-16le"))).toThrow(UnreadableFileError);
  });
});

describe("converters on recorded-shape fixtures", () => {
  it("appeals (Windows-1251, ;, dd.mm.yyyy): personal data kept apart, IIN and phone masked in the text", async () => {
    const { opened, items, problems } = await convert("appeals", "appeals-cp1251.csv");
    expect(opened.encoding).toBe("windows-1251");
    expect(opened.warnings).toEqual([{ code: "warning.unknown_columns", params: { columns: "Канал подачи" } }]);
    expect(items.map((i) => i.sourceRef)).toEqual([
      "ЖТ-2025-000101",
      "ЖТ-2025-000102",
      "ЖТ-2025-000104",
      "ЖТ-2025-000106",
    ]);
    expect(problems).toEqual([
      { line: 4, code: "row.bad_date", params: { column: "reg_date", value: "31.02.2025" } },
      { line: 6, code: "row.bad_value", params: { column: "appeal_type", value: "Просьба" } },
    ]);
    const first = items[0]!;
    expect(first).toMatchObject({
      kind: "appeal",
      channel: "appeal",
      source: "eotinish",
      metadata: { appealType: "complaint", region: "г. Астана", answeredOn: "2025-02-14" },
    });
    expect(first.personal).toEqual({
      fullName: "Иванов Пётр Сергеевич",
      iin: "850101300123",
      phone: "+7 701 123 45 67",
      email: null,
      address: "г. Астана, ул. Кенесары, 40-12",
    });
    const withPd = items[2]!;
    expect(withPd.text).toBe("Прошу пересчитать пособие, мой ИИН [ЖСН/ИИН], телефон [тел.]");
    for (const item of items) {
      const stored = JSON.stringify({ text: item.text, metadata: item.metadata });
      expect(stored).not.toMatch(/Иванов|850101300123|Кенесары, 40|880303350789/);
    }
  });

  it("appeals (UTF-8 with BOM, Kazakh headers)", async () => {
    const { opened, items, problems } = await convert("appeals", "appeals-utf8bom.csv");
    expect(opened.encoding).toBe("utf-8");
    expect(items.map((i) => [i.sourceRef, i.metadata.appealType])).toEqual([
      ["ЖТ-2025-000201", "complaint"],
      ["ЖТ-2025-000202", "proposal"],
      ["ЖТ-2025-000203", "inquiry"],
    ]);
    expect(problems).toEqual([
      { line: 5, code: "row.bad_date", params: { column: "reg_date", value: "күні белгісіз" } },
    ]);
  });

  it("template CSV: broken rows with their line and reason, good rows kept, unknown column reported", async () => {
    const { opened, items, problems } = await convert("template", "template.csv");
    expect(opened.warnings[0]!.params.columns).toBe("Ответственный");
    expect(items.map((i) => i.sourceRef)).toEqual([
      "ПИС-2025-0001",
      "ПИС-2025-0002",
      "ПИС-2025-0003",
      "ПИС-2025-0009",
      "ПИС-2025-0010",
    ]);
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      [5, "row.bad_date"],
      [6, "row.missing"],
      [7, "row.field_count"],
      [8, "row.bad_value"],
      [9, "row.csv_syntax"],
    ]);
    expect(items[0]).toMatchObject({
      kind: "proposal",
      clauseRef: "п. 4",
      decision: { outcome: "accepted" },
      source: `template:${BODY}`,
    });
    expect(items[1]).toMatchObject({ kind: "comment", answer: { text: "Благодарим, работы начнутся в мае" } });
    expect(items[2]).toMatchObject({
      kind: "remark",
      lang: "kk",
      decision: { outcome: "rejected", text: "Мерзім 9-тармақта көрсетілген" },
    });
  });

  it("template XLSX: Excel dates and localized values", async () => {
    const { items, problems } = await convert("template", "template.xlsx");
    expect(items.map((i) => [i.sourceRef, i.kind])).toEqual([
      ["X-1", "proposal"],
      ["X-2", "comment"],
      ["X-5", "remark"],
    ]);
    expect(items[1]!.receivedAt.toISOString()).toBe("2025-05-12T19:00:00.000Z");
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      [4, "row.bad_date"],
      [5, "row.missing"],
      [7, "row.bad_value"],
    ]);
  });

  it("legalacts: the draft becomes an initiative; statuses decisions, replies answers", async () => {
    const { opened, items, problems } = await convert("legalacts", "legalacts.json");
    expect(opened.initiatives).toEqual([
      expect.objectContaining({
        source: "legalacts",
        sourceRef: "14523",
        kind: "draft_legal_act",
        startsOn: "2025-03-01",
        endsOn: "2025-03-15",
      }),
    ]);
    expect(items.map((i) => [i.sourceRef, i.kind, i.decision?.outcome ?? null, i.answer ? "answer" : null])).toEqual([
      ["14523/88121", "remark", "accepted", null],
      ["14523/88122", "proposal", "rejected", null],
      ["14523/88123", "comment", null, "answer"],
      ["14523/88124", "remark", null, null],
    ]);
    expect(items.every((i) => i.initiativeRef === "14523" && i.channel === "legal_acts_portal")).toBe(true);
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      [5, "row.bad_date"],
      [6, "row.missing"],
    ]);
  });

  it("budget: program document and its feedback", async () => {
    const { opened, items } = await convert("budget", "budget.json");
    expect(opened.initiatives[0]).toMatchObject({ kind: "draft_budget_program", sourceRef: "BP-2026-071" });
    expect(items.map((i) => [i.kind, i.decision?.outcome ?? null, i.metadata.referenceKind])).toEqual([
      ["proposal", "accepted", "budget_program"],
      ["remark", "rejected", "budget_program"],
      ["comment", null, "budget_program"],
    ]);
  });

  it("telegram: comments threaded under the channel's post, the channel's reply an answer, service/sticker messages skipped", async () => {
    const { items, replies, problems } = await convert("telegram", "telegram-result.json");
    expect(items.map((i) => [i.sourceRef, i.metadata.postId])).toEqual([
      ["1876543210/102", 101],
      ["1876543210/103", 101],
      ["1876543210/106", 101],
    ]);
    expect(items[2]!.text).toBe("Подробности тут: https://almaty.gov.kz/roads — но про наш двор ничего нет");
    expect(items[0]!.account).toEqual({ platform: "telegram", handle: "Әкімдік чаты — обсуждение" });
    expect(replies).toEqual([
      {
        source: "telegram",
        sourceRef: "1876543210/102",
        text: "Абай даңғылы сәуір айының екінші жартысында жөнделеді.",
      },
    ]);
    expect(problems).toEqual([{ line: 8, code: "row.bad_date", params: { column: "date", value: "" } }]);
  });

  it("facebook: page comments, the page's reply as an answer", async () => {
    const { items, replies, problems } = await convert("facebook", "facebook-feed.json");
    expect(items.map((i) => i.sourceRef)).toEqual(["889900112233_5001", "889900112233_5003"]);
    expect(items[0]!.account).toMatchObject({ platform: "facebook", handle: "104560001234567" });
    expect(replies[0]).toMatchObject({ sourceRef: "889900112233_5001" });
    expect(problems.map((p) => p.code)).toEqual(["row.bad_date"]);
  });

  it("instagram: comments and replies, the account's own reply as an answer", async () => {
    const { items, replies } = await convert("instagram", "instagram-media.json");
    expect(items.map((i) => i.sourceRef)).toEqual(["17858893269000001", "17858893269000003", "17858893269000004"]);
    expect(replies).toEqual([
      { source: "instagram", sourceRef: "17858893269000001", text: "Иә, барлық жаңа аялдамалар жылытылады." },
    ]);
  });

  it("vk: wall comments with threads, the community's reply as an answer", async () => {
    const { items, replies, problems } = await convert("vk", "vk-comments.json");
    expect(items.map((i) => i.sourceRef)).toEqual(["-21345678_4410_301", "-21345678_4410_306", "-21345678_4410_302"]);
    expect(items[0]!.account).toMatchObject({ handle: "club21345678" });
    expect(replies).toEqual([
      { source: "vk", sourceRef: "-21345678_4410_301", text: "Открытие запланировано на сентябрь 2025 года." },
    ]);
    expect(problems.map((p) => [p.line, p.code])).toEqual([[3, "row.bad_date"]]);
  });

  it("youtube: threads, the channel owner's reply as an answer", async () => {
    const { items, replies, problems } = await convert("youtube", "youtube-threads.json");
    expect(items.map((i) => i.sourceRef)).toEqual(["UgzA1b2C3d4E5f6G7h8", "UgzA1b2C3d4E5f6G7h8.AAA2"]);
    expect(replies).toEqual([
      { source: "youtube", sourceRef: "UgzA1b2C3d4E5f6G7h8", text: "Жаңа тарифтер 1 тамыздан бастап қолданылады." },
    ]);
    expect(problems.map((p) => [p.line, p.code])).toEqual([[2, "row.missing"]]);
  });

  it("dialog: conference questions with answers, survey option counts", async () => {
    const { items, events, problems } = await convert("dialog", "dialog.json");
    expect(items.map((i) => [i.sourceRef, i.answer ? "answered" : "open"])).toEqual([
      ["conf-2025-17/q1", "answered"],
      ["conf-2025-17/q2", "open"],
    ]);
    expect(events.map((e) => [e.kind, e.participants, e.options.length])).toEqual([
      ["internet_conference", 42, 0],
      ["survey", 1250, 6],
    ]);
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      [1, "row.missing"],
      [3, "row.bad_value"],
    ]);
  });

  it("refuses unreadable files: missing, binary, wrong encoding, missing columns", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pikir-imp-"));
    const utf16 = path.join(dir, "utf16.csv");
    writeFileSync(utf16, iconv.encode("Рег. номер;Дата регистрации\n1;01.01.2025\n", "utf-16le"));
    const noColumns = path.join(dir, "cols.csv");
    writeFileSync(noColumns, "Foo;Bar\n1;2\n");
    await expect(openImport("appeals", path.join(dir, "nope.csv"), { bodyId: BODY })).rejects.toMatchObject({
      code: "file.missing",
    });
    await expect(openImport("appeals", utf16, { bodyId: BODY })).rejects.toMatchObject({ code: "file.binary" });
    await expect(openImport("appeals", noColumns, { bodyId: BODY })).rejects.toMatchObject({
      code: "file.columns_missing",
    });
    await expect(openImport("telegram", noColumns, { bodyId: BODY })).rejects.toMatchObject({ code: "file.json" });
  });
});
