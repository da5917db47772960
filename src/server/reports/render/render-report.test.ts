import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { buildDiscussionModel } from "../../../domain/reports/build-discussion-model.ts";
import type { ReportDocument } from "../../../domain/reports/document.ts";
import { neutraliseText } from "./cells.ts";
import { renderReport } from "./render-report.ts";
import { readDocxText, readPdfText, readXlsx } from "./testing/read-back.ts";
import { sampleDocument } from "./testing/sample-documents.ts";

const KAZAKH = "әғқңөұүһі";
const HOSTILE = ['=HYPERLINK("http://x","click")', "+7 701 000", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"];

function sample(locale: "kk" | "ru" = "kk"): ReportDocument {
  return buildDiscussionModel({
    locale,
    generatedOn: "2025-04-02",
    body: {
      code: "MINFIN",
      nameKk: "Қаржы министрлігі",
      nameRu: "Министерство финансов",
      nameEn: "Ministry of Finance",
    },
    initiative: {
      id: "i1",
      kind: "draft_legal_act",
      titleKk: `Субсидиялау қағидалары ${KAZAKH}`,
      titleRu: "Правила субсидирования",
      titleEn: null,
      discussionStartsOn: "2025-03-01",
      discussionEndsOn: "2025-03-15",
      portalUrl: "https://legalacts.egov.kz/npa/view?id=1",
    },
    items: [
      {
        id: 1,
        kind: "remark",
        receivedAt: new Date("2025-03-02T20:30:00Z"),
        clauseRef: "4",
        text: `Мерзімді ұзарту керек ${KAZAKH}`,
        outcome: "accepted",
        reason: null,
        reference: "Бұйрықтың 4-тармағы",
      },
      ...HOSTILE.map((text, i) => ({
        id: 10 + i,
        kind: "proposal" as const,
        receivedAt: new Date("2025-03-05T09:00:00Z"),
        clauseRef: null,
        text,
        outcome: "rejected" as const,
        reason: "Реттеу нысанасына жатпайды",
        reference: null,
      })),
    ],
    totals: {
      remarks: 1 + HOSTILE.length,
      accepted: 1,
      rejected: HOSTILE.length,
      undecided: 0,
      comments: 0,
      answered: 0,
    },
  });
}

describe("neutraliseText (spreadsheet formula injection)", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+77010000000", "'+77010000000"],
    ["-5", "'-5"],
    ["@cmd", "'@cmd"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["Қарапайым мәтін", "Қарапайым мәтін"],
    ["5-тармақ", "5-тармақ"],
    ["", ""],
  ])("%j → %j", (input, expected) => expect(neutraliseText(input)).toBe(expected));
});

describe("renderers, checked by opening the files they wrote", () => {
  it("DOCX: word/document.xml holds the title, header lines, the Kazakh letters and every row", async () => {
    const file = await renderReport(sample(), "docx");
    expect(file.fileName).toBe("MINFIN_discussion_2025-03-15_kk.docx");
    expect(file.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    const { paragraphs } = await readDocxText(file.bytes);
    expect(paragraphs[0]).toBe("Нормативтік құқықтық акт жобасын жария талқылау нәтижелері туралы есеп (7-тармақ)");
    expect(paragraphs).toContain("Мемлекеттік орган: Қаржы министрлігі");
    expect(paragraphs).toContain("Талқылау мерзімі: 01.03.2025 – 15.03.2025");
    expect(paragraphs).toContain("Құжат күні: 02.04.2025");
    // 20:30 UTC on 2 March is already 3 March in Kazakhstan (UTC+5).
    expect(paragraphs).toContain("03.03.2025");
    expect(paragraphs).toContain(`Мерзімді ұзарту керек ${KAZAKH}`);
    expect(paragraphs).toContain("Бұйрықтың 4-тармағы");
  });

  it("XLSX: read back with exceljs — texts as strings, hostile cells neutralised, no formulas", async () => {
    const file = await renderReport(sample("ru"), "xlsx");
    const { sheets, formulas } = await readXlsx(file.bytes);
    expect(formulas).toBe(0);
    const [summary, table] = [...sheets.values()];
    expect(summary![0]![0]).toBe(
      "Отчёт о результатах публичного обсуждения проекта нормативного правового акта (п. 7)",
    );
    expect(summary).toContainEqual(["Срок обсуждения", "01.03.2025 – 15.03.2025"]);
    expect(table![0]).toEqual([
      "№",
      "Поступило",
      "Вид",
      "Пункт",
      "Текст",
      "Решение",
      "Обоснование",
      "Ссылка (п. 20.1)",
    ]);
    expect(table![1]![0]).toBe(1); // numbers stay numbers
    const texts = table!.slice(2).map((row) => row[4]);
    // XML turns a stored CR into LF on reading; the apostrophe in front is what matters.
    expect(texts).toEqual(HOSTILE.map((h) => `'${h.replace("\r", "\n")}`));
  });

  it("PDF: DejaVu is embedded and the text layer gives back the Kazakh letters", async () => {
    const file = await renderReport(sample(), "pdf");
    expect(file.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const { text, fonts, unicode } = readPdfText(file.bytes);
    expect(fonts.some((f) => f.endsWith("+DejaVuSans"))).toBe(true);
    expect(fonts.some((f) => f.endsWith("+DejaVuSans-Bold"))).toBe(true);
    for (const cp of [0x04d9, 0x0493, 0x049b, 0x04a3, 0x04e9, 0x04b1, 0x04af, 0x04bb, 0x0456])
      expect(unicode.has(cp)).toBe(true);
    const flat = text.replace(/\s+/g, "");
    expect(text).not.toContain("\uFFFD");
    expect(flat).toContain(`Субсидиялауқағидалары${KAZAKH}`);
    expect(flat).toContain("Қаржыминистрлігі");
    expect(flat).toContain("01.03.2025–15.03.2025");
  });

  it('CSV for people: UTF-8 with BOM, ";" under kk/ru settings, quoted fields, hostile cells neutralised', async () => {
    const file = await renderReport(sample(), "csv");
    expect(file.fileName).toBe("MINFIN_discussion_2025-03-15_kk.csv");
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = file.bytes.toString("utf8").slice(1);
    const lines = text.split("\r\n");
    expect(lines[0]).toBe("№;Түскен күні;Түрі;Тармақ;Мәтіні;Шешім;Негіздемесі;Сілтеме (20.1-тармақ)");
    expect(lines[1]).toBe(`1;03.03.2025;ескерту;4;Мерзімді ұзарту керек ${KAZAKH};қабылданды;;Бұйрықтың 4-тармағы`);
    expect(lines[2]).toContain(`;"'=HYPERLINK(""http://x"",""click"")";`);
    expect(lines[3]).toContain(";'+7 701 000;");
    expect(lines[7]).toContain(`;"'\rcmd";`);
    for (const line of lines.slice(2, 2 + HOSTILE.length)) expect(line.split(";")[4]!.replace(/^"/, "")).toMatch(/^'/);
  });

  it("CSV in English keeps the comma", async () => {
    const file = await renderReport({ ...sample(), locale: "en" }, "csv");
    expect(file.bytes.toString("utf8").slice(1).split("\r\n")[0]).toContain("№,");
  });
});

describe("the official frame in DOCX and XLSX", () => {
  const official = (kind: "discussion" | "submission", locale: "kk" | "ru") => sampleDocument(kind, locale);

  it("DOCX: letterhead, addressee, signature, executor; N / M page fields; language tagged; black only", async () => {
    const file = await renderReport(official("submission", "kk"), "docx");
    expect(file.fileName).toBe("MINFIN_submission_2025-Q1_kk.docx");
    const zip = await JSZip.loadAsync(file.bytes);
    const { paragraphs, xml } = await readDocxText(file.bytes);
    expect(paragraphs).toContain("Қазақстан Республикасы Қаржы министрлігі");
    expect(paragraphs).toContain("Министерство финансов Республики Казахстан");
    expect(paragraphs).toContain("Қазақстан Республикасының Мәдениет және ақпарат министрлігіне"); // §20: to the authorised body
    expect(paragraphs).toContain("№ ______________");
    expect(paragraphs).toContain("Басшы");
    expect(paragraphs).toContain("Орынд.: Серікқызы Әлия");
    expect(paragraphs).toContain("Е. Жақсылықов");
    expect(paragraphs.join("\n")).toContain("БСН 020540000010");
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^word\/footer\d+\.xml$/.test(n))
        .map((n) => zip.file(n)!.async("string")),
    );
    expect(footers.length).toBeGreaterThan(0);
    for (const footer of footers) {
      expect(footer).toMatch(/PAGE/);
      expect(footer).toMatch(/NUMPAGES/);
    }
    const styles = await zip.file("word/styles.xml")!.async("string");
    expect(styles).toContain('w:lang w:val="kk-KZ"');
    const colours = new Set(
      [...(xml + styles).matchAll(/<w:color w:val="([0-9A-Fa-f]{6}|auto)"/g)].map((m) => m[1]!.toUpperCase()),
    );
    expect([...colours].filter((c) => c !== "000000" && c !== "AUTO")).toEqual([]);
    expect(xml).toContain("<w:tblHeader"); // the header row repeats on each page
    expect(await zip.file("word/settings.xml")!.async("string")).toContain("<w:autoHyphenation");
  });

  it("DOCX: landscape exactly when the PDF is", async () => {
    for (const [kind, orient] of [
      ["council", true],
      ["quarterly", false],
    ] as const) {
      const { xml } = await readDocxText((await renderReport(sampleDocument(kind, "ru"), "docx")).bytes);
      expect(xml.includes('w:orient="landscape"')).toBe(orient);
    }
  });

  it("XLSX: days are real dates, the header is frozen and filtered, sheet names fit 31 characters", async () => {
    const file = await renderReport(official("discussion", "ru"), "xlsx");
    expect(file.fileName).toBe("MINFIN_discussion_2025-03-15_ru.xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const items = book.worksheets[1]!;
    const received = items.getRow(2).getCell(2);
    expect(received.value).toEqual(new Date("2025-03-01T00:00:00Z"));
    expect(received.numFmt).toBe("dd.mm.yyyy");
    expect(items.autoFilter).toBeTruthy();
    expect(items.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    for (const sheet of book.worksheets) {
      expect(sheet.name.length).toBeLessThanOrEqual(31);
      expect(sheet.name).not.toMatch(/\s$/);
    }
  });
});
