import { describe, expect, it } from "vitest";
import { periodLabelOf, type ReportDocument, type ReportTable } from "../../../domain/reports/document.ts";
import { hyphenationPoints, showPoints } from "./hyphenate.ts";
import { columnWidths, needsLandscape, textAreaWidth, textWidth, wrapToWidth } from "./layout.ts";
import { reportFileName } from "./render-report.ts";
import { isWholeOrHyphenated } from "./testing/pdf-pages.ts";
import { sheetName } from "./xlsx.ts";

describe("Kazakh hyphenation by syllables (тасымал)", () => {
  it.each([
    ["қабылданбады", "қа|был|дан|ба|ды"], // one consonant between vowels starts the next syllable
    ["бармаған", "бар|ма|ған"], // of two, the last
    ["айтты", "айт|ты"], // of three, the last
    ["ауыл", "ау|ыл"], // у after a vowel closes the syllable
    ["жауап", "жау|ап"],
    ["түсініктеме", "тү|сі|нік|те|ме"],
    ["ескерту", "ес|кер|ту"],
    ["ұсыныс", "ұсы|ныс"], // never one letter alone on a line (ұ-сы-ныс)
    ["20.1-тармақ", "20.1-тар|мақ"], // after the hard hyphen, then by syllables
    ["MINFIN", "MINFIN"], // codes and Latin words stay whole
    ["ҚР", "ҚР"], // abbreviations stay whole
  ])("%s → %s", (word, marked) => expect(showPoints(word, "kk")).toBe(marked));
});

describe("Russian hyphenation (TeX patterns)", () => {
  it.each([
    ["обоснование", "обос|но|ва|ние"],
    ["предложений", "пред|ло|же|ний"],
    ["Қабылданбады", "Қа|был|дан|ба|ды"], // a Kazakh word in a Russian document goes by Kazakh rules
  ])("%s → %s", (word, marked) => expect(showPoints(word, "ru")).toBe(marked));
});

describe("the split check of the visual regression", () => {
  const vocab = new Set(["қабылданбады", "Сілтеме", "(20.1-тармақ)"]);
  it.each([
    ["қабылданбады", true],
    ["қабыл-", true],
    ["данбады", true],
    ["дан-", true],
    ["(20.1-", true],
    ["тармақ)", true],
    ["қабылданбад", false],
    ["ы", false],
    ["қабылд", false],
    ["қабы-", false],
    ["Сілт", false],
    ["еме", false],
  ])("%s → %s", (token, ok) => expect(isWholeOrHyphenated(token, vocab, "kk")).toBe(ok));
});

const table = (columns: string[], rows: (string | number)[][]): ReportTable => ({
  name: "t",
  columns,
  widths: columns.map(() => 1),
  rows,
});

describe("columns sized to their content", () => {
  it("gives every column at least its longest word when the words fit", () => {
    const t = table(
      ["№", "Шешім", "Мәтіні"],
      [[1, "қабылданбады", "Мерзімді ұзарту керек, себебі қатысушылар құжаттарды жинауға үлгермейді ".repeat(4)]],
    );
    const widths = columnWidths(t, 400, "kk");
    expect(widths[1]).toBeGreaterThanOrEqual(textWidth("қабылданбады", 8));
    expect(widths[2]).toBeGreaterThan(widths[1]!); // the rest goes where the text is
  });

  it("cuts a word wider than its column only at hyphenation points, with the hyphen shown", () => {
    const wrapped = wrapToWidth("шешім қабылданбады", textWidth("қабылдан-", 8) + 0.5, 8, false, "kk");
    expect(wrapped).toBe("шешім қабылдан-\nбады");
    for (const piece of wrapped.split(/\s+/))
      expect(isWholeOrHyphenated(piece, new Set(["шешім", "қабылданбады"]), "kk")).toBe(true);
  });

  it("turns the page to landscape when a table's words do not fit a portrait page", () => {
    const doc = (columns: number): ReportDocument => ({
      kind: "topics",
      locale: "kk",
      title: "",
      meta: [],
      fileStem: "x",
      sections: [
        {
          heading: "",
          paragraphs: [],
          tables: [
            table(
              Array.from({ length: columns }, () => "Қатысушылар"),
              [],
            ),
          ],
        },
      ],
    });
    expect(needsLandscape(doc(3))).toBe(false);
    expect(needsLandscape(doc(9))).toBe(true);
    expect(textAreaWidth(true)).toBeGreaterThan(textAreaWidth(false));
  });
});

describe("XLSX sheet names (≤ 31 characters, cut at a word boundary)", () => {
  it.each([
    ["Қосымша: әрбір санның артындағы жазбалар", "Қосымша әрбір санның артындағы"],
    ["Ескертулер мен ұсыныстар және олар бойынша шешімдер", "Ескертулер мен ұсыныстар және"],
    ["Қысқа", "Қысқа"],
    ["Бірсөзденғанатұратынөтеұзынатаудыңмысалы", "Бірсөзденғанатұратынөтеұзынатау"],
  ])("%s → %s", (name, expected) => {
    const result = sheetName(name, new Set());
    expect(result).toBe(expected);
    expect(result.length).toBeLessThanOrEqual(31);
  });
  it("keeps names unique, still within 31", () => {
    const used = new Set<string>();
    const names = [1, 2, 3].map(() => sheetName("Ескертулер мен ұсыныстар және олар бойынша шешімдер", used));
    expect(names).toEqual([
      "Ескертулер мен ұсыныстар және",
      "Ескертулер мен ұсыныстар (2)",
      "Ескертулер мен ұсыныстар (3)",
    ]);
  });
});

describe("file names <body code>_<document>_<period>_<lang>.<ext>", () => {
  const doc = (over: Partial<ReportDocument>): ReportDocument => ({
    kind: "submission",
    locale: "kk",
    title: "",
    meta: [],
    sections: [],
    fileStem: "x",
    fileParts: { bodyCode: "MINFIN", period: "2025-Q1" },
    ...over,
  });
  it.each([
    [doc({}), "MINFIN_submission_2025-Q1_kk.docx", "MINFIN_submission_2025-Q1_kk.docx"],
    [
      doc({ locale: "ru", fileParts: { bodyCode: "ҚМ 01/2", period: "2025" } }),
      "01-2_submission_2025_ru.docx",
      "ҚМ-01-2_submission_2025_ru.docx",
    ],
    [
      doc({ kind: "evaluation", fileParts: { bodyCode: "MCI", period: periodLabelOf("2025-01-01", "2025-06-30") } }),
      "MCI_evaluation_2025-H1_kk.docx",
      "MCI_evaluation_2025-H1_kk.docx",
    ],
  ])("%#", (d, ascii, unicode) => {
    expect(reportFileName(d, "docx")).toBe(ascii);
    expect(reportFileName(d, "docx", false)).toBe(unicode);
  });
  it.each([
    ["2025-01-01", "2025-12-31", "2025"],
    ["2025-07-01", "2025-12-31", "2025-H2"],
    ["2025-04-01", "2025-06-30", "2025-Q2"],
    ["2025-02-01", "2025-04-30", "2025-02-01--2025-04-30"],
  ])("period %s – %s → %s", (from, to, label) => expect(periodLabelOf(from, to)).toBe(label));
});

describe("hyphenation points never leave one letter", () => {
  it.each(["қабылданбады", "ауыл", "обоснование", "ұсыныс"])("%s", (word) => {
    for (const p of hyphenationPoints(word, "kk")) {
      expect(p).toBeGreaterThanOrEqual(2);
      expect(word.length - p).toBeGreaterThanOrEqual(2);
    }
  });
});
