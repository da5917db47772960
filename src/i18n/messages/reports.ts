/**
 * Texts of the documents Pikir produces (§7, §11, §12, §14, §16, §17, §20) and of the compliance
 * calendar. English defines the keys; the type forces kk and ru to have exactly the same ones.
 * Paragraph citations follow each language's legal style (kk «7-тармақ», ru «п. 7», en «§7»).
 */
import { defineMessages } from "../index.ts";
import { reportVocabulary, type ReportVocabularyKey } from "./reports-vocabulary.ts";

const en = {
  "meta.body": "State body",
  "meta.period": "Period",
  "meta.date": "Date of the document",
  "meta.draft": "Draft",
  "meta.window": "Discussion period",
  "meta.portal": "Address on the portal",
  "meta.round": "Evaluation round",
  "meta.rules": "Methodology version",
  "meta.recipient": "To",
  "discussion.title.draft_legal_act": "Report on the results of the public discussion of a draft legal act (§7)",
  "discussion.title.draft_budget_program":
    "Report on the results of the public discussion of a draft budget program (§11)",
  "discussion.title.other": "Report on the results of the public discussion (§7, §11)",
  "discussion.section.summary": "Summary",
  "discussion.summary":
    "Remarks and proposals received: {remarks}; accepted: {accepted}; rejected: {rejected}; not decided: {undecided}. Comments received: {comments}; answered: {answered}.",
  "discussion.section.items": "Remarks and proposals and the decisions on them",
  "discussion.noItems": "No remarks or proposals were received during the discussion.",

  "submission.title": "Information on the work with public feedback (§20)",
  "submission.recipient": "The authorised body for the evaluation of public feedback",
  "submission.intro":
    "The figures are those of the remarks, proposals and comments recorded in the period; the annex lists the items behind every number.",
  "submission.section.figures": "Remarks, proposals and comments (§20.1–§20.2)",
  "submission.fig.remarksReceived": "Remarks and proposals received (C)",
  "submission.fig.acceptedWithReference": "Accepted with a reference to the act, program or document (B)",
  "submission.fig.acceptedWithoutReference": "Accepted without the reference §20.1 requires (not in B)",
  "submission.fig.rejected": "Rejected",
  "submission.fig.undecided": "Not decided",
  "submission.fig.commentsReceived": "Comments received (G)",
  "submission.fig.commentsAnswered": "Comments answered (E)",
  "submission.fig.commentsUnanswered": "Comments not answered",
  "submission.section.dialogue": "Internet conferences and surveys (§20.3)",
  "submission.section.media": "Media work (§20.4)",
  "submission.section.followThrough": "Where accepted proposals went and conference results were used (§8, §13, §19)",
  "followThrough.rule_making_plan": "rule-making plan",
  "followThrough.legislative_plan": "Government's legislative work plan",
  "followThrough.budget_program_correction": "budget program correction",
  "followThrough.three_year_budget": "next 3-year budget",
  "followThrough.conference_rule_making": "rule-making",
  "followThrough.conference_law_enforcement_review": "review of law-enforcement practice",
  "followThrough.conference_state_planning": "state-planning documents",
  "followThrough.conference_budget_program": "budget programs",
  "submission.section.openAccess": "Open access (§23)",
  "submission.access.drafts": "Drafts of legal acts and budget programs",
  "submission.access.budgetReports": "Budget-program implementation reports",
  "submission.access.results": "Interim and final results (§16)",
  "submission.section.indicator": "The indicator F (§22) computed from this information",
  "submission.section.annex": "Annex: the items behind every number",
  "submission.annex.truncated": "The annex lists the first {shown} of {total} items; the rest are in Pikir.",
  "submission.none": "None in the period.",

  "evaluation.title": "Results of the evaluation of the work with public feedback (§20–§23)",
  "evaluation.recipient": "The authorised body",
  "evaluation.section.ranking": "Ranking of state bodies",
  "evaluation.section.bands": "Bands (§23)",
  "evaluation.bandLine": "“{band}”: {range} — {count}",
  "evaluation.section.explanations": "Explanation of each body's figure",
  "evaluation.noResults": "The round has no computed results yet.",

  "results.title": "Interim and final results of projects and initiatives (§16)",
  "results.section.projects": "Projects and initiatives",
  "results.section.publications": "Publication record",
  "results.section.missing": "Publications the period requires but which are missing or not in open access",
  "results.allPublished": "Every publication the period requires is recorded.",
  "results.itemsLine": "Items received on it in the period: {items}; accepted: {accepted}.",

  "quarterly.title": "Analysis of appeals and social-media comments (§14)",
  "quarterly.recipient": "For review by the head of the body (§15)",
  "quarterly.section.volumes": "Volumes",
  "quarterly.volumesLine":
    "Items received in the quarter: {total} (previous quarter: {previous}); of them appeals: {appeals}, social-media comments: {social}.",
  "quarterly.section.byChannel": "By channel",
  "quarterly.section.byKind": "By type",
  "quarterly.section.byLang": "By language",
  "quarterly.section.handling": "Handling",
  "quarterly.handlingLine": "Comments not answered: {unanswered}. Remarks and proposals not decided: {undecided}.",
  "quarterly.section.recommendations": "Recommendations",
  "quarterly.rec.growth":
    "Items through “{channel}” grew by {percent}% against the previous quarter: find and address the causes.",
  "quarterly.rec.unanswered": "{count} comments remain unanswered: answer each of them (§20.2).",
  "quarterly.rec.undecided":
    "{count} remarks and proposals have no decision: decide them with a reason or a reference (§20.1).",
  "quarterly.rec.social":
    "Social-media comments are {percent}% of all items: answer on the same platform and monitor the official accounts daily.",
  "quarterly.rec.language": "{percent}% of items are in Kazakh: answer in the language of the appeal.",
  "quarterly.rec.noDialogue":
    "No internet conference or survey was held in the quarter: plan one on the most frequent subject (§17–§18).",
  "quarterly.rec.none": "No particular problems were found in the quarter.",

  "topics.title": "List of topics for internet conferences and surveys (§17)",
  "topics.section.proposed": "Proposed topics",
  "topics.proposedIntro":
    "Problems raised in the period's appeals and official social-media comments (§14 analysis), kept as the body's list; each with the conferences and surveys held on it (§18).",
  "topics.col.quarter": "Quarter",
  "topics.col.origin": "From",
  "topics.col.heldOn": "Conferences and surveys held on it (§18)",
  "topics.origin.analysis": "Appeals and social comments",
  "topics.origin.body": "Added by the body",
  "topics.notHeld": "Not yet held",
  "topics.section.held": "Internet conferences and surveys held",
  "topics.none": "None.",

  "council.title": "Materials for the public council (§12)",
  "council.section.discussions": "Public discussion of draft budget programs",
  "council.section.reports": "Budget-program implementation reports",
  "council.section.analysis": "Analysis of appeals and social-media comments (§14)",
  "council.none": "None in the period.",
} as const;

type DocumentKey = keyof typeof en;

const kk: Record<DocumentKey, string> = {
  "meta.body": "Мемлекеттік орган",
  "meta.period": "Кезең",
  "meta.date": "Құжат күні",
  "meta.draft": "Жоба",
  "meta.window": "Талқылау мерзімі",
  "meta.portal": "Порталдағы мекенжайы",
  "meta.round": "Бағалау кезеңі",
  "meta.rules": "Әдістеме нұсқасы",
  "meta.recipient": "Кімге",
  "discussion.title.draft_legal_act":
    "Нормативтік құқықтық акт жобасын жария талқылау нәтижелері туралы есеп (7-тармақ)",
  "discussion.title.draft_budget_program":
    "Бюджеттік бағдарлама жобасын жария талқылау нәтижелері туралы есеп (11-тармақ)",
  "discussion.title.other": "Жария талқылау нәтижелері туралы есеп (7, 11-тармақтар)",
  "discussion.section.summary": "Қорытынды",
  "discussion.summary":
    "Түскен ескертулер мен ұсыныстар: {remarks}; қабылданды: {accepted}; қабылданбады: {rejected}; шешілмеген: {undecided}. Түскен түсініктемелер: {comments}; жауап берілді: {answered}.",
  "discussion.section.items": "Ескертулер мен ұсыныстар және олар бойынша шешімдер",
  "discussion.noItems": "Талқылау барысында ескертулер мен ұсыныстар түспеді.",

  "submission.title": "Қоғамдық пікірмен жұмыс туралы ақпарат (20-тармақ)",
  "submission.recipient": "Қоғамдық пікірді бағалау жөніндегі уәкілетті орган",
  "submission.intro":
    "Көрсеткіштер кезеңде тіркелген ескертулер, ұсыныстар және түсініктемелер бойынша келтірілген; қосымшада әрбір санның артындағы жазбалар берілген.",
  "submission.section.figures": "Ескертулер, ұсыныстар және түсініктемелер (20.1–20.2-тармақтар)",
  "submission.fig.remarksReceived": "Түскен ескертулер мен ұсыныстар (C)",
  "submission.fig.acceptedWithReference": "Актіге, бағдарламаға немесе құжатқа сілтемемен қабылданғаны (B)",
  "submission.fig.acceptedWithoutReference": "20.1-тармақ талап ететін сілтемесіз қабылданғаны (B-ға кірмейді)",
  "submission.fig.rejected": "Қабылданбағаны",
  "submission.fig.undecided": "Шешілмегені",
  "submission.fig.commentsReceived": "Түскен түсініктемелер (G)",
  "submission.fig.commentsAnswered": "Жауап берілген түсініктемелер (E)",
  "submission.fig.commentsUnanswered": "Жауап берілмеген түсініктемелер",
  "submission.section.dialogue": "Интернет-конференциялар мен сауалнамалар (20.3-тармақ)",
  "submission.section.media": "БАҚ-пен жұмыс (20.4-тармақ)",
  "submission.section.followThrough":
    "Қабылданған ұсыныстардың ескерілуі және конференция нәтижелерінің пайдаланылуы (8, 13, 19-тармақтар)",
  "followThrough.rule_making_plan": "нормашығармашылық жұмыс жоспары",
  "followThrough.legislative_plan": "Үкіметтің заң жобалау жұмыстарының жоспары",
  "followThrough.budget_program_correction": "бюджеттік бағдарламаны түзету",
  "followThrough.three_year_budget": "келесі үш жылдық бюджет",
  "followThrough.conference_rule_making": "нормашығармашылық",
  "followThrough.conference_law_enforcement_review": "құқық қолдану практикасын қарау",
  "followThrough.conference_state_planning": "мемлекеттік жоспарлау құжаттары",
  "followThrough.conference_budget_program": "бюджеттік бағдарламалар",
  "submission.section.openAccess": "Ашық қолжетімділік (23-тармақ)",
  "submission.access.drafts": "Нормативтік құқықтық актілер мен бюджеттік бағдарламалардың жобалары",
  "submission.access.budgetReports": "Бюджеттік бағдарламалардың іске асырылуы туралы есептер",
  "submission.access.results": "Аралық және қорытынды нәтижелер (16-тармақ)",
  "submission.section.indicator": "Осы ақпарат бойынша есептелген F көрсеткіші (22-тармақ)",
  "submission.section.annex": "Қосымша: әрбір санның артындағы жазбалар",
  "submission.annex.truncated": "Қосымшада {total} жазбаның алғашқы {shown} жазбасы берілген; қалғаны Pikir жүйесінде.",
  "submission.none": "Кезеңде болған жоқ.",

  "evaluation.title": "Қоғамдық пікірмен жұмысты бағалау нәтижелері (20–23-тармақтар)",
  "evaluation.recipient": "Уәкілетті орган",
  "evaluation.section.ranking": "Мемлекеттік органдардың рейтингі",
  "evaluation.section.bands": "Деңгейлер (23-тармақ)",
  "evaluation.bandLine": "«{band}»: {range} — {count}",
  "evaluation.section.explanations": "Әр органның көрсеткішінің түсіндірмесі",
  "evaluation.noResults": "Бұл кезеңнің есептелген нәтижелері әлі жоқ.",

  "results.title": "Жобалар мен бастамалардың аралық және қорытынды нәтижелері (16-тармақ)",
  "results.section.projects": "Жобалар мен бастамалар",
  "results.section.publications": "Жарияланымдар тізілімі",
  "results.section.missing": "Кезеңде талап етілетін, бірақ жоқ немесе ашық қолжетімділікте емес жарияланымдар",
  "results.allPublished": "Кезең талап ететін барлық жарияланымдар тіркелген.",
  "results.itemsLine": "Кезеңде ол бойынша түскен жазбалар: {items}; қабылданғаны: {accepted}.",

  "quarterly.title": "Жолданымдар мен әлеуметтік желілердегі түсініктемелерді талдау (14-тармақ)",
  "quarterly.recipient": "Орган басшысының қарауына (15-тармақ)",
  "quarterly.section.volumes": "Көлемі",
  "quarterly.volumesLine":
    "Тоқсанда түскен жазбалар: {total} (өткен тоқсанда: {previous}); оның ішінде жолданымдар: {appeals}, әлеуметтік желілердегі түсініктемелер: {social}.",
  "quarterly.section.byChannel": "Арналар бойынша",
  "quarterly.section.byKind": "Түрлері бойынша",
  "quarterly.section.byLang": "Тілдер бойынша",
  "quarterly.section.handling": "Қаралуы",
  "quarterly.handlingLine":
    "Жауап берілмеген түсініктемелер: {unanswered}. Шешілмеген ескертулер мен ұсыныстар: {undecided}.",
  "quarterly.section.recommendations": "Ұсынымдар",
  "quarterly.rec.growth":
    "«{channel}» арқылы түскен жазбалар өткен тоқсанмен салыстырғанда {percent}%-ға өсті: себептерін анықтап, жою қажет.",
  "quarterly.rec.unanswered": "{count} түсініктеме жауапсыз қалды: әрқайсысына жауап беру қажет (20.2-тармақ).",
  "quarterly.rec.undecided":
    "{count} ескерту мен ұсыныс бойынша шешім жоқ: негіздемесімен немесе сілтемесімен шешім қабылдау қажет (20.1-тармақ).",
  "quarterly.rec.social":
    "Әлеуметтік желілердегі түсініктемелер барлық жазбалардың {percent}%-ын құрайды: сол платформада жауап беріп, ресми аккаунттарды күн сайын бақылау қажет.",
  "quarterly.rec.language": "Жазбалардың {percent}%-ы қазақ тілінде: жолданым тілінде жауап беру қажет.",
  "quarterly.rec.noDialogue":
    "Тоқсанда интернет-конференция немесе сауалнама өткізілмеді: ең жиі кездесетін тақырып бойынша жоспарлау қажет (17–18-тармақтар).",
  "quarterly.rec.none": "Тоқсанда ерекше мәселелер анықталған жоқ.",

  "topics.title": "Интернет-конференциялар мен сауалнамалар тақырыптарының тізбесі (17-тармақ)",
  "topics.section.proposed": "Ұсынылатын тақырыптар",
  "topics.proposedIntro":
    "Кезеңдегі жолданымдарда және ресми әлеуметтік желі парақшаларындағы түсініктемелерде көтерілген проблемалар (14-тармақ бойынша талдау), органның тізбесі ретінде; әрқайсысы бойынша өткізілген конференциялар мен сауалнамалар (18-тармақ).",
  "topics.col.quarter": "Тоқсан",
  "topics.col.origin": "Көзі",
  "topics.col.heldOn": "Осы тақырып бойынша өткізілген конференциялар мен сауалнамалар (18-тармақ)",
  "topics.origin.analysis": "Жолданымдар мен әлеуметтік желідегі түсініктемелер",
  "topics.origin.body": "Органның қосқаны",
  "topics.notHeld": "Әлі өткізілген жоқ",
  "topics.section.held": "Өткізілген интернет-конференциялар мен сауалнамалар",
  "topics.none": "Жоқ.",

  "council.title": "Қоғамдық кеңеске арналған материалдар (12-тармақ)",
  "council.section.discussions": "Бюджеттік бағдарламалар жобаларын жария талқылау",
  "council.section.reports": "Бюджеттік бағдарламалардың іске асырылуы туралы есептер",
  "council.section.analysis": "Жолданымдар мен әлеуметтік желілердегі түсініктемелерді талдау (14-тармақ)",
  "council.none": "Кезеңде болған жоқ.",
};

const ru: Record<DocumentKey, string> = {
  "meta.body": "Государственный орган",
  "meta.period": "Период",
  "meta.date": "Дата документа",
  "meta.draft": "Проект",
  "meta.window": "Срок обсуждения",
  "meta.portal": "Адрес на портале",
  "meta.round": "Раунд оценки",
  "meta.rules": "Версия методики",
  "meta.recipient": "Кому",
  "discussion.title.draft_legal_act":
    "Отчёт о результатах публичного обсуждения проекта нормативного правового акта (п. 7)",
  "discussion.title.draft_budget_program":
    "Отчёт о результатах публичного обсуждения проекта бюджетной программы (п. 11)",
  "discussion.title.other": "Отчёт о результатах публичного обсуждения (пп. 7, 11)",
  "discussion.section.summary": "Итоги",
  "discussion.summary":
    "Поступило замечаний и предложений: {remarks}; принято: {accepted}; не принято: {rejected}; не рассмотрено: {undecided}. Поступило комментариев: {comments}; дан ответ: {answered}.",
  "discussion.section.items": "Замечания и предложения и решения по ним",
  "discussion.noItems": "В ходе обсуждения замечания и предложения не поступали.",

  "submission.title": "Информация о работе с обратной связью от населения (п. 20)",
  "submission.recipient": "Уполномоченный орган по оценке обратной связи",
  "submission.intro":
    "Показатели приведены по замечаниям, предложениям и комментариям, учтённым за период; в приложении перечислены записи, стоящие за каждым числом.",
  "submission.section.figures": "Замечания, предложения и комментарии (пп. 20.1–20.2)",
  "submission.fig.remarksReceived": "Поступило замечаний и предложений (C)",
  "submission.fig.acceptedWithReference": "Принято со ссылкой на акт, программу или документ (B)",
  "submission.fig.acceptedWithoutReference": "Принято без ссылки, требуемой п. 20.1 (не входит в B)",
  "submission.fig.rejected": "Не принято",
  "submission.fig.undecided": "Не рассмотрено",
  "submission.fig.commentsReceived": "Поступило комментариев (G)",
  "submission.fig.commentsAnswered": "Дан ответ на комментарии (E)",
  "submission.fig.commentsUnanswered": "Комментарии без ответа",
  "submission.section.dialogue": "Интернет-конференции и опросы (п. 20.3)",
  "submission.section.media": "Работа со СМИ (п. 20.4)",
  "submission.section.followThrough":
    "Учёт принятых предложений и использование результатов конференций (пп. 8, 13, 19)",
  "followThrough.rule_making_plan": "план нормотворческой работы",
  "followThrough.legislative_plan": "план законопроектных работ Правительства",
  "followThrough.budget_program_correction": "корректировка бюджетной программы",
  "followThrough.three_year_budget": "бюджет на следующую трёхлетку",
  "followThrough.conference_rule_making": "нормотворчество",
  "followThrough.conference_law_enforcement_review": "пересмотр правоприменительной практики",
  "followThrough.conference_state_planning": "документы госпланирования",
  "followThrough.conference_budget_program": "бюджетные программы",
  "submission.section.openAccess": "Открытый доступ (п. 23)",
  "submission.access.drafts": "Проекты нормативных правовых актов и бюджетных программ",
  "submission.access.budgetReports": "Отчёты о реализации бюджетных программ",
  "submission.access.results": "Промежуточные и итоговые результаты (п. 16)",
  "submission.section.indicator": "Показатель F (п. 22), рассчитанный по этой информации",
  "submission.section.annex": "Приложение: записи, стоящие за каждым числом",
  "submission.annex.truncated": "В приложении приведены первые {shown} из {total} записей; остальные — в Pikir.",
  "submission.none": "В периоде не было.",

  "evaluation.title": "Результаты оценки работы с обратной связью от населения (пп. 20–23)",
  "evaluation.recipient": "Уполномоченный орган",
  "evaluation.section.ranking": "Рейтинг государственных органов",
  "evaluation.section.bands": "Уровни (п. 23)",
  "evaluation.bandLine": "«{band}»: {range} — {count}",
  "evaluation.section.explanations": "Пояснение показателя каждого органа",
  "evaluation.noResults": "Рассчитанных результатов раунда пока нет.",

  "results.title": "Промежуточные и итоговые результаты проектов и инициатив (п. 16)",
  "results.section.projects": "Проекты и инициативы",
  "results.section.publications": "Реестр публикаций",
  "results.section.missing": "Публикации, требуемые за период, но отсутствующие или не находящиеся в открытом доступе",
  "results.allPublished": "Все публикации, требуемые за период, учтены.",
  "results.itemsLine": "Поступило по нему за период: {items}; принято: {accepted}.",

  "quarterly.title": "Анализ обращений и комментариев в социальных сетях (п. 14)",
  "quarterly.recipient": "На рассмотрение руководителю органа (п. 15)",
  "quarterly.section.volumes": "Объёмы",
  "quarterly.volumesLine":
    "Поступило за квартал: {total} (в предыдущем квартале: {previous}); из них обращений: {appeals}, комментариев в социальных сетях: {social}.",
  "quarterly.section.byChannel": "По каналам",
  "quarterly.section.byKind": "По видам",
  "quarterly.section.byLang": "По языкам",
  "quarterly.section.handling": "Рассмотрение",
  "quarterly.handlingLine":
    "Комментариев без ответа: {unanswered}. Нерассмотренных замечаний и предложений: {undecided}.",
  "quarterly.section.recommendations": "Рекомендации",
  "quarterly.rec.growth":
    "Поступления через «{channel}» выросли на {percent}% к предыдущему кварталу: выявить и устранить причины.",
  "quarterly.rec.unanswered": "{count} комментариев остались без ответа: ответить на каждый (п. 20.2).",
  "quarterly.rec.undecided":
    "По {count} замечаниям и предложениям нет решения: принять решение с обоснованием или ссылкой (п. 20.1).",
  "quarterly.rec.social":
    "Комментарии в социальных сетях составляют {percent}% всех поступлений: отвечать на той же платформе и ежедневно отслеживать официальные аккаунты.",
  "quarterly.rec.language": "{percent}% поступлений — на казахском языке: отвечать на языке обращения.",
  "quarterly.rec.noDialogue":
    "В квартале не проводились интернет-конференции или опросы: запланировать по наиболее частой теме (пп. 17–18).",
  "quarterly.rec.none": "Особых проблем в квартале не выявлено.",

  "topics.title": "Перечень тем интернет-конференций и опросов (п. 17)",
  "topics.section.proposed": "Предлагаемые темы",
  "topics.proposedIntro":
    "Проблемы, поднятые в обращениях и комментариях в официальных аккаунтах соцсетей за период (анализ по п. 14), в виде перечня органа; по каждой — проведённые конференции и опросы (п. 18).",
  "topics.col.quarter": "Квартал",
  "topics.col.origin": "Источник",
  "topics.col.heldOn": "Проведённые по теме конференции и опросы (п. 18)",
  "topics.origin.analysis": "Обращения и комментарии в соцсетях",
  "topics.origin.body": "Добавлена органом",
  "topics.notHeld": "Ещё не проводились",
  "topics.section.held": "Проведённые интернет-конференции и опросы",
  "topics.none": "Нет.",

  "council.title": "Материалы для общественного совета (п. 12)",
  "council.section.discussions": "Публичное обсуждение проектов бюджетных программ",
  "council.section.reports": "Отчёты о реализации бюджетных программ",
  "council.section.analysis": "Анализ обращений и комментариев в социальных сетях (п. 14)",
  "council.none": "В периоде не было.",
};

export type ReportMessageKey = DocumentKey | ReportVocabularyKey;
export const reportMessages = defineMessages<ReportMessageKey>({
  en: { ...en, ...reportVocabulary.en },
  kk: { ...kk, ...reportVocabulary.kk },
  ru: { ...ru, ...reportVocabulary.ru },
});
