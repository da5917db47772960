/**
 * The signed-in workspace in a real browser: an officer accepts a remark with its §20.1 reference
 * and answers a comment, and the live indicator on the page moves; an analyst opens a round,
 * computes and publishes it; the language switch changes the UI to Russian and English.
 * An officer runs the quarterly analysis (§14), opens the items behind a number, corrects a label,
 * edits the drafts, downloads documents and reads the compliance calendar.
 * Screenshots of the main screens (Kazakh UI) go to docs/screenshots/.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { chooseOption, expectOk, shot, signIn, startE2E, type E2E } from "./harness.ts";

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
}, 150_000);
afterAll(async () => {
  await e2e?.close();
});

const num = async (page: Page, testId: string) => Number((await page.getByTestId(testId).innerText()).trim());

/** The indicator card counts one period: point it at the year the first listed item was received in. */
async function indicatorToYearOfFirstRow(page: Page): Promise<string> {
  const row = page.locator("tr[data-item-id]").first();
  const received = await row.locator("td").nth(1).innerText();
  const year = received.trim().slice(-4);
  const current = await page.getByTestId("indicator-period").innerText();
  if (!current.includes(`${year} жыл`)) {
    await chooseOption(page, "indicator-period", `${year} жыл`, true);
    await page.getByTestId("indicator-card").getByText(`01.01.${year}`).waitFor();
  }
  return (await row.getAttribute("data-item-id"))!;
}

describe("web workspace (Chromium)", () => {
  it("an officer accepts a remark with a reference and answers a comment; the indicator changes", async () => {
    const { context, page, problems } = await e2e.newPage();
    await page.goto(`${e2e.baseUrl}/sign-in`);
    await page.getByTestId("demo-officer.minfin@demo.pikir.kz").waitFor();
    await shot(page, "01-sign-in");

    await signIn(page, e2e.baseUrl, "officer.minfin@demo.pikir.kz");
    await page.getByTestId("indicator-f").waitFor();
    await page.getByTestId("initiatives").locator(".initiative-item").first().waitFor();

    // A remark awaiting a decision.
    await page.goto(`${e2e.baseUrl}/inbox?kind=remark&status=undecided`);
    await page.locator("tr[data-item-id]").first().waitFor();
    await shot(page, "03-inbox");
    const remarkId = await indicatorToYearOfFirstRow(page);
    const bBefore = await num(page, "indicator-b");
    await page.locator(`tr[data-item-id="${remarkId}"]`).click();

    const form = page.getByTestId("decision-form");
    await form.getByText("Қабылдау", { exact: true }).click();
    await page.getByTestId("decision-submit").click();
    // The §20.1 reference is required before anything is sent.
    await form.getByText("Қабылданған ескертуге сілтеме міндетті (20.1-тармақ)").waitFor();
    await page.getByTestId("reference-text").fill("«Бюджет кодексі» жобасының 12-бабының 3-тармағы");
    await page.getByTestId("decision-submit").click();
    // The history names the officer (her display name), not her e-mail.
    await page.getByTestId("item-history").getByText("Әлия Сапарова").first().waitFor();
    expect(await page.getByTestId("item-history").innerText()).not.toContain("@demo.pikir.kz");
    await page.waitForFunction(
      (before) => Number(document.querySelector("[data-testid=indicator-b]")?.textContent) === before + 1,
      bBefore,
    );
    await shot(page, "04-item-accepted");
    expect(await num(page, "indicator-b")).toBe(bBefore + 1);
    await page.locator(".ant-drawer-close").click();

    // A comment awaiting an answer.
    await page.goto(`${e2e.baseUrl}/inbox?kind=comment&status=unanswered`);
    await page.locator("tr[data-item-id]").first().waitFor();
    const commentId = await indicatorToYearOfFirstRow(page);
    const eBefore = await num(page, "indicator-e");
    await page.locator(`tr[data-item-id="${commentId}"]`).click();
    await page
      .getByTestId("answer-text")
      .fill("Рахмет! Ұсынысыңыз жұмыс тобына жіберілді, нәтижесі сайтта жарияланады.");
    await page.getByTestId("answer-submit").click();
    await page.getByTestId("item-history").getByText("Жауап берілді").waitFor();
    await page.waitForFunction(
      (before) => Number(document.querySelector("[data-testid=indicator-e]")?.textContent) === before + 1,
      eBefore,
    );
    expect(await num(page, "indicator-e")).toBe(eBefore + 1);

    await page.locator(".ant-drawer-close").click();

    // An appeal: the appellant's data is masked until the officer gives a purpose (audited).
    await page.goto(`${e2e.baseUrl}/inbox?kind=appeal`);
    await page.locator("tr[data-item-id]").first().waitFor();
    await page.locator("tr[data-item-id]").first().click();
    const iin = page.getByTestId("personal-iin");
    await iin.waitFor();
    expect(await iin.textContent()).toMatch(/^\d{2}\*{8}\d{2}$/);
    await page.getByTestId("personal-show").click();
    await page.getByTestId("personal-purpose").fill("Өтініш берушіге жазбаша жауап жіберу үшін");
    await expectOk(page, "/personal/reveal", () => page.locator(".ant-modal-footer .ant-btn-primary").click());
    await page.waitForFunction(() =>
      /^\d{12}$/.test(document.querySelector("[data-testid=personal-iin]")?.textContent ?? ""),
    );
    await shot(page, "29-personal-data-revealed");
    await page.locator(".ant-drawer-close").click();

    // The period picked on the inbox is remembered on the overview.
    await page.goto(`${e2e.baseUrl}/body`);
    await page.getByTestId("indicator-f").waitFor();
    await page.getByTestId("initiatives").locator(".initiative-item").first().waitFor();
    await shot(page, "02-body-overview");

    await page.goto(`${e2e.baseUrl}/evidence`);
    await page.getByTestId("evidence-publications").locator("tbody tr.ant-table-row").first().waitFor();
    await shot(page, "05-evidence");

    // The body's side of the open demo round: §20 information, pre-filled from Pikir's record.
    await page.goto(`${e2e.baseUrl}/submissions`);
    const openRow = page
      .getByTestId("body-requests")
      .locator("tbody tr", { has: page.locator("[data-round-status=open]") })
      .first();
    await openRow.getByRole("button").click();
    await page.locator(".ant-modal").getByLabel("Түскен ескертулер мен ұсыныстар (C)").waitFor();
    await page.locator(".ant-modal-footer .ant-btn-primary").click();
    await openRow.getByText("ұсынылды ·").waitFor();
    await shot(page, "06-body-evaluation");
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  it("an analyst opens a round for a period, computes and publishes it", async () => {
    const { context, page, problems } = await e2e.newPage();
    await signIn(page, e2e.baseUrl, "analyst@demo.pikir.kz");
    await page.getByTestId("rounds").locator("tbody tr").first().waitFor();
    await shot(page, "07-evaluation-rounds");

    await chooseOption(page, "round-period", "2025 ж., 1-тоқсан", true);
    expect(await page.getByTestId("round-title").inputValue()).toBe("2025 ж., 1-тоқсан бағалауы");
    await page.getByTestId("round-open-submit").click();
    await page.waitForURL(/\/evaluation\/[0-9a-f-]{36}$/);
    await page.locator("[data-round-status=open]").waitFor();
    await page.getByTestId("round-submissions").locator("tbody tr").first().waitFor();

    // Each server action is awaited on its response, so a slow machine waits and a failure says why.
    await expectOk(page, "/compute", () => page.getByTestId("round-compute").click());
    await page.locator("[data-round-status=computed]").waitFor({ timeout: 30_000 });
    await page.getByTestId("round-publish").click();
    const confirm = page.locator(".ant-popconfirm .ant-btn-primary");
    await confirm.waitFor();
    await expectOk(page, "/publish", () => confirm.click());
    await page.locator("[data-round-status=published]").waitFor({ timeout: 30_000 });
    const ranked = page.getByTestId("round-ranking").locator("tbody tr");
    await ranked.first().waitFor();
    expect(await ranked.count()).toBeGreaterThan(10);
    // Nobody submitted for the new round: every row says "not submitted" (§20) instead of a band.
    expect(
      await page.getByTestId("round-ranking").locator("[data-band], [data-testid=status-not_submitted]").count(),
    ).toBeGreaterThan(10);
    await shot(page, "08-round-ranking");

    await page.getByRole("tab", { name: "Диаграммалар" }).click();
    await page.getByTestId("round-charts").locator("figure svg, figure canvas").first().waitFor();
    await page.waitForTimeout(600); // let the chart animation finish before the screenshot
    await shot(page, "09-round-charts");

    // The demo's published 2025 round: differences between submissions and the record are flagged.
    await page.goto(`${e2e.baseUrl}/evaluation`);
    await page.getByTestId("rounds").getByText("2025 жылғы бағалау", { exact: false }).click();
    await page.getByRole("tab", { name: "Ұсынылған ақпарат" }).click();
    await page.getByTestId("round-submissions").locator("tbody tr").first().waitFor();
    await shot(page, "10-round-submissions");
    await page.getByTestId("round-submissions").locator("tbody tr").first().click();
    await page.getByTestId("body-result").locator(".indicator-f").first().waitFor();
    await shot(page, "11-body-drill-down");
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  it("the language switch turns the UI to Russian and English and is remembered", async () => {
    const { context, page, problems } = await e2e.newPage();
    await page.goto(`${e2e.baseUrl}/sign-in`);
    await page.getByRole("heading", { name: "Pikir жүйесіне кіру" }).waitFor();

    await chooseOption(page, "language-switch", "Русский");
    await page.getByRole("heading", { name: "Вход в Pikir" }).waitFor();
    await page.reload();
    await page.getByRole("heading", { name: "Вход в Pikir" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("ru");

    await signIn(page, e2e.baseUrl, "admin@demo.pikir.kz");
    await page.getByRole("heading", { name: "Государственные органы" }).waitFor();
    await chooseOption(page, "language-switch", "English");
    await page.getByRole("heading", { name: "State bodies" }).waitFor();
    await page.getByRole("menuitem", { name: "Users" }).waitFor();

    await chooseOption(page, "language-switch", "Қазақша");
    await page.getByTestId("bodies").locator("tbody tr").first().waitFor();
    await shot(page, "12-admin-bodies");
    await page.goto(`${e2e.baseUrl}/admin/users`);
    await page.getByTestId("users").getByText("analyst@demo.pikir.kz").waitFor();
    await shot(page, "13-admin-users");
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);
  it("an officer runs the quarterly analysis, drills into it, downloads documents and reads the calendar", async () => {
    const { context, page, problems } = await e2e.newPage();
    await signIn(page, e2e.baseUrl, "officer.minfin@demo.pikir.kz");
    await page.getByRole("menuitem", { name: "Тоқсандық талдау" }).click();
    await page.waitForURL(/\/analysis/);

    // The demo's Ministry of Finance received its 2025 Q3 feedback on the budget portal: all channels.
    await page.goto(`${e2e.baseUrl}/analysis?period=2025-Q3&scope=all`);
    await page.getByTestId("analysis-items").waitFor();
    await page.getByTestId("analysis-run-button").click();
    await page.locator("[data-testid=analysis-run-state][data-phase=done]").waitFor();
    expect(Number(await page.getByTestId("analysis-items").innerText())).toBeGreaterThan(0);
    await page.getByTestId("analysis-charts").locator("figure canvas").first().waitFor();
    await page.waitForTimeout(600); // let the chart animation finish before the screenshot
    await shot(page, "14-analysis-charts");

    // The items behind a topic's size: exactly as many rows as the number says.
    await page.getByRole("tab", { name: "Тақырыптар мен науқандар" }).click();
    const firstTopic = page.getByTestId("analysis-topics").locator("tbody tr").first();
    const size = Number(await firstTopic.locator(".count-link").innerText());
    await firstTopic.locator(".count-link").click();
    const behind = page.getByTestId("items-behind").locator("tbody tr[data-item-id]");
    await behind.first().waitFor();
    expect(await behind.count()).toBe(Math.min(size, 10));
    await shot(page, "15-analysis-items");
    await page.locator(".ant-drawer-close").click();

    // The official adds a recommendation of their own to the drafts and downloads the edited
    // document. (Whether the quarter drafts any depends on the shipped sentiment model's reading of
    // the demo texts; draft-recommendations.test.ts and the analysis route tests check the drafting.)
    await page.getByRole("tab", { name: "Ұсынымдар жобасы" }).click();
    const recommendations = page.getByTestId("draft-recommendations");
    await recommendations.locator(".draft-add button").click();
    await recommendations
      .locator("textarea")
      .last()
      .fill("Жол жөндеу кестесін аудан әкімдіктерімен келісіп, сайтта жариялау.");
    await shot(page, "16-analysis-drafts");
    const [edited] = await Promise.all([page.waitForEvent("download"), page.getByTestId("drafts-download").click()]);
    const rtf = readFileSync((await edited.path())!, "latin1");
    expect(rtf.startsWith("{\\rtf1")).toBe(true);
    expect(rtf).toContain("\\u1046?\\u1086?\\u1083?"); // "Жол", as RTF Unicode escapes

    // Documents of the quarter: the §14 analysis as DOCX (a ZIP) and as PDF.
    await page.goto(`${e2e.baseUrl}/documents?period=2025-Q3`);
    await page.getByTestId("body-documents").waitFor();
    await page.getByTestId("discussion-documents").locator(".doc-row").first().waitFor();
    await page.waitForTimeout(400); // the list fades in
    await shot(page, "17-documents");
    const [docx] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("doc-quarterly").locator("button[data-format=docx]").click(),
    ]);
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    expect([...readFileSync((await docx.path())!).subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const [pdf] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("doc-quarterly").locator("button[data-format=pdf]").click(),
    ]);
    expect(
      readFileSync((await pdf.path())!)
        .subarray(0, 5)
        .toString("latin1"),
    ).toBe("%PDF-");

    // The compliance calendar: overdue duties first, highlighted, each with its paragraph.
    await page.goto(`${e2e.baseUrl}/calendar`);
    const duties = page.getByTestId("calendar-duties").locator("tbody tr[data-status]");
    await duties.first().waitFor();
    expect(await duties.first().getAttribute("data-status")).toBe("overdue");
    expect(await duties.first().innerText()).toMatch(/§\d+/);
    // A due date in the list turns the month view to it.
    await duties.first().getByTestId("duty-date").click();
    await page.getByTestId("calendar-month").locator(".calendar-duty-overdue").first().waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, "18-calendar");
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
});

it("an officer corrects the least confident label in the review queue", async () => {
  const { context, page } = await e2e.newPage();
  await signIn(page, e2e.baseUrl, "officer.minfin@demo.pikir.kz");
  await page.goto(`${e2e.baseUrl}/analysis?period=2025-Q3&scope=all`);
  // The queue holds labelled items only: label the quarter first (a no-op when it already is).
  await page.getByTestId("analysis-run-button").click();
  await page.locator("[data-testid=analysis-run-state][data-phase=done]").waitFor();
  // A person corrects the least confident label in the review queue.
  await page.getByRole("tab", { name: "Тексеру кезегі" }).click();
  const queued = page.getByTestId("review-queue").locator("tbody tr[data-item-id]").first();
  await queued.waitFor();
  const queuedId = await queued.getAttribute("data-item-id");
  await queued.getByTestId("correct-item").click();
  await page.getByTestId("correction-value").click();
  await page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option").first().click();
  await page.getByTestId("correction-submit").click();
  await page.getByText("Түзету сақталды").waitFor();
  const labels = (await page.evaluate(async (id) => (await fetch(`/api/feedback/${id}/labels`)).json(), queuedId)) as {
    corrections: { field: string }[];
  };
  expect(labels.corrections.map((c) => c.field)).toEqual(["topic"]);

  await context.close();
}, 90_000);
