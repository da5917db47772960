import { writeFileSync } from "node:fs";
import { buildDiscussionModel } from "./src/domain/reports/build-discussion-model.ts";
import { withLetter } from "./src/domain/reports/letter.ts";
import { renderPdf } from "./src/server/reports/render/pdf.ts";
import { readPdfLayout, renderPdfPage } from "./src/server/reports/render/testing/pdf-pages.ts";
const doc = withLetter(buildDiscussionModel({
    locale: "kk", generatedOn: "2025-04-02",
    body: { code: "MINFIN", nameKk: "Қазақстан Республикасы Қаржы министрлігі", nameRu: "Министерство финансов Республики Казахстан", nameEn: "Ministry of Finance" },
    initiative: { id: "i1", kind: "draft_legal_act", titleKk: `Субсидиялау қағидалары`, titleRu: "Правила субсидирования", titleEn: null,
      discussionStartsOn: "2025-03-01", discussionEndsOn: "2025-03-15", portalUrl: "https://legalacts.egov.kz/npa/view?id=1" },
    items: Array.from({length: 30}, (_, i) => ({ id: i, kind: "remark" as const, receivedAt: new Date("2025-03-02T20:30:00Z"), clauseRef: "4", text: "Мерзімді ұзарту керек, себебі қатысушылар құжаттарды жинауға үлгермейді және теңестірілді", outcome: (i%2? "accepted":"rejected") as "accepted", reason: i%2? null : "Реттеу нысанасына жатпайды", reference: i%2 ? "Бұйрықтың 4-тармағы" : null })),
    totals: { remarks: 30, accepted: 15, rejected: 15, undecided: 0, comments: 0, answered: 0 },
  }), { body: { nameKk: "Қазақстан Республикасы Қаржы министрлігі", nameRu: "Министерство финансов Республики Казахстан", nameEn: "Ministry of Finance", website: "https://www.gov.kz/memleket/entities/minfin" }, executor: { name: "Әлия Серікқызы", email: "officer@minfin.kz" } });
const pdf = await renderPdf(doc);
writeFileSync("/tmp/d.pdf", pdf);
const l = await readPdfLayout(pdf);
console.log(l.pages, l.items.length, l.items.slice(0, 40).map(i => `${i.page} ${i.x.toFixed(0)},${i.y.toFixed(0)} w${i.width.toFixed(0)} ${JSON.stringify(i.text)}`).join("\n"));
writeFileSync("/tmp/d1.png", await renderPdfPage(pdf, 1, 60));
