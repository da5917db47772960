/**
 * Synthetic but realistic Kazakh and Russian texts for the demo: initiative titles, citizens'
 * remarks, proposals and comments, appeals and social-media comments, officials' answers,
 * rejection reasons and §20.1 acceptance references. Sentences are composed from parts per topic,
 * so a few hundred phrases give thousands of distinct, plausible items. Deterministic: every
 * choice comes from the seeded generator, so two seeds of an empty database are identical.
 */
import type { InitiativeKind, ItemKind, ItemLang } from "../../enums.ts";
import { createRng } from "../../../../domain/random.ts";

// Seeds and tests import the generator from here, beside the texts it drives.
export { createRng };

export type TopicArea = "roads" | "schools" | "health" | "utilities" | "transport" | "social" | "ecology" | "digital";
type Lang = "kk" | "ru";
type Bilingual = Readonly<Record<Lang, readonly string[]>>;

const pick = <T>(rng: () => number, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

export interface InitiativeTemplate {
  kind: InitiativeKind;
  topicArea: TopicArea;
  title: { kk: string; ru: string; en: string };
}

export const DEMO_INITIATIVE_TEMPLATES: readonly InitiativeTemplate[] = [
  {
    kind: "draft_legal_act",
    topicArea: "roads",
    title: {
      kk: "Автомобиль жолдарын күтіп ұстау қағидаларына өзгерістер енгізу туралы бұйрық жобасы",
      ru: "Проект приказа о внесении изменений в правила содержания автомобильных дорог",
      en: "Draft order amending the rules for maintaining motor roads",
    },
  },
  {
    kind: "draft_legal_act",
    topicArea: "schools",
    title: {
      kk: "Мектепке дейінгі ұйымдарға кезекке қою қағидаларының жобасы",
      ru: "Проект правил постановки на очередь в дошкольные организации",
      en: "Draft rules for the preschool waiting list",
    },
  },
  {
    kind: "draft_legal_act",
    topicArea: "health",
    title: {
      kk: "Амбулаториялық дәрі-дәрмекпен қамтамасыз ету тізбесі туралы бұйрық жобасы",
      ru: "Проект приказа о перечне лекарственных средств для амбулаторного обеспечения",
      en: "Draft order on the list of medicines for outpatient provision",
    },
  },
  {
    kind: "draft_legal_act",
    topicArea: "utilities",
    title: {
      kk: "Коммуналдық қызметтерге тарифтерді қалыптастыру әдістемесінің жобасы",
      ru: "Проект методики формирования тарифов на коммунальные услуги",
      en: "Draft methodology for setting utility tariffs",
    },
  },
  {
    kind: "draft_legal_act",
    topicArea: "digital",
    title: {
      kk: "Мемлекеттік көрсетілетін қызметтер стандартына өзгерістер жобасы",
      ru: "Проект изменений в стандарт оказания государственных услуг",
      en: "Draft amendments to the public service standard",
    },
  },
  {
    kind: "draft_legal_act",
    topicArea: "ecology",
    title: {
      kk: "Тұрмыстық қатты қалдықтарды басқару қағидаларының жобасы",
      ru: "Проект правил управления твёрдыми бытовыми отходами",
      en: "Draft rules for municipal solid waste management",
    },
  },
  {
    kind: "draft_budget_program",
    topicArea: "transport",
    title: {
      kk: "«Қоғамдық көлікті дамыту» бюджеттік бағдарламасының жобасы (2026–2028)",
      ru: "Проект бюджетной программы «Развитие общественного транспорта» (2026–2028)",
      en: "Draft budget program “Public transport development” (2026–2028)",
    },
  },
  {
    kind: "draft_budget_program",
    topicArea: "schools",
    title: {
      kk: "«Жаңа мектептер салу» бюджеттік бағдарламасының жобасы",
      ru: "Проект бюджетной программы «Строительство новых школ»",
      en: "Draft budget program “Building new schools”",
    },
  },
  {
    kind: "draft_budget_program",
    topicArea: "social",
    title: {
      kk: "«Мүгедектігі бар адамдарды әлеуметтік қолдау» бюджеттік бағдарламасының жобасы",
      ru: "Проект бюджетной программы «Социальная поддержка лиц с инвалидностью»",
      en: "Draft budget program “Social support for persons with disabilities”",
    },
  },
  {
    kind: "budget_report",
    topicArea: "roads",
    title: {
      kk: "«Жергілікті жолдарды жөндеу» бюджеттік бағдарламасын іске асыру туралы есеп (2025)",
      ru: "Отчёт о реализации бюджетной программы «Ремонт местных дорог» (2025)",
      en: "Implementation report of the budget program “Repair of local roads” (2025)",
    },
  },
  {
    kind: "budget_report",
    topicArea: "health",
    title: {
      kk: "«Алғашқы медициналық-санитариялық көмек» бюджеттік бағдарламасын іске асыру туралы есеп",
      ru: "Отчёт о реализации бюджетной программы «Первичная медико-санитарная помощь»",
      en: "Implementation report of the budget program “Primary health care”",
    },
  },
  {
    kind: "project",
    topicArea: "utilities",
    title: {
      kk: "«Таза су» жобасы: ауылдарды орталықтандырылған сумен жабдықтау",
      ru: "Проект «Чистая вода»: централизованное водоснабжение сёл",
      en: "“Clean water” project: piped water for villages",
    },
  },
  {
    kind: "initiative",
    topicArea: "digital",
    title: {
      kk: "«Цифрлық әкімдік» бастамасы: өтініштерді онлайн қарау",
      ru: "Инициатива «Цифровой акимат»: онлайн-рассмотрение обращений",
      en: "“Digital akimat” initiative: online handling of appeals",
    },
  },
  {
    kind: "project",
    topicArea: "ecology",
    title: {
      kk: "Қалалық саябақтарды абаттандыру жобасы",
      ru: "Проект благоустройства городских парков",
      en: "City parks improvement project",
    },
  },
];

/** What a citizen writes about, per topic: the noun phrase slots into every sentence frame. */
const SUBJECTS: Record<TopicArea, Bilingual> = {
  roads: {
    kk: [
      "аула ішіндегі жолдар",
      "ауылға баратын жол",
      "жаяу жүргіншілер өткелдері",
      "жол белгілері",
      "қысқы жолды қардан тазарту",
    ],
    ru: ["дворовые дороги", "дорога до села", "пешеходные переходы", "дорожные знаки", "уборка снега с дорог"],
  },
  schools: {
    kk: [
      "мектептегі орын тапшылығы",
      "балабақшаға кезек",
      "оқушыларды тасымалдау",
      "мектеп асханасы",
      "үш ауысымды оқыту",
    ],
    ru: [
      "нехватка мест в школах",
      "очередь в детский сад",
      "подвоз школьников",
      "школьное питание",
      "трёхсменное обучение",
    ],
  },
  health: {
    kk: [
      "емханадағы кезек",
      "тегін дәрі-дәрмек",
      "жедел жәрдемнің келу уақыты",
      "ауылдық фельдшерлік пункт",
      "дәрігерге онлайн жазылу",
    ],
    ru: [
      "очереди в поликлинике",
      "бесплатные лекарства",
      "время приезда скорой помощи",
      "сельский фельдшерский пункт",
      "онлайн-запись к врачу",
    ],
  },
  utilities: {
    kk: ["жылу тарифі", "ауыз судың сапасы", "кәріз желісі", "электр қуатының үзілуі", "есептегіштерді ауыстыру"],
    ru: [
      "тариф на тепло",
      "качество питьевой воды",
      "канализационная сеть",
      "отключения электроэнергии",
      "замена счётчиков",
    ],
  },
  transport: {
    kk: ["автобус бағыттары", "жол жүру ақысы", "аялдамалардың жағдайы", "кешкі рейстер", "төмен еденді автобустар"],
    ru: ["автобусные маршруты", "стоимость проезда", "состояние остановок", "вечерние рейсы", "низкопольные автобусы"],
  },
  social: {
    kk: [
      "атаулы әлеуметтік көмек",
      "пандустар мен қолжетімділік",
      "көпбалалы отбасыларға жәрдемақы",
      "зейнеткерлерге қызмет көрсету",
      "арнаулы әлеуметтік қызметтер",
    ],
    ru: [
      "адресная социальная помощь",
      "пандусы и доступность",
      "пособия многодетным семьям",
      "обслуживание пенсионеров",
      "специальные социальные услуги",
    ],
  },
  ecology: {
    kk: ["қоқыс шығару кестесі", "ауаның ластануы", "ағаш кесу", "саябақтағы жарық", "қалдықтарды сұрыптау"],
    ru: [
      "график вывоза мусора",
      "загрязнение воздуха",
      "вырубка деревьев",
      "освещение в парке",
      "раздельный сбор отходов",
    ],
  },
  digital: {
    kk: [
      "eGov порталындағы қызметтер",
      "анықтама алу мерзімі",
      "мобильді қосымша",
      "өтініштің мәртебесін қадағалау",
      "ЭЦҚ-мен қол қою",
    ],
    ru: [
      "услуги на портале eGov",
      "срок получения справки",
      "мобильное приложение",
      "отслеживание статуса обращения",
      "подписание ЭЦП",
    ],
  },
};

const FRAMES: Record<"remark" | "proposal" | "comment" | "appeal" | "social_comment", Bilingual> = {
  remark: {
    kk: [
      "Жобаның {clause} «{s}» туралы норма анық емес: кім жауапты екені көрсетілмеген.",
      "{clause} «{s}» бойынша мерзімдер тым ұзақ, оларды қысқарту керек.",
      "Жобада «{s}» мәселесі бойынша қаржыландыру көзі көрсетілмеген, {clause} толықтыру қажет.",
      "{clause} «{s}» туралы талап қолданыстағы заңмен қайшы келеді деп санаймын.",
    ],
    ru: [
      "Норма {clause} о «{s}» сформулирована нечётко: не указано, кто отвечает.",
      "Сроки по «{s}» в {clause} слишком длинные, их нужно сократить.",
      "В проекте не указан источник финансирования по «{s}», {clause} нужно дополнить.",
      "Считаю, что требование {clause} о «{s}» противоречит действующему закону.",
    ],
  },
  proposal: {
    kk: [
      "«{s}» бойынша жылына екі рет қоғамдық есеп беруді енгізуді ұсынамын.",
      "«{s}» мәселесін шешу үшін тұрғындармен ашық кездесу өткізуді ұсынамын.",
      "«{s}» үшін бөлінетін қаражатты ауылдық елді мекендерге басымдықпен бөлу керек деп ұсынамын.",
      "«{s}» бойынша онлайн-карта жасап, орындалу барысын жариялап отыруды ұсынамын.",
    ],
    ru: [
      "Предлагаю ввести публичный отчёт по «{s}» дважды в год.",
      "Предлагаю провести открытую встречу с жителями по вопросу «{s}».",
      "Предлагаю распределять средства на «{s}» в первую очередь сельским населённым пунктам.",
      "Предлагаю сделать онлайн-карту по «{s}» и публиковать ход исполнения.",
    ],
  },
  comment: {
    kk: [
      "«{s}» мәселесін көтергендеріңіз дұрыс, көптен күтіп едік.",
      "Жоба жақсы, бірақ «{s}» іс жүзінде қалай орындалатынын көргім келеді.",
      "Рахмет! «{s}» біздің ауданда да өзекті.",
      "«{s}» туралы ақпарат тым аз, толығырақ түсіндіріп берсеңіздер.",
    ],
    ru: [
      "Хорошо, что подняли вопрос «{s}», давно ждали.",
      "Проект хороший, но хочется увидеть, как «{s}» будет работать на деле.",
      "Спасибо! «{s}» актуально и в нашем районе.",
      "Информации про «{s}» слишком мало, объясните подробнее.",
    ],
  },
  appeal: {
    kk: [
      "Құрметті әкімдік! Біздің көшеде «{s}» мәселесі екі жылдан бері шешілмей келеді. Шара қолдануыңызды сұраймын.",
      "«{s}» бойынша шағым: бірнеше рет хабарластым, жауап жоқ.",
      "«{s}» мәселесі бойынша түсініктеме беруіңізді сұраймын.",
      "«{s}» бойынша жұмыс жақсарғаны үшін алғысымды білдіремін.",
    ],
    ru: [
      "Уважаемый акимат! На нашей улице проблема «{s}» не решается уже два года. Прошу принять меры.",
      "Жалоба по «{s}»: обращался несколько раз, ответа нет.",
      "Прошу дать разъяснение по вопросу «{s}».",
      "Выражаю благодарность за улучшение ситуации с «{s}».",
    ],
  },
  social_comment: {
    kk: [
      "«{s}» қашан шешіледі?",
      "Тағы да «{s}»… ештеңе өзгермейді",
      "«{s}» бойынша жақсы жаңалық 👍",
      "Біздің ауылда да «{s}» проблема!",
    ],
    ru: [
      "Когда решат «{s}»?",
      "Опять «{s}»… ничего не меняется",
      "Хорошая новость про «{s}» 👍",
      "У нас в селе тоже «{s}» проблема!",
    ],
  },
};

export function generateFeedbackText(
  rng: () => number,
  spec: { kind: ItemKind; lang: Lang; topicArea: TopicArea },
): { text: string; lang: ItemLang } {
  const subject = pick(rng, SUBJECTS[spec.topicArea][spec.lang]);
  const clauseNo = 1 + Math.floor(rng() * 30);
  const clause = spec.lang === "kk" ? `${clauseNo}-тармағындағы` : `пункта ${clauseNo}`;
  const text = pick(rng, FRAMES[spec.kind][spec.lang]).replace("{s}", subject).replace("{clause}", clause);
  return { text, lang: spec.lang };
}

const REJECTION_REASONS: Bilingual = {
  kk: [
    "Ұсыныс жобаның реттеу нысанасына жатпайды.",
    "Мәселе қолданыстағы заңнамамен реттелген (Әкімшілік рәсімдік-процестік кодекс).",
    "Ұсынылған шара бюджеттік бағдарламаның қаржылық мүмкіндіктерінен асады.",
    "Норма уәкілетті органның құзыретіне кірмейді.",
  ],
  ru: [
    "Предложение не относится к предмету регулирования проекта.",
    "Вопрос урегулирован действующим законодательством (Административный процедурно-процессуальный кодекс).",
    "Предлагаемая мера превышает финансовые возможности бюджетной программы.",
    "Норма не входит в компетенцию уполномоченного органа.",
  ],
};

export function pickRejectionReason(rng: () => number, lang: Lang): string {
  return pick(rng, REJECTION_REASONS[lang]);
}

/** §20.1: an accepted remark points at where it landed: a clause of the enacted act or the approved program. */
export function pickAcceptanceReference(rng: () => number, lang: Lang, kind: InitiativeKind): string {
  const n = 1 + Math.floor(rng() * 40);
  const order = `${100 + Math.floor(rng() * 800)}`;
  if (kind === "draft_budget_program" || kind === "budget_report") {
    return lang === "kk"
      ? `Бекітілген бюджеттік бағдарламаның ${n}-тармағы (№${order} бұйрық)`
      : `Пункт ${n} утверждённой бюджетной программы (приказ №${order})`;
  }
  if (kind === "draft_legal_act") {
    return lang === "kk"
      ? `Қабылданған бұйрықтың ${n}-тармағы (№${order})`
      : `Пункт ${n} принятого приказа (№${order})`;
  }
  return lang === "kk"
    ? `Жоба жоспарына енгізілді: №${order} хаттама, ${n}-тармақ`
    : `Включено в план проекта: протокол №${order}, пункт ${n}`;
}

const ANSWERS: Bilingual = {
  kk: [
    "Пікіріңізге рахмет! Ұсыныстарыңыз жобаны пысықтау кезінде ескеріледі.",
    "Рахмет. Толық ақпарат ведомствоның ресми сайтында жарияланады.",
    "Мәселе бақылауға алынды, нәтижесі туралы қосымша хабарлаймыз.",
  ],
  ru: [
    "Спасибо за ваше мнение! Предложения будут учтены при доработке проекта.",
    "Спасибо. Подробная информация будет опубликована на официальном сайте ведомства.",
    "Вопрос взят на контроль, о результатах сообщим дополнительно.",
  ],
};

export function pickAnswerText(rng: () => number, lang: Lang): string {
  return pick(rng, ANSWERS[lang]);
}
