/**
 * Messages of the evaluation area (§20–§23): band names, zero reasons, explanation lines,
 * validation errors and CLI column headers. English defines the keys; the type forces kk and ru
 * to have exactly the same ones. Paragraph citations follow each language's legal style
 * (kk «22-тармақ», ru «п. 22», en «§22»).
 */
import { defineMessages } from "../index.ts";

const en = {
  "band.ineffective": "ineffective",
  "band.low": "low",
  "band.medium": "medium",
  "band.high": "high",

  "zero.draftsNotInOpenAccess": "drafts of legal acts and/or budget programs were not in open access (§23)",
  "zero.budgetReportsNotInOpenAccess": "budget-program implementation reports were not in open access (§23)",
  "zero.resultsNotInOpenAccess":
    "information on interim and final results of projects and initiatives was not in open access (§16, §23)",
  "zero.notInOpenAccess": "required materials were not in open access (§23)",
  "zero.resultsNotPublished":
    "required interim/final results (§16) are not in open access in Pikir's record and no exemption was recorded: {slots} (§23)",

  "explain.rules": "Methodology version: {version} (in force from {effectiveFrom})",
  "explain.rulesEstimated":
    "The date of entry into force is an estimate: the order's official publication date is not in Pikir's copy",
  "explain.rulesTextMissing":
    "This version changes {paragraphs}, whose new text Pikir does not hold yet: Pikir applies them as previously worded",
  "explain.remarksRatio": "Remarks and proposals: B/C = {fraction} (§22)",
  "explain.remarksDefaulted": "No remarks or proposals were received (C = 0), so B/C = 1 (§22)",
  "explain.commentsRatio": "Comments: E/G = {fraction} (§22)",
  "explain.commentsDefaulted": "No comments were received (G = 0), so E/G = 1 (§22)",
  "explain.formula": "F = (B·E)/(C·G)·100% = {exact}% (exact value)",
  "explain.rounded": "Rounded half-up to one decimal place: {F}%",
  "explain.zeroed": "The computed value is {computed}%, but the feedback indicator is set to zero (§23) because:",
  "explain.band": "{F}% on the scale: “{band}” (§23)",
  "explain.nothingReceived":
    "Nothing was received (C = G = 0): this F is only the §22 default, ranked apart and not counted among high results",
  "status.evaluated": "evaluated",
  "status.nothing_received": "nothing received, §22 default",
  "status.not_submitted": "§20 information not submitted: no official F",

  "criteria.participation":
    "Public participation (§21.1): items — {items}, participants — {participants}, events — {events}",
  "criteria.participationMissing": "Public participation (§21.1) not provided",
  "criteria.access":
    "Access to interim and final results (§21.2): {published} of {required} required publications in open access ({percent}%)",
  "criteria.accessNothingRequired":
    "Access to results (§21.2): no publications were required in the period, so no share is given",
  "criteria.accessMissing": "Access to results (§21.2) not provided",
  "criteria.satisfaction": "Public satisfaction (§21.3, the authorised body's sociological survey): {percent}%",
  "criteria.satisfactionMissing": "Public satisfaction (§21.3) not provided",
  "criteria.notCombined":
    "These criteria are not combined with F: the methodology gives no formula for combining them (§21, §22)",

  "flag.acceptedWithoutReference":
    "Marked accepted but lacks the reference §20.1 requires (legal act clause, budget program or confirming document): not counted in B",

  "error.where.body": "Body #{number} “{name}” (id: {id})",
  "error.where.bodyNoName": "Body #{number} (id: {id})",
  "error.where.bodyUnknown": "Body #{number}",
  "error.where.input": "Input",
  "error.field": "field “{field}”",
  "error.notJson": "not valid JSON: {detail}",
  "error.notAnObject": "must be an object, got {value}",
  "error.notAnArray": "must be an array",
  "error.missing": "required field is missing",
  "error.notAString": "must be a string, got {value}",
  "error.empty": "must not be empty",
  "error.notAnInteger": "must be a whole number, got {value}",
  "error.negative": "must not be negative, got {value}",
  "error.acceptedPlusRejectedExceedsReceived":
    "accepted ({accepted}) plus rejected ({rejected}) exceeds the total remarks and proposals received ({received}) (§20.1)",
  "error.answeredExceedsReceived":
    "answered comments ({answered}) exceed the total comments received ({received}) (§20.2)",
  "error.unansweredMismatch": "unanswered is {unanswered}, but received minus answered is {expected} (§20.2)",
  "error.acceptedItemWithoutReference":
    "accepted item #{number} has no reference to a clause of an act in force, an approved budget program or a confirming document (§20.1)",
  "error.acceptedItemsExceedAccepted":
    "{listed} accepted items are listed, but only {accepted} are declared accepted (§20.1)",
  "error.acceptedItemsIncomplete":
    "{listed} of {accepted} accepted items are listed: list every one, or attach the document that lists them (§20.1)",
  "error.conferenceLinkNotDialogue": "{url} is not an open dialogue portal (dialog.egov.kz) address (§20.3)",
  "error.materialWithoutUrl": "material #{number} has no address (§20.4)",
  "error.duplicateId": "id “{id}” is already used by body #{firstNumber}",
  "error.badDate": "must be a real date in YYYY-MM-DD form, got {value}",
  "error.periodOrder": "the period starts ({from}) after it ends ({to})",
  "error.notCalendarPeriod": "{from} – {to} is not a calendar quarter, half-year or year",
  "error.periodBeforeMethodology":
    "the period starts {from}, but the methodology dates from 2024: periods before {start} are not evaluated",
  "error.noRulesInForce":
    "no version of the methodology was in force on {periodEnd} (the first applies from {effectiveFrom})",
  "error.badOpenAccess": "must be true/false or an object with drafts, budgetReports, results; got {value}",
  "error.notAStringArray": "must be an array of strings, got {value}",
  "error.figuresInconsistent": "inconsistent figure {field}: {value}",

  "column.id": "ID",
  "column.name": "State body",
  "column.F": "F, %",
  "column.band": "Band",
  "column.bandName": "Band name",
  "column.zeroed": "Zeroed",
  "column.zeroReasons": "Zero reasons",
  "column.B": "B (accepted)",
  "column.C": "C (remarks received)",
  "column.E": "E (answered)",
  "column.G": "G (comments received)",
  "column.rulesVersion": "Rules version",
  "column.status": "Status",
  "value.yes": "yes",
  "value.no": "no",
  "cli.period": "Period: {from} – {to}; rules version: {version}",
  "cli.rejected": "Input rejected, problems: {count}",
  /** A §16 publication slot, readable (explanation.ts slotName). */
  "slot.quarter": "{year}, quarter {quarter}",
  "slot.final": "{year} (final)",
};

export type EvaluationMessageKey = keyof typeof en;

const kk: Record<EvaluationMessageKey, string> = {
  "band.ineffective": "тиімсіз қызмет",
  "band.low": "төмен көрсеткіш",
  "band.medium": "орташа көрсеткіш",
  "band.high": "жоғары көрсеткіш",

  "zero.draftsNotInOpenAccess":
    "құқықтық актілердің және (немесе) бюджеттік бағдарламалардың жобалары ашық қолжетімділікте болмады (23-тармақ)",
  "zero.budgetReportsNotInOpenAccess":
    "бюджеттік бағдарламалардың іске асырылуы туралы есептер ашық қолжетімділікте болмады (23-тармақ)",
  "zero.resultsNotInOpenAccess":
    "жобалар мен бастамалардың аралық және қорытынды нәтижелері туралы ақпарат ашық қолжетімділікте болмады (16, 23-тармақтар)",
  "zero.notInOpenAccess": "талап етілген материалдар ашық қолжетімділікте болмады (23-тармақ)",
  "zero.resultsNotPublished":
    "Pikir есебінде талап етілген аралық/қорытынды нәтижелер (16-тармақ) ашық қолжетімділікте жоқ, босату тіркелмеген: {slots} (23-тармақ)",

  "explain.rules": "Әдістеме редакциясы: {version} ({effectiveFrom} бастап қолданылады)",
  "explain.rulesEstimated":
    "Қолданысқа енгізілу күні болжалды: бұйрықтың ресми жарияланған күні Pikir-дегі мәтінде жоқ",
  "explain.rulesTextMissing":
    "Бұл редакция {paragraphs} өзгертеді, олардың жаңа мәтіні Pikir-де әлі жоқ: Pikir оларды бұрынғы редакциясы бойынша қолданады",
  "explain.remarksRatio": "Ескертулер мен ұсыныстар: B/C = {fraction} (22-тармақ)",
  "explain.remarksDefaulted": "Ескертулер мен ұсыныстар түспеді (C = 0), сондықтан B/C = 1 (22-тармақ)",
  "explain.commentsRatio": "Түсініктемелер: E/G = {fraction} (22-тармақ)",
  "explain.commentsDefaulted": "Түсініктемелер түспеді (G = 0), сондықтан E/G = 1 (22-тармақ)",
  "explain.formula": "F = (B·E)/(C·G)·100% = {exact}% (дәл мәні)",
  "explain.rounded": "Үтірден кейінгі бір таңбаға дейін дөңгелектелді (бестен бастап жоғары қарай): {F}%",
  "explain.zeroed":
    "Есептелген мән {computed}% болса да, кері байланыс көрсеткіші нөлге теңестірілді (23-тармақ), себебі:",
  "explain.band": "{F}% — шкала бойынша: «{band}» (23-тармақ)",
  "explain.nothingReceived":
    "Ештеңе түспеді (C = G = 0): бұл F тек 22-тармақтың әдепкі мәні, бөлек көрсетіледі және «жоғары» нәтижелерге саналмайды",
  "status.evaluated": "бағаланды",
  "status.nothing_received": "ештеңе түспеді, 22-тармақ бойынша әдепкі мән",
  "status.not_submitted": "20-тармақ бойынша ақпарат ұсынылмады: ресми F жоқ",

  "criteria.participation":
    "Халықтың қатысу көрсеткіші (21-тармақтың 1) тармақшасы): материалдар — {items}, қатысушылар — {participants}, іс-шаралар — {events}",
  "criteria.participationMissing": "Халықтың қатысу көрсеткіші (21-тармақтың 1) тармақшасы) ұсынылмаған",
  "criteria.access":
    "Аралық және қорытынды нәтижелерге қол жеткізу (21-тармақтың 2) тармақшасы): ашық қолжетімділіктегі жарияланымдар — {published}, талап етілгені — {required} ({percent}%)",
  "criteria.accessNothingRequired":
    "Нәтижелерге қол жеткізу (21-тармақтың 2) тармақшасы): кезеңде талап етілген жарияланым жоқ, үлес анықталмайды",
  "criteria.accessMissing": "Нәтижелерге қол жеткізу (21-тармақтың 2) тармақшасы) туралы деректер ұсынылмаған",
  "criteria.satisfaction":
    "Халықтың қанағаттану деңгейі (21-тармақтың 3) тармақшасы, уәкілетті органның әлеуметтанулық сауалнамасы): {percent}%",
  "criteria.satisfactionMissing": "Халықтың қанағаттану деңгейі (21-тармақтың 3) тармақшасы) ұсынылмаған",
  "criteria.notCombined":
    "Бұл өлшемшарттар F көрсеткішімен біріктірілмейді: Әдістемеде оларды біріктіру формуласы жоқ (21, 22-тармақтар)",

  "flag.acceptedWithoutReference":
    "Қабылданған деп белгіленген, бірақ 20-тармақтың 1) тармақшасы талап ететін сілтеме (құқықтық актінің тармағына, бюджеттік бағдарламаға немесе растайтын құжатқа) жоқ: B-ға есептелмейді",

  "error.where.body": "«{name}» (№{number} орган, id: {id})",
  "error.where.bodyNoName": "№{number} орган (id: {id})",
  "error.where.bodyUnknown": "№{number} орган",
  "error.where.input": "Кіріс деректері",
  "error.field": "«{field}» өрісі",
  "error.notJson": "JSON ретінде оқылмады: {detail}",
  "error.notAnObject": "объект болуы керек, берілгені: {value}",
  "error.notAnArray": "тізім (массив) болуы керек",
  "error.missing": "міндетті өріс толтырылмаған",
  "error.notAString": "мәтін болуы керек, берілгені: {value}",
  "error.empty": "бос болмауы керек",
  "error.notAnInteger": "бүтін сан болуы керек, берілгені: {value}",
  "error.negative": "теріс сан болмауы керек, берілгені: {value}",
  "error.acceptedPlusRejectedExceedsReceived":
    "қабылданғандар ({accepted}) мен қабылданбағандардың ({rejected}) қосындысы келіп түскен ескертулер мен ұсыныстардың жалпы санынан ({received}) асып кетті (20-тармақтың 1) тармақшасы)",
  "error.answeredExceedsReceived":
    "жауап берілген түсініктемелер саны ({answered}) келіп түскен түсініктемелердің жалпы санынан ({received}) асып кетті (20-тармақтың 2) тармақшасы)",
  "error.unansweredMismatch":
    "жауап берілмегендер саны {unanswered}, ал келіп түскендер мен жауап берілгендердің айырмасы {expected} (20-тармақтың 2) тармақшасы)",
  "error.acceptedItemWithoutReference":
    "№{number} қабылданған ұсыныста күшіне енген актінің нақты тармағына, бекітілген бюджеттік бағдарламаға немесе растайтын құжатқа сілтеме жоқ (20-тармақтың 1) тармақшасы)",
  "error.acceptedItemsExceedAccepted":
    "{listed} қабылданған ескерту тізімге енгізілген, ал қабылданғаны {accepted} деп көрсетілген (20-тармақтың 1) тармақшасы)",
  "error.acceptedItemsIncomplete":
    "{accepted} қабылданғанның {listed} ғана тізімде: барлығын көрсетіңіз немесе оларды тізбелейтін құжатты қоса беріңіз (20-тармақтың 1) тармақшасы)",
  "error.conferenceLinkNotDialogue":
    "{url} — «Ашық диалог» порталының (dialog.egov.kz) мекенжайы емес (20-тармақтың 3) тармақшасы)",
  "error.materialWithoutUrl": "№{number} материалдың мекенжайы жоқ (20-тармақтың 4) тармақшасы)",
  "error.duplicateId": "«{id}» идентификаторы №{firstNumber} органда бұрын қолданылған",
  "error.badDate": "ЖЖЖЖ-АА-КК пішіміндегі нақты күн болуы керек, берілгені: {value}",
  "error.periodOrder": "кезеңнің басы ({from}) соңынан ({to}) кейін тұр",
  "error.notCalendarPeriod": "{from} – {to} күнтізбелік тоқсан, жарты жыл немесе жыл емес",
  "error.periodBeforeMethodology":
    "кезең {from} күні басталады, ал Әдістеме 2024 жылы қабылданды: {start} күнге дейінгі кезеңдер бағаланбайды",
  "error.noRulesInForce":
    "{periodEnd} күні Әдістеменің ешбір редакциясы қолданыста болмады (алғашқысы {effectiveFrom} бастап)",
  "error.badOpenAccess":
    "true/false немесе drafts, budgetReports, results өрістері бар объект болуы керек, берілгені: {value}",
  "error.notAStringArray": "мәтіндер тізімі болуы керек, берілгені: {value}",
  "error.figuresInconsistent": "{field} саны жарамсыз: {value}",

  "column.id": "Код",
  "column.name": "Мемлекеттік орган",
  "column.F": "F, %",
  "column.band": "Шкала коды",
  "column.bandName": "Шкала бойынша баға",
  "column.zeroed": "Нөлге теңестірілді",
  "column.zeroReasons": "Нөлге теңестіру себептері",
  "column.B": "B (қабылданған)",
  "column.C": "C (барлық ескерту мен ұсыныс)",
  "column.E": "E (жауап берілген)",
  "column.G": "G (барлық түсініктеме)",
  "column.rulesVersion": "Әдістеме редакциясы",
  "column.status": "Мәртебесі",
  "value.yes": "иә",
  "value.no": "жоқ",
  "cli.period": "Кезең: {from} – {to}; Әдістеме редакциясы: {version}",
  "cli.rejected": "Кіріс деректері қабылданбады, қателер саны: {count}",
  "slot.quarter": "{year} {quarter} тоқсан",
  "slot.final": "{year} (қорытынды)",
};

const ru: Record<EvaluationMessageKey, string> = {
  "band.ineffective": "неэффективная деятельность",
  "band.low": "низкий показатель",
  "band.medium": "средний показатель",
  "band.high": "высокий показатель",

  "zero.draftsNotInOpenAccess": "проекты правовых актов и (или) бюджетных программ не были в открытом доступе (п. 23)",
  "zero.budgetReportsNotInOpenAccess": "отчёты о реализации бюджетных программ не были в открытом доступе (п. 23)",
  "zero.resultsNotInOpenAccess":
    "информация о промежуточных и итоговых результатах проектов и инициатив не была в открытом доступе (пп. 16, 23)",
  "zero.notInOpenAccess": "требуемые материалы не были в открытом доступе (п. 23)",
  "zero.resultsNotPublished":
    "по данным Pikir требуемые промежуточные/итоговые результаты (п. 16) не в открытом доступе, освобождение не зафиксировано: {slots} (п. 23)",

  "explain.rules": "Редакция методики: {version} (действует с {effectiveFrom})",
  "explain.rulesEstimated":
    "Дата вступления в силу оценочная: даты официального опубликования приказа нет в копии Pikir",
  "explain.rulesTextMissing":
    "Эта редакция изменяет {paragraphs}; их нового текста в Pikir пока нет, Pikir применяет их в прежней редакции",
  "explain.remarksRatio": "Замечания и предложения: B/C = {fraction} (п. 22)",
  "explain.remarksDefaulted": "Замечания и предложения не поступали (C = 0), поэтому B/C = 1 (п. 22)",
  "explain.commentsRatio": "Комментарии: E/G = {fraction} (п. 22)",
  "explain.commentsDefaulted": "Комментарии не поступали (G = 0), поэтому E/G = 1 (п. 22)",
  "explain.formula": "F = (B·E)/(C·G)·100% = {exact}% (точное значение)",
  "explain.rounded": "Округлено до одного знака после запятой (половина — вверх): {F}%",
  "explain.zeroed":
    "Рассчитанное значение — {computed}%, но показатель обратной связи приравнен к нулю (п. 23), так как:",
  "explain.band": "{F}% — по шкале: «{band}» (п. 23)",
  "explain.nothingReceived":
    "Ничего не поступило (C = G = 0): это F — лишь значение по умолчанию п. 22, оно показывается отдельно и не считается высоким",
  "status.evaluated": "оценено",
  "status.nothing_received": "ничего не поступило, значение по умолчанию п. 22",
  "status.not_submitted": "информация по п. 20 не представлена: официального F нет",

  "criteria.participation":
    "Показатель участия населения (подп. 1) п. 21): материалов — {items}, участников — {participants}, мероприятий — {events}",
  "criteria.participationMissing": "Показатель участия населения (подп. 1) п. 21) не представлен",
  "criteria.access":
    "Доступ к промежуточным и итоговым результатам (подп. 2) п. 21): в открытом доступе {published} из {required} требуемых публикаций ({percent}%)",
  "criteria.accessNothingRequired":
    "Доступ к результатам (подп. 2) п. 21): в периоде не требовалось публикаций, доля не определяется",
  "criteria.accessMissing": "Данные о доступе к результатам (подп. 2) п. 21) не представлены",
  "criteria.satisfaction":
    "Уровень удовлетворённости населения (подп. 3) п. 21, социологический опрос уполномоченного органа): {percent}%",
  "criteria.satisfactionMissing": "Уровень удовлетворённости населения (подп. 3) п. 21) не представлен",
  "criteria.notCombined":
    "Эти критерии не объединяются с показателем F: методика не содержит формулы их объединения (пп. 21, 22)",

  "flag.acceptedWithoutReference":
    "Отмечено как принятое, но нет ссылки, требуемой подп. 1) п. 20 (на пункт правового акта, бюджетную программу или подтверждающий документ): в B не учитывается",

  "error.where.body": "Орган №{number} «{name}» (id: {id})",
  "error.where.bodyNoName": "Орган №{number} (id: {id})",
  "error.where.bodyUnknown": "Орган №{number}",
  "error.where.input": "Входные данные",
  "error.field": "поле «{field}»",
  "error.notJson": "не удалось разобрать JSON: {detail}",
  "error.notAnObject": "должно быть объектом, получено: {value}",
  "error.notAnArray": "должно быть массивом",
  "error.missing": "обязательное поле отсутствует",
  "error.notAString": "должно быть строкой, получено: {value}",
  "error.empty": "не должно быть пустым",
  "error.notAnInteger": "должно быть целым числом, получено: {value}",
  "error.negative": "не может быть отрицательным, получено: {value}",
  "error.acceptedPlusRejectedExceedsReceived":
    "сумма принятых ({accepted}) и непринятых ({rejected}) превышает общее число поступивших замечаний и предложений ({received}) (подп. 1) п. 20)",
  "error.answeredExceedsReceived":
    "число комментариев с ответом ({answered}) превышает общее число поступивших комментариев ({received}) (подп. 2) п. 20)",
  "error.unansweredMismatch":
    "число комментариев без ответа — {unanswered}, а разность поступивших и отвеченных — {expected} (подп. 2) п. 20)",
  "error.acceptedItemWithoutReference":
    "у принятого предложения №{number} нет ссылки на конкретный пункт вступившего в силу акта, утверждённую бюджетную программу или подтверждающий документ (подп. 1) п. 20)",
  "error.acceptedItemsExceedAccepted":
    "в перечне {listed} принятых, а принятыми заявлено только {accepted} (подп. 1) п. 20)",
  "error.acceptedItemsIncomplete":
    "в перечне {listed} из {accepted} принятых: укажите все или приложите документ с их перечнем (подп. 1) п. 20)",
  "error.conferenceLinkNotDialogue": "{url} — не адрес портала «Открытый диалог» (dialog.egov.kz) (подп. 3) п. 20)",
  "error.materialWithoutUrl": "у материала №{number} нет адреса (подп. 4) п. 20)",
  "error.duplicateId": "идентификатор «{id}» уже использован органом №{firstNumber}",
  "error.badDate": "должна быть существующая дата в формате ГГГГ-ММ-ДД, получено: {value}",
  "error.periodOrder": "начало периода ({from}) позже его конца ({to})",
  "error.notCalendarPeriod": "{from} – {to} не является календарным кварталом, полугодием или годом",
  "error.periodBeforeMethodology":
    "период начинается {from}, а методика принята в 2024 году: периоды до {start} не оцениваются",
  "error.noRulesInForce": "на {periodEnd} ни одна редакция методики не действовала (первая — с {effectiveFrom})",
  "error.badOpenAccess":
    "должно быть true/false или объектом с полями drafts, budgetReports, results; получено: {value}",
  "error.notAStringArray": "должно быть массивом строк, получено: {value}",
  "error.figuresInconsistent": "недопустимое значение {field}: {value}",

  "column.id": "Код",
  "column.name": "Государственный орган",
  "column.F": "F, %",
  "column.band": "Код шкалы",
  "column.bandName": "Оценка по шкале",
  "column.zeroed": "Обнулён",
  "column.zeroReasons": "Причины обнуления",
  "column.B": "B (принято)",
  "column.C": "C (всего замечаний и предложений)",
  "column.E": "E (с ответом)",
  "column.G": "G (всего комментариев)",
  "column.rulesVersion": "Редакция методики",
  "column.status": "Статус",
  "value.yes": "да",
  "value.no": "нет",
  "cli.period": "Период: {from} – {to}; редакция методики: {version}",
  "cli.rejected": "Входные данные отклонены, ошибок: {count}",
  "slot.quarter": "{year}, {quarter} квартал",
  "slot.final": "{year} (итоговые)",
};

export const evaluationMessages = defineMessages<EvaluationMessageKey>({ kk, ru, en });
