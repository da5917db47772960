/**
 * Test support: one document of every kind, as an official would get it — with its letter frame,
 * long Kazakh and Russian words in narrow columns, and enough rows to run over several pages.
 */
import type { Locale } from "../../../../i18n/index.ts";
import { buildCouncilModel } from "../../../../domain/reports/build-council-model.ts";
import { buildDiscussionModel } from "../../../../domain/reports/build-discussion-model.ts";
import { buildEvaluationModel } from "../../../../domain/reports/build-evaluation-model.ts";
import { buildQuarterlyModel, type VolumeCount } from "../../../../domain/reports/build-quarterly-model.ts";
import { buildResultsModel } from "../../../../domain/reports/build-results-model.ts";
import { buildSubmissionModel } from "../../../../domain/reports/build-submission-model.ts";
import { buildTopicsModel } from "../../../../domain/reports/build-topics-model.ts";
import type { ReportDocument, ReportKind } from "../../../../domain/reports/document.ts";
import { withLetter } from "../../../../domain/reports/letter.ts";
import type { ExplanationLine } from "../../../../domain/evaluation/explanation.ts";

const SAMPLE_BODY = {
  code: "MINFIN",
  nameKk: "Қазақстан Республикасы Қаржы министрлігі",
  nameRu: "Министерство финансов Республики Казахстан",
  nameEn: "Ministry of Finance of the Republic of Kazakhstan",
};
// Illustrative requisites (not the ministry's real ones), so the frame is drawn filled in (issue 14).
const letterBody = (locale: Locale) => ({
  ...SAMPLE_BODY,
  website: "https://www.gov.kz/memleket/entities/minfin",
  address: locale === "kk" ? "010000, Астана қ., Жеңіс даңғылы, 11" : "010000, г. Астана, пр. Жеңіс, 11",
  phone: "+7 7172 00 00 01",
  email: "kense@minfin.example.kz",
  bin: "020540000010",
});
const head = { name: "Е. Жақсылықов" };
const executor = { name: "Серікқызы Әлия", phone: "+7 7172 00 01 01", email: "a.serikkyzy@minfin.gov.kz" };
const period = { from: "2025-01-01", to: "2025-03-31" };

const REMARKS = [
  "Қағидалардың 4-тармағындағы өтінім беру мерзімін он жұмыс күнінен жиырма жұмыс күніне дейін ұзартуды ұсынамын, себебі ауылдық жерлердегі қатысушылар құжаттарды жинауға үлгермейді.",
  "Субсидиялау шарттарын шағын және орта кәсіпкерлік субъектілері үшін теңестіру қажет.",
  "Предлагаю исключить требование о нотариальном заверении копий учредительных документов.",
  "Электрондық өтінімді қабылдау тәртібін нақтылау керек.",
];

function volumes(scale: number): VolumeCount[] {
  return [
    { channel: "appeal", kind: "appeal", lang: "kk", n: 14 * scale },
    { channel: "appeal", kind: "appeal", lang: "ru", n: 9 * scale },
    { channel: "social_media", kind: "social_comment", lang: "kk", n: 6 * scale },
    { channel: "legal_acts_portal", kind: "remark", lang: "ru", n: 4 * scale },
    { channel: "dialogue_portal", kind: "comment", lang: "kk", n: 3 * scale },
  ];
}

const analysis = {
  current: volumes(2),
  previous: volumes(1),
  unansweredComments: 3,
  undecidedRemarks: 2,
  dialogueEvents: 0,
};
const totals = (n: number) => ({
  remarks: n,
  accepted: Math.floor(n / 2),
  rejected: n - Math.floor(n / 2) - 1,
  undecided: 1,
  comments: 4,
  answered: 3,
});

function content(kind: ReportKind, locale: Locale): ReportDocument {
  const common = { locale, generatedOn: "2025-04-07", body: SAMPLE_BODY, period, periodLabel: "2025-Q1" };
  switch (kind) {
    case "discussion":
      return buildDiscussionModel({
        locale,
        generatedOn: "2025-04-07",
        body: SAMPLE_BODY,
        initiative: {
          id: "i1",
          kind: "draft_legal_act",
          titleKk: "Шағын және орта бизнес субъектілерін субсидиялау қағидаларын бекіту туралы бұйрықтың жобасы",
          titleRu: "Проект приказа об утверждении Правил субсидирования субъектов малого и среднего бизнеса",
          titleEn: null,
          discussionStartsOn: "2025-03-01",
          discussionEndsOn: "2025-03-15",
          portalUrl: "https://legalacts.egov.kz/npa/view?id=14978621",
        },
        items: Array.from({ length: 24 }, (_, i) => ({
          id: 100 + i,
          kind: i % 3 === 0 ? ("proposal" as const) : ("remark" as const),
          receivedAt: new Date(Date.UTC(2025, 2, 1 + (i % 14), 6)),
          clauseRef: `${4 + (i % 5)}`,
          text: REMARKS[i % REMARKS.length]!,
          outcome: i % 4 === 3 ? null : i % 2 === 0 ? ("accepted" as const) : ("rejected" as const),
          reason:
            i % 2 === 1 ? "Ұсыныс реттеу нысанасына жатпайды; Кәсіпкерлік кодексінің 82-бабына сәйкес келмейді" : null,
          reference: i % 2 === 0 ? "Қағидалардың 4-тармағының 2) тармақшасы жаңа редакцияда жазылды" : null,
        })),
        totals: totals(24),
      });
    case "submission":
      return buildSubmissionModel({
        ...common,
        figures: {
          remarksReceived: 24,
          acceptedWithReference: 10,
          acceptedWithoutReference: 2,
          rejected: 11,
          commentsReceived: 40,
          commentsAnswered: 37,
        },
        openAccess: { drafts: true, budgetReports: null, results: false },
        dialogueEvents: [
          {
            kind: "internet_conference",
            topic: "Шағын бизнесті субсидиялаудың жаңа қағидалары",
            url: "https://dialog.egov.kz/conferences/2025/412",
            startsOn: "2025-02-12",
            participants: 312,
            questions: 48,
          },
          {
            kind: "survey",
            topic: "Мемлекеттік қызметтердің сапасы",
            url: "https://dialog.egov.kz/surveys/9981",
            startsOn: "2025-03-03",
            participants: 1290,
            questions: 12,
          },
        ],
        mediaWork: [
          {
            kind: "briefing",
            title: "Орталық коммуникациялар қызметіндегі брифинг",
            url: "https://ortcom.kz/kk/briefing/2025-03-05",
            happenedOn: "2025-03-05",
          },
        ],
        explanation: [
          { key: "explain.remarksRatio", params: { fraction: "10/24" } },
          { key: "explain.commentsRatio", params: { fraction: "37/40" } },
          { key: "explain.formula", params: { exact: "38.5416" } },
          { key: "explain.rounded", params: { F: 38.5 } },
        ],
        annex: Array.from({ length: 40 }, (_, i) => ({
          id: 5000 + i,
          kind: (["remark", "proposal", "comment"] as const)[i % 3]!,
          channel: i % 3 === 2 ? "dialogue_portal" : "legal_acts_portal",
          receivedAt: new Date(Date.UTC(2025, 0, 5 + i, 9)),
          outcome: i % 3 === 2 ? null : i % 2 === 0 ? ("accepted" as const) : ("rejected" as const),
          reference: i % 2 === 0 ? "Қағидалардың 12-тармағы" : null,
          answered: i % 5 !== 0,
        })),
        annexTotal: 40,
      });
    case "evaluation":
      return buildEvaluationModel({
        locale,
        generatedOn: "2025-07-10",
        round: {
          id: "r1",
          title:
            locale === "ru"
              ? "Оценка за первое полугодие 2025 года"
              : "2025 жылдың бірінші жартыжылдығы бойынша бағалау",
          periodFrom: "2025-01-01",
          periodTo: "2025-06-30",
          rulesVersion: "2024-1",
        },
        results: Array.from({ length: 18 }, (_, i) => {
          const F = [96.5, 88.2, 88.2, 71, 64.3, 55, 41.7, 38.5, 20][i % 9]!;
          const band =
            F >= 80
              ? ("high" as const)
              : F >= 60
                ? ("medium" as const)
                : F >= 40
                  ? ("low" as const)
                  : ("ineffective" as const);
          const explanation: ExplanationLine[] = [
            { key: "explain.remarksRatio", params: { fraction: `${10 + i}/${12 + i}` } },
            { key: "explain.band", params: { F, band } },
          ];
          return {
            body: {
              code: `B${i}`,
              nameKk: `${["Ауыл шаруашылығы", "Денсаулық сақтау", "Еңбек және халықты әлеуметтік қорғау", "Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі"][i % 4]} министрлігі ${i + 1}`,
              nameRu: `Министерство ${["сельского хозяйства", "здравоохранения", "труда и социальной защиты населения", "цифрового развития, инноваций и аэрокосмической промышленности"][i % 4]} ${i + 1}`,
              nameEn: `Ministry ${i}`,
            },
            // Every third body sent no §20 information (no official F), one received nothing (§22 default).
            ...(i % 3 === 0
              ? {
                  source: "recorded" as const,
                  status: "not_submitted" as const,
                  F: null,
                  band: null,
                  zeroed: false,
                  B: 10 + i,
                  C: 12 + i,
                  E: 30,
                  G: 33,
                  recordedF: F,
                }
              : i === 16
                ? {
                    source: "submission" as const,
                    status: "nothing_received" as const,
                    F: 100,
                    band: "high" as const,
                    zeroed: false,
                    B: 0,
                    C: 0,
                    E: 0,
                    G: 0,
                    recordedF: 100,
                  }
                : {
                    source: "submission" as const,
                    status: "evaluated" as const,
                    F,
                    band,
                    zeroed: i === 17,
                    B: 10 + i,
                    C: 12 + i,
                    E: 30,
                    G: 33,
                    recordedF: F - 1,
                  }),
            explanation,
          };
        }),
      });
    case "results":
      return buildResultsModel({
        ...common,
        initiatives: Array.from({ length: 8 }, (_, i) => ({
          kind: i % 2 ? "project" : "draft_legal_act",
          status: ["in_discussion", "discussion_closed", "adopted", "implemented"][i % 4]!,
          titleKk: `Кәсіпкерлікті қолдаудың өңірлік бағдарламасы ${i + 1}`,
          titleRu: `Региональная программа поддержки предпринимательства ${i + 1}`,
          titleEn: null,
          summary: "Талқылау нәтижесінде қабылданған ұсыныстар бойынша қағидаларға өзгерістер енгізілді",
          items: 10 + i,
          accepted: 3 + i,
        })),
        publications: [
          {
            kind: "interim",
            periodYear: 2025,
            periodQuarter: 1,
            title: "2025 жылғы бірінші тоқсанның аралық нәтижелері",
            url: "https://www.gov.kz/memleket/entities/minfin/documents/details/781245",
            publishedOn: "2025-04-05",
            openAccess: true,
          },
        ],
      });
    case "quarterly":
      return buildQuarterlyModel({ ...common, ...analysis });
    case "topics":
      return buildTopicsModel({
        ...common,
        topics: Array.from({ length: 10 }, (_, i) => ({
          title: {
            kk: `Салықтық әкімшілендіру мәселесі ${i + 1}`,
            ru: `Вопросы налогового администрирования ${i + 1}`,
            en: null,
          },
          quarter: "2025-Q1",
          origin: i < 8 ? ("analysis" as const) : ("body" as const),
          items: 40 - i,
          events: i === 0 ? [{ startsOn: "2025-02-20", url: "https://dialog.egov.kz/conferences/2025/77" }] : [],
        })),
        events: [
          {
            kind: "internet_conference",
            topic: "Салықтық әкімшілендіруді жеңілдету",
            url: "https://dialog.egov.kz/conferences/2025/77",
            startsOn: "2025-02-20",
            participants: 140,
          },
        ],
      });
    case "council":
      return buildCouncilModel({
        ...common,
        initiatives: Array.from({ length: 6 }, (_, i) => ({
          kind: i % 2 ? "budget_report" : "draft_budget_program",
          status: "discussion_closed",
          titleKk: `${i + 1}. Республикалық бюджеттік бағдарламаның жобасы «Мемлекеттік қаржыны басқаруды жетілдіру»`,
          titleRu: `${i + 1}. Проект республиканской бюджетной программы «Совершенствование управления государственными финансами»`,
          titleEn: null,
          discussionStartsOn: "2025-02-01",
          discussionEndsOn: "2025-02-10",
          openAccess: i % 3 !== 0,
          totals: totals(6 + i),
        })),
        analysis,
      });
  }
}

export function sampleDocument(kind: ReportKind, locale: Locale): ReportDocument {
  return withLetter(content(kind, locale), { body: letterBody(locale), head, executor });
}
