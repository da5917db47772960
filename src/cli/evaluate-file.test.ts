import { describe, expect, it } from "vitest";
import { csvField, evaluateFile, guardFormula } from "./evaluate-file.ts";

const input = {
  period: { from: "2025-01-01", to: "2025-12-31" },
  bodies: [
    // §22: E/G defaults to 1 (G = 0) → F = 27/40 = 67.5 → low
    {
      id: "mci",
      name: "Мәдениет және ақпарат министрлігі",
      remarks: { received: 40, accepted: 27, rejected: 13 },
      comments: { received: 0, answered: 0 },
      openAccess: true,
    },
    // §23: zeroed because results were not in open access
    {
      id: "akimat-1",
      name: 'Акимат, "Алматы"',
      remarks: { received: 10, accepted: 9, rejected: 1 },
      comments: { received: 20, answered: 20 },
      openAccess: { results: false },
    },
    // §22: both ratios default → 100 → high
    {
      id: '=HYPERLINK("x")',
      name: "@evil",
      remarks: { received: 0, accepted: 0, rejected: 0 },
      comments: { received: 0, answered: 0 },
    },
  ],
};
const text = JSON.stringify(input);

describe("evaluateFile — JSON output", () => {
  it("prints the contract fields first, then name, reasons, version and the localised explanation", () => {
    const r = evaluateFile(text, { format: "json", locale: "en" });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout) as { results: Record<string, unknown>[] };
    expect(Object.keys(out)).toEqual(["results"]);
    expect(out.results.map((x) => Object.keys(x).slice(0, 8))).toEqual(
      Array(3).fill(["id", "F", "band", "zeroed", "B", "C", "E", "G"]),
    );
    expect(out.results.map(({ id, F, band, zeroed, B, C, E, G }) => ({ id, F, band, zeroed, B, C, E, G }))).toEqual([
      { id: "mci", F: 67.5, band: "low", zeroed: false, B: 27, C: 40, E: 0, G: 0 },
      { id: "akimat-1", F: 0, band: "ineffective", zeroed: true, B: 9, C: 10, E: 20, G: 20 },
      { id: '=HYPERLINK("x")', F: 100, band: "high", zeroed: false, B: 0, C: 0, E: 0, G: 0 },
    ]);
    expect(out.results[1]).toMatchObject({
      name: 'Акимат, "Алматы"',
      zeroReasons: ["resultsNotInOpenAccess"],
      rulesVersion: "137-NK/2025",
    });
    expect(out.results[0]?.explanation).toContain("Remarks and proposals: B/C = 27/40 (§22)");
    // §22 default for C = G = 0 is labelled, so a reader never takes it for a "high" body.
    expect(out.results.map((x) => [x.nothingReceived, x.status])).toEqual([
      [false, "evaluated"],
      [false, "evaluated"],
      [true, "nothing_received"],
    ]);
  });

  it("localises the explanation and band name in Kazakh", () => {
    const out = JSON.parse(evaluateFile(text, { format: "json", locale: "kk" }).stdout) as {
      results: { bandName: string; explanation: string[] }[];
    };
    expect(out.results[0]?.bandName).toBe("төмен көрсеткіш");
    expect(out.results[0]?.explanation.at(-1)).toBe("67.5% — шкала бойынша: «төмен көрсеткіш» (23-тармақ)");
  });
});

describe("evaluateFile — table output", () => {
  it.each([
    {
      locale: "ru",
      header: "Государственный орган",
      band: "низкий показатель",
      title: "Период: 2025-01-01 – 2025-12-31; редакция методики: 137-NK/2025",
    },
    {
      locale: "kk",
      header: "Мемлекеттік орган",
      band: "төмен көрсеткіш",
      title: "Кезең: 2025-01-01 – 2025-12-31; Әдістеме редакциясы: 137-NK/2025",
    },
    {
      locale: "en",
      header: "State body",
      band: "low",
      title: "Period: 2025-01-01 – 2025-12-31; rules version: 137-NK/2025",
    },
  ] as const)("$locale: localised headers, aligned rows, no colour codes", ({ locale, header, band, title }) => {
    const r = evaluateFile(text, { format: "table", locale });
    expect(r.exitCode).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(title);
    expect(r.stdout).toContain(header);
    expect(r.stdout).toContain(band);
    expect(r.stdout).not.toMatch(/\u001b\[/);
    const row = lines.find((l) => l.includes("mci"))!;
    expect(row.split("│").map((c) => c.trim())).toEqual(expect.arrayContaining(["mci", "67.5", band, "27", "40"]));
    // every table line has the same display width: the table is aligned
    const tableLines = lines.filter((l) => /^[┌│├└]/.test(l));
    expect(new Set(tableLines.map((l) => [...l].length)).size).toBe(1);
    expect(lines.at(-1)).toMatch(/^akimat-1: /);
  });
});

describe("evaluateFile — CSV output", () => {
  it("writes RFC 4180 rows with a localised header, CRLF and guarded text cells", () => {
    const r = evaluateFile(text, { format: "csv", locale: "en" });
    expect(r.exitCode).toBe(0);
    const rows = r.stdout.split("\r\n");
    expect(rows.at(-1)).toBe("");
    expect(rows[0]).toBe(
      'ID,State body,"F, %",Band,Band name,Zeroed,Zero reasons,B (accepted),C (remarks received),E (answered),G (comments received),Rules version,Status',
    );
    expect(rows[1]).toBe("mci,Мәдениет және ақпарат министрлігі,67.5,low,low,no,,27,40,0,0,137-NK/2025,evaluated");
    expect(rows[2]).toBe(
      'akimat-1,"Акимат, ""Алматы""",0.0,ineffective,ineffective,yes,"information on interim and final results of projects and initiatives was not in open access (§16, §23)",9,10,20,20,137-NK/2025,evaluated',
    );
    expect(rows[3]).toBe(
      `"'=HYPERLINK(""x"")",'@evil,100.0,high,high,no,,0,0,0,0,137-NK/2025,"nothing received, §22 default"`,
    );
  });

  it.each([
    { value: "=1+1", guarded: "'=1+1" },
    { value: "+7 701", guarded: "'+7 701" },
    { value: "-5", guarded: "'-5" },
    { value: "@SUM(A1)", guarded: "'@SUM(A1)" },
    { value: "\tcmd", guarded: "'\tcmd" },
    { value: "Әкімдік", guarded: "Әкімдік" },
    { value: "a=b", guarded: "a=b" },
  ])("guards $value against formula injection", ({ value, guarded }) => {
    expect(guardFormula(value)).toBe(guarded);
  });

  it.each([
    { value: "plain", field: "plain" },
    { value: "a,b", field: '"a,b"' },
    { value: 'say "hi"', field: '"say ""hi"""' },
    { value: "two\nlines", field: '"two\nlines"' },
  ])("quotes $value per RFC 4180", ({ value, field }) => {
    expect(csvField(value)).toBe(field);
  });
});

describe("evaluateFile — rejected input (exit code 2)", () => {
  it("invalid JSON: nothing on stdout, the parse problem on stderr", () => {
    const r = evaluateFile("{ not json", { format: "json", locale: "en" });
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^Input rejected, problems: 1\n {2}- Input: not valid JSON: /);
  });

  it("lists every problem with body and field, localised", () => {
    const bad = {
      period: { from: "2025-01-01", to: "2025-12-31" },
      bodies: [
        {
          id: "a",
          name: "Минфин",
          remarks: { received: 3, accepted: 4, rejected: 0 },
          comments: { received: 2, answered: 1, unanswered: 5 },
        },
        {
          id: "a",
          name: "Дубль",
          remarks: { received: -1, accepted: 0, rejected: 0 },
          comments: { received: 0, answered: 0 },
        },
      ],
    };
    const r = evaluateFile(JSON.stringify(bad), { format: "table", locale: "ru" });
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toEqual([
      "Входные данные отклонены, ошибок: 4",
      "  - Орган №1 «Минфин» (id: a), поле «remarks.accepted»: сумма принятых (4) и непринятых (0) превышает общее число поступивших замечаний и предложений (3) (подп. 1) п. 20)",
      "  - Орган №1 «Минфин» (id: a), поле «comments.unanswered»: число комментариев без ответа — 5, а разность поступивших и отвеченных — 1 (подп. 2) п. 20)",
      "  - Орган №2 «Дубль» (id: a), поле «remarks.received»: не может быть отрицательным, получено: -1",
      "  - Орган №2 «Дубль» (id: a), поле «id»: идентификатор «a» уже использован органом №1",
    ]);
  });

  it("refuses a period before 2024 in Kazakh", () => {
    const r = evaluateFile(JSON.stringify({ ...input, period: { from: "2023-01-01", to: "2023-12-31" } }), {
      format: "csv",
      locale: "kk",
    });
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(
      "Кіріс деректері, «period.from» өрісі: кезең 2023-01-01 күні басталады, ал Әдістеме 2024 жылы қабылданды: 2024-01-01 күнге дейінгі кезеңдер бағаланбайды",
    );
  });
});
