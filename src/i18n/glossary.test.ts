/**
 * Every UI catalog, server message and document text uses the order's words for the kinds of
 * feedback (src/i18n/glossary.ts, docs/glossary.md): түсініктеме, ескерту, ұсыныс, өтініш/жолданым.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkCatalogTerms, GLOSSARY, glossaryTerm, namesTerm } from "./glossary.ts";
import { analysisMessages } from "./messages/analysis.ts";
import { errorMessages } from "./messages/errors.ts";
import { evaluationMessages } from "./messages/evaluation.ts";
import { importMessages } from "./messages/imports.ts";
import { monitoringMessages } from "./messages/monitoring.ts";
import { openAccessMessages } from "./messages/open-access.ts";
import { portalMessages } from "./messages/portal.ts";
import { reviewMessages } from "./messages/review.ts";
import { auditMessages } from "./messages/audit.ts";
import { teamworkMessages } from "./messages/teamwork.ts";
import { en } from "../web/i18n/en.ts";
import { kk } from "../web/i18n/kk.ts";
import { ru } from "../web/i18n/ru.ts";
import type { Locale } from "./index.ts";

type AnyCatalog = Record<Locale, Record<string, string>>;
const catalogs: Record<string, AnyCatalog> = {
  web: { kk, ru, en } as AnyCatalog,
  analysis: analysisMessages as AnyCatalog,
  errors: errorMessages as unknown as AnyCatalog,
  evaluation: evaluationMessages as AnyCatalog,
  imports: importMessages as AnyCatalog,
  monitoring: monitoringMessages as AnyCatalog,
  openAccess: openAccessMessages as AnyCatalog,
  portal: portalMessages as unknown as AnyCatalog,
  review: reviewMessages as AnyCatalog,
  audit: auditMessages as AnyCatalog,
  teamwork: teamworkMessages as AnyCatalog,
};

// In the §15 review English says "the head's comments" for the head's notes on the quarterly
// analysis: not §2.8 comments but remarks, which kk and ru rightly call ескертулер / замечания.
const REVIEW_NOTES = (key: string) => key.startsWith("review.") || key === "reviewStatus.returned";

// The documents' catalog (messages/reports.ts) is checked by the documents' own tests (issue 14).
describe("glossary (docs/glossary.md)", () => {
  it.each(Object.keys(catalogs))(
    "catalog %s names comments, remarks, proposals and appeals with the order's words",
    (name) => {
      const catalog = catalogs[name]!;
      const exempt = new Set(Object.keys(catalog.en).filter((k) => name === "web" && REVIEW_NOTES(k)));
      expect(checkCatalogTerms(catalog, exempt)).toEqual([]);
    },
  );

  it("never calls a comment 'пікір' in the item kinds the UI shows (§2.8)", () => {
    expect(kk["kind.comment"]).toMatch(/^түсініктеме/);
    for (const term of GLOSSARY) {
      const text = kk[`kind.${term.id}` as keyof typeof kk];
      expect(namesTerm(term, "kk", text), term.id).toBe(true);
      for (const wrong of term.wrongKk) expect(text.toLocaleLowerCase("kk")).not.toContain(wrong);
    }
  });

  it("tells a proposal (ұсыныс) from a recommendation (ұсыным, §14–§15)", () => {
    const proposal = glossaryTerm("proposal");
    expect(namesTerm(proposal, "kk", "Ұсыныстар қабылданды")).toBe(true);
    expect(namesTerm(proposal, "kk", "Ұсынымдар жобасы")).toBe(false);
    expect(namesTerm(glossaryTerm("appeal"), "kk", "жолданымдар")).toBe(true);
    expect(namesTerm(glossaryTerm("comment"), "ru", "Комментариев нет")).toBe(true);
  });

  it("is the table docs/glossary.md shows", () => {
    const doc = readFileSync(new URL("../../docs/glossary.md", import.meta.url), "utf8");
    for (const term of GLOSSARY) {
      const row = doc.split("\n").find((line) => line.startsWith(`| ${term.id} (\`${term.id}\`)`));
      expect(row, term.id).toBeTruthy();
      for (const word of [...term.terms.kk, ...term.terms.ru]) expect(row, `${term.id}: ${word}`).toContain(word);
    }
  });
});
