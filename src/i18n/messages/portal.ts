/**
 * Messages of the public portal (server-rendered pages for citizens). English defines the keys; the
 * type forces kk and ru to have exactly the same ones. Band names, zero reasons and explanation
 * lines come from the evaluation catalog, so the portal says what the ministry's documents say.
 */
import { defineMessages } from "../index.ts";
import { portalVocabulary, type PortalVocabularyKey } from "./portal-vocabulary.ts";

const en = {
  "site.name": "Pikir — public portal",
  "site.tagline": "How the state bodies of Kazakhstan work with citizens' feedback (order No. 17-НҚ, 2024)",
  "nav.skip": "Skip to content",
  "nav.main": "Main navigation",
  "nav.bodies": "State bodies",
  "nav.openData": "Open data",
  "nav.language": "Language",
  "footer.published": "Indicators are shown only for evaluation rounds the authorised body has published (§20–§23).",
  "footer.api": "API documentation",

  "index.title": "Feedback indicators of state bodies",
  "index.description":
    "The feedback indicator F of every state body in scope of the methodology, its rating band, public discussions and open data.",
  "filter.legend": "Find a state body",
  "filter.kind": "Kind of body",
  "filter.allKinds": "All kinds",
  "filter.region": "Region",
  "filter.allRegions": "All regions",
  "filter.q": "Name or code",
  "filter.submit": "Show",
  "filter.reset": "Reset",
  "index.count": "State bodies shown: {count}",
  "index.empty": "No state body matches the filter.",
  "index.listTitle": "State bodies and their latest published indicator",
  "chart.distribution.title": "Bodies by rating band, latest published round (§23)",
  "chart.distribution.desc":
    "High: {high}; medium: {medium}; low: {low}; ineffective: {ineffective}; without a published result: {none}.",
  "openData.title": "Open data",
  "openData.note":
    "Every published figure, the registry of bodies and the decided remarks and proposals of public discussions, without personal data. CSV in UTF-8 (opens in Excel with Kazakh letters), JSON for programs.",
  "openData.indicators": "Indicators of published rounds",
  "openData.bodies": "Registry of state bodies (with §1 exclusions)",
  "openData.discussions": "Decisions on remarks and proposals",

  "body.description":
    "{name}: the feedback indicator F over published rounds, public discussions with their reports, results and dialogue events.",
  "body.excluded": "The methodology does not apply to this body (§1): {reason}.",
  "body.website": "Official website",
  "body.history.title": "Feedback indicator over published rounds (§22–§23)",
  "body.history.empty": "No evaluation round with this body has been published yet.",
  "body.history.chart": "F by period, %",
  "body.history.chartDesc": "F by period: {values}",
  "body.history.explain": "How F was computed",
  "body.initiatives.title": "Projects and initiatives with public discussions (§4–§12)",
  "body.initiatives.empty": "No public discussion has been announced yet.",
  "body.results.title": "Interim and final results (§16)",
  "body.results.empty": "No results have been published yet.",
  "body.events.title": "Internet conferences and surveys (§17–§18)",
  "body.events.empty": "No internet conferences or surveys yet.",
  "body.back": "All state bodies",

  "initiative.window": "Discussion: {from} – {to}",
  "initiative.counts": "Remarks and proposals: {received}; accepted: {accepted}; rejected: {rejected}",
  "initiative.report": "Discussion report",
  "initiative.onPortal": "The draft on the portal",
  "initiative.infoMessage": "Informational message (§5, §10)",
  "initiative.description":
    "Public-discussion report: {title} — accepted remarks and proposals with their references, rejected ones with reasons.",
  "report.title": "Report on the results of the public discussion (§7, §11)",
  "report.totals":
    "Remarks and proposals received: {remarks}; accepted: {accepted}; rejected: {rejected}; not yet decided: {undecided}. Comments received: {comments}; answered: {answered}.",
  "report.accepted": "Accepted remarks and proposals",
  "report.rejected": "Rejected remarks and proposals",
  "report.none": "None.",
  "notFound.title": "Page not found",
  "notFound.text":
    "The portal has no such state body or initiative. Check the address or start from the list of state bodies.",
  "chart.distribution.descStatus":
    "High: {high}; medium: {medium}; low: {low}; ineffective: {ineffective}; nothing received (§22 default, not rated): {nothingReceived}; §20 information not submitted: {notSubmitted}; without a published result: {none}.",
  "body.history.recordOnly":
    "The body did not submit §20 information for this round, so there is no official F; below is Pikir's own record, for information only.",
  "body.history.corrected": "corrected on {date}",
};

type PageKey = keyof typeof en;

const kk: Record<PageKey, string> = {
  "site.name": "Pikir — ашық портал",
  "site.tagline":
    "Қазақстанның мемлекеттік органдары азаматтардың кері байланысымен қалай жұмыс істейді (№ 17-НҚ бұйрық, 2024)",
  "nav.skip": "Негізгі мазмұнға өту",
  "nav.main": "Негізгі навигация",
  "nav.bodies": "Мемлекеттік органдар",
  "nav.openData": "Ашық деректер",
  "nav.language": "Тіл",
  "footer.published":
    "Көрсеткіштер уәкілетті орган жариялаған бағалау кезеңдері бойынша ғана көрсетіледі (20–23-тармақтар).",
  "footer.api": "API құжаттамасы",

  "index.title": "Мемлекеттік органдардың кері байланыс көрсеткіштері",
  "index.description":
    "Әдістеме қолданылатын әрбір мемлекеттік органның F кері байланыс көрсеткіші, шкала бойынша бағасы, жария талқылаулары және ашық деректер.",
  "filter.legend": "Мемлекеттік органды іздеу",
  "filter.kind": "Орган түрі",
  "filter.allKinds": "Барлық түрлері",
  "filter.region": "Өңір",
  "filter.allRegions": "Барлық өңірлер",
  "filter.q": "Атауы немесе коды",
  "filter.submit": "Көрсету",
  "filter.reset": "Тазарту",
  "index.count": "Көрсетілген мемлекеттік органдар: {count}",
  "index.empty": "Сүзгіге сәйкес мемлекеттік орган табылмады.",
  "index.listTitle": "Мемлекеттік органдар және олардың соңғы жарияланған көрсеткіші",
  "chart.distribution.title": "Шкала бойынша органдар саны, соңғы жарияланған бағалау (23-тармақ)",
  "chart.distribution.desc":
    "Жоғары: {high}; орташа: {medium}; төмен: {low}; тиімсіз: {ineffective}; жарияланған нәтижесі жоқ: {none}.",
  "openData.title": "Ашық деректер",
  "openData.note":
    "Жарияланған барлық көрсеткіштер, органдар тізілімі және жария талқылаулардағы ескертулер мен ұсыныстар бойынша шешімдер, дербес деректерсіз. CSV — UTF-8 кодтауында (Excel қазақ әріптерін дұрыс ашады), JSON — бағдарламаларға арналған.",
  "openData.indicators": "Жарияланған бағалау көрсеткіштері",
  "openData.bodies": "Мемлекеттік органдар тізілімі (1-тармақ бойынша алып тастаулармен)",
  "openData.discussions": "Ескертулер мен ұсыныстар бойынша шешімдер",

  "body.description":
    "{name}: жарияланған бағалаулар бойынша F кері байланыс көрсеткіші, жария талқылаулар мен олардың есептері, нәтижелер және диалог іс-шаралары.",
  "body.excluded": "Әдістеме бұл органға қолданылмайды (1-тармақ): {reason}.",
  "body.website": "Ресми интернет-ресурс",
  "body.history.title": "Жарияланған бағалаулар бойынша кері байланыс көрсеткіші (22–23-тармақтар)",
  "body.history.empty": "Бұл орган қатысқан бағалау әлі жарияланған жоқ.",
  "body.history.chart": "Кезеңдер бойынша F, %",
  "body.history.chartDesc": "Кезеңдер бойынша F: {values}",
  "body.history.explain": "F қалай есептелді",
  "body.initiatives.title": "Жария талқыланған жобалар мен бастамалар (4–12-тармақтар)",
  "body.initiatives.empty": "Жария талқылау әлі жарияланған жоқ.",
  "body.results.title": "Аралық және қорытынды нәтижелер (16-тармақ)",
  "body.results.empty": "Нәтижелер әлі жарияланған жоқ.",
  "body.events.title": "Интернет-конференциялар мен сауалнамалар (17–18-тармақтар)",
  "body.events.empty": "Интернет-конференциялар мен сауалнамалар әлі өткен жоқ.",
  "body.back": "Барлық мемлекеттік органдар",

  "initiative.window": "Талқылау: {from} – {to}",
  "initiative.counts": "Ескертулер мен ұсыныстар: {received}; қабылданғаны: {accepted}; қабылданбағаны: {rejected}",
  "initiative.report": "Талқылау нәтижелері туралы есеп",
  "initiative.onPortal": "Жоба порталда",
  "initiative.infoMessage": "Ақпараттық хабарлама (5, 10-тармақтар)",
  "initiative.description":
    "Жария талқылау нәтижелері туралы есеп: {title} — қабылданған ескертулер мен ұсыныстар сілтемелерімен, қабылданбағандары себептерімен.",
  "report.title": "Жария талқылау нәтижелері туралы есеп (7, 11-тармақтар)",
  "report.totals":
    "Келіп түскен ескертулер мен ұсыныстар: {remarks}; қабылданғаны: {accepted}; қабылданбағаны: {rejected}; әлі шешілмегені: {undecided}. Келіп түскен түсініктемелер: {comments}; жауап берілгені: {answered}.",
  "report.accepted": "Қабылданған ескертулер мен ұсыныстар",
  "report.rejected": "Қабылданбаған ескертулер мен ұсыныстар",
  "report.none": "Жоқ.",
  "notFound.title": "Бет табылмады",
  "notFound.text":
    "Порталда мұндай мемлекеттік орган немесе бастама жоқ. Мекенжайды тексеріңіз немесе мемлекеттік органдар тізімінен бастаңыз.",
  "chart.distribution.descStatus":
    "Жоғары: {high}; орташа: {medium}; төмен: {low}; тиімсіз: {ineffective}; ештеңе түспеді (22-тармақтың әдепкі мәні, бағаланбайды): {nothingReceived}; 20-тармақ бойынша ақпарат ұсынылмады: {notSubmitted}; жарияланған нәтижесі жоқ: {none}.",
  "body.history.recordOnly":
    "Орган осы кезеңге 20-тармақ бойынша ақпарат ұсынбады, сондықтан ресми F жоқ; төменде Pikir-дің өз есебі, тек ақпарат үшін.",
  "body.history.corrected": "{date} түзетілді",
};

const ru: Record<PageKey, string> = {
  "site.name": "Pikir — открытый портал",
  "site.tagline": "Как государственные органы Казахстана работают с обратной связью граждан (приказ № 17-НҚ, 2024)",
  "nav.skip": "Перейти к содержанию",
  "nav.main": "Основная навигация",
  "nav.bodies": "Государственные органы",
  "nav.openData": "Открытые данные",
  "nav.language": "Язык",
  "footer.published": "Показатели приводятся только по оценкам, опубликованным уполномоченным органом (пп. 20–23).",
  "footer.api": "Документация API",

  "index.title": "Показатели обратной связи государственных органов",
  "index.description":
    "Показатель обратной связи F каждого государственного органа, на который распространяется методика, его оценка по шкале, публичные обсуждения и открытые данные.",
  "filter.legend": "Найти государственный орган",
  "filter.kind": "Вид органа",
  "filter.allKinds": "Все виды",
  "filter.region": "Регион",
  "filter.allRegions": "Все регионы",
  "filter.q": "Название или код",
  "filter.submit": "Показать",
  "filter.reset": "Сбросить",
  "index.count": "Показано государственных органов: {count}",
  "index.empty": "Нет государственных органов, подходящих под фильтр.",
  "index.listTitle": "Государственные органы и их последний опубликованный показатель",
  "chart.distribution.title": "Органы по шкале оценки, последняя опубликованная оценка (п. 23)",
  "chart.distribution.desc":
    "Высокий: {high}; средний: {medium}; низкий: {low}; неэффективная деятельность: {ineffective}; без опубликованного результата: {none}.",
  "openData.title": "Открытые данные",
  "openData.note":
    "Все опубликованные показатели, реестр органов и решения по замечаниям и предложениям публичных обсуждений, без персональных данных. CSV в UTF-8 (Excel открывает казахские буквы правильно), JSON — для программ.",
  "openData.indicators": "Показатели опубликованных оценок",
  "openData.bodies": "Реестр государственных органов (с исключениями по п. 1)",
  "openData.discussions": "Решения по замечаниям и предложениям",

  "body.description":
    "{name}: показатель обратной связи F по опубликованным оценкам, публичные обсуждения и отчёты о них, результаты и мероприятия диалога.",
  "body.excluded": "Методика не распространяется на этот орган (п. 1): {reason}.",
  "body.website": "Официальный интернет-ресурс",
  "body.history.title": "Показатель обратной связи по опубликованным оценкам (пп. 22–23)",
  "body.history.empty": "Оценка с участием этого органа ещё не опубликована.",
  "body.history.chart": "F по периодам, %",
  "body.history.chartDesc": "F по периодам: {values}",
  "body.history.explain": "Как рассчитан F",
  "body.initiatives.title": "Проекты и инициативы, вынесенные на публичное обсуждение (пп. 4–12)",
  "body.initiatives.empty": "Публичные обсуждения ещё не объявлялись.",
  "body.results.title": "Промежуточные и итоговые результаты (п. 16)",
  "body.results.empty": "Результаты ещё не опубликованы.",
  "body.events.title": "Интернет-конференции и опросы (пп. 17–18)",
  "body.events.empty": "Интернет-конференций и опросов ещё не было.",
  "body.back": "Все государственные органы",

  "initiative.window": "Обсуждение: {from} – {to}",
  "initiative.counts": "Замечания и предложения: {received}; принято: {accepted}; отклонено: {rejected}",
  "initiative.report": "Отчёт о результатах обсуждения",
  "initiative.onPortal": "Проект на портале",
  "initiative.infoMessage": "Информационное сообщение (пп. 5, 10)",
  "initiative.description":
    "Отчёт о результатах публичного обсуждения: {title} — принятые замечания и предложения со ссылками, отклонённые — с причинами.",
  "report.title": "Отчёт о результатах публичного обсуждения (пп. 7, 11)",
  "report.totals":
    "Поступило замечаний и предложений: {remarks}; принято: {accepted}; отклонено: {rejected}; ещё не рассмотрено: {undecided}. Поступило комментариев: {comments}; с ответом: {answered}.",
  "report.accepted": "Принятые замечания и предложения",
  "report.rejected": "Отклонённые замечания и предложения",
  "report.none": "Нет.",
  "notFound.title": "Страница не найдена",
  "notFound.text":
    "На портале нет такого государственного органа или инициативы. Проверьте адрес или начните со списка государственных органов.",
  "chart.distribution.descStatus":
    "Высокий: {high}; средний: {medium}; низкий: {low}; неэффективная деятельность: {ineffective}; ничего не поступило (значение по умолчанию п. 22, не оценивается): {nothingReceived}; информация по п. 20 не представлена: {notSubmitted}; без опубликованного результата: {none}.",
  "body.history.recordOnly":
    "Орган не представил информацию по п. 20 за этот период, поэтому официального F нет; ниже — собственный учёт Pikir, только для сведения.",
  "body.history.corrected": "исправлено {date}",
};

export type PortalMessageKey = PageKey | PortalVocabularyKey;
export const portalMessages = defineMessages<PortalMessageKey>({
  kk: { ...kk, ...portalVocabulary.kk },
  ru: { ...ru, ...portalVocabulary.ru },
  en: { ...en, ...portalVocabulary.en },
});
