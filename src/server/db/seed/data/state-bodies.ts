/**
 * The registry of state bodies: the central executive bodies (ministries and some of their
 * committees), the state bodies directly subordinate and accountable to the President, and the
 * akimats (state-bodies-local.ts). §1 of the methodology does not apply to the national security
 * bodies, the prosecutor's office, the court administration body and the National Bank: they are
 * listed, marked out of scope with the reason, and never asked for §20 figures.
 * Names follow the bodies' official names (2025–2026, after the renamings of 2025).
 */
import type { BodyKind, ExclusionReason } from "../../enums.ts";
import { DISTRICT_BODIES, LOCAL_BODIES } from "./state-bodies-local.ts";

export interface BodySeed {
  code: string;
  nameKk: string;
  nameRu: string;
  nameEn: string;
  kind: BodyKind;
  regionCode: string | null;
  inScope: boolean;
  exclusionReason: ExclusionReason | null;
  /** The ministry's choice to evaluate the body (default true); district and city akimats start without it. */
  evaluated?: boolean;
  parentCode?: string;
  website?: string;
}

type Row = readonly [code: string, kk: string, ru: string, en: string, parentCode?: string];

const rk = (s: string) => `Қазақстан Республикасы ${s}`;
const rf = (s: string) => `${s} Республики Казахстан`;

const MINISTRIES: readonly Row[] = [
  [
    "min-agriculture",
    rk("Ауыл шаруашылығы министрлігі"),
    rf("Министерство сельского хозяйства"),
    "Ministry of Agriculture",
  ],
  [
    "min-ai-digital",
    rk("Жасанды интеллект және цифрлық даму министрлігі"),
    rf("Министерство искусственного интеллекта и цифрового развития"),
    "Ministry of Artificial Intelligence and Digital Development",
  ],
  [
    "min-culture-information",
    rk("Мәдениет және ақпарат министрлігі"),
    rf("Министерство культуры и информации"),
    "Ministry of Culture and Information",
  ],
  ["min-defence", rk("Қорғаныс министрлігі"), rf("Министерство обороны"), "Ministry of Defence"],
  [
    "min-ecology",
    rk("Экология және табиғи ресурстар министрлігі"),
    rf("Министерство экологии и природных ресурсов"),
    "Ministry of Ecology and Natural Resources",
  ],
  ["min-education", rk("Оқу-ағарту министрлігі"), rf("Министерство просвещения"), "Ministry of Education"],
  [
    "min-emergency",
    rk("Төтенше жағдайлар министрлігі"),
    rf("Министерство по чрезвычайным ситуациям"),
    "Ministry of Emergency Situations",
  ],
  ["min-energy", rk("Энергетика министрлігі"), rf("Министерство энергетики"), "Ministry of Energy"],
  ["min-finance", rk("Қаржы министрлігі"), rf("Министерство финансов"), "Ministry of Finance"],
  [
    "min-foreign-affairs",
    rk("Сыртқы істер министрлігі"),
    rf("Министерство иностранных дел"),
    "Ministry of Foreign Affairs",
  ],
  ["min-health", rk("Денсаулық сақтау министрлігі"), rf("Министерство здравоохранения"), "Ministry of Health"],
  [
    "min-industry-construction",
    rk("Өнеркәсіп және құрылыс министрлігі"),
    rf("Министерство промышленности и строительства"),
    "Ministry of Industry and Construction",
  ],
  [
    "min-internal-affairs",
    rk("Ішкі істер министрлігі"),
    rf("Министерство внутренних дел"),
    "Ministry of Internal Affairs",
  ],
  ["min-justice", rk("Әділет министрлігі"), rf("Министерство юстиции"), "Ministry of Justice"],
  [
    "min-labour",
    rk("Еңбек және халықты әлеуметтік қорғау министрлігі"),
    rf("Министерство труда и социальной защиты населения"),
    "Ministry of Labour and Social Protection of the Population",
  ],
  [
    "min-national-economy",
    rk("Ұлттық экономика министрлігі"),
    rf("Министерство национальной экономики"),
    "Ministry of National Economy",
  ],
  [
    "min-science",
    rk("Ғылым және жоғары білім министрлігі"),
    rf("Министерство науки и высшего образования"),
    "Ministry of Science and Higher Education",
  ],
  [
    "min-tourism-sports",
    rk("Туризм және спорт министрлігі"),
    rf("Министерство туризма и спорта"),
    "Ministry of Tourism and Sports",
  ],
  [
    "min-trade",
    rk("Сауда және интеграция министрлігі"),
    rf("Министерство торговли и интеграции"),
    "Ministry of Trade and Integration",
  ],
  ["min-transport", rk("Көлік министрлігі"), rf("Министерство транспорта"), "Ministry of Transport"],
  [
    "min-water",
    rk("Су ресурстары және ирригация министрлігі"),
    rf("Министерство водных ресурсов и ирригации"),
    "Ministry of Water Resources and Irrigation",
  ],
];

/** Committees and departments with their own public-facing work, under their ministry. */
const COMMITTEES: readonly Row[] = [
  [
    "kgd-minfin",
    "Қаржы министрлігінің Мемлекеттік кірістер комитеті",
    "Комитет государственных доходов Министерства финансов",
    "State Revenue Committee of the Ministry of Finance",
    "min-finance",
  ],
  [
    "treasury-minfin",
    "Қаржы министрлігінің Қазынашылық комитеті",
    "Комитет казначейства Министерства финансов",
    "Treasury Committee of the Ministry of Finance",
    "min-finance",
  ],
  [
    "kmfk-minhealth",
    "Денсаулық сақтау министрлігінің Медициналық және фармацевтикалық бақылау комитеті",
    "Комитет медицинского и фармацевтического контроля Министерства здравоохранения",
    "Committee for Medical and Pharmaceutical Control of the Ministry of Health",
    "min-health",
  ],
  [
    "roads-mintransport",
    "Көлік министрлігінің Автомобиль жолдары комитеті",
    "Комитет автомобильных дорог Министерства транспорта",
    "Committee of Automobile Roads of the Ministry of Transport",
    "min-transport",
  ],
  [
    "housing-minindustry",
    "Өнеркәсіп және құрылыс министрлігінің Құрылыс және тұрғын үй-коммуналдық шаруашылық істері комитеті",
    "Комитет по делам строительства и жилищно-коммунального хозяйства Министерства промышленности и строительства",
    "Committee for Construction, Housing and Utilities of the Ministry of Industry and Construction",
    "min-industry-construction",
  ],
  [
    "quality-mineducation",
    "Оқу-ағарту министрлігінің Білім беру саласындағы сапаны қамтамасыз ету комитеті",
    "Комитет по обеспечению качества в сфере образования Министерства просвещения",
    "Committee for Quality Assurance in Education of the Ministry of Education",
    "min-education",
  ],
  [
    "forestry-minecology",
    "Экология және табиғи ресурстар министрлігінің Орман шаруашылығы және жануарлар дүниесі комитеті",
    "Комитет лесного хозяйства и животного мира Министерства экологии и природных ресурсов",
    "Committee of Forestry and Wildlife of the Ministry of Ecology and Natural Resources",
    "min-ecology",
  ],
  [
    "migration-mia",
    "Ішкі істер министрлігінің Көші-қон қызметі комитеті",
    "Комитет миграционной службы Министерства внутренних дел",
    "Migration Service Committee of the Ministry of Internal Affairs",
    "min-internal-affairs",
  ],
  [
    "stats-aspr",
    "Стратегиялық жоспарлау және реформалар агенттігінің Ұлттық статистика бюросы",
    "Бюро национальной статистики Агентства по стратегическому планированию и реформам",
    "Bureau of National Statistics of the Agency for Strategic Planning and Reforms",
    "agency-strategic-planning",
  ],
  [
    "tourism-committee",
    "Туризм және спорт министрлігінің Туризм индустриясы комитеті",
    "Комитет индустрии туризма Министерства туризма и спорта",
    "Tourism Industry Committee of the Ministry of Tourism and Sports",
    "min-tourism-sports",
  ],
  [
    "info-committee",
    "Мәдениет және ақпарат министрлігінің Ақпарат комитеті",
    "Комитет информации Министерства культуры и информации",
    "Information Committee of the Ministry of Culture and Information",
    "min-culture-information",
  ],
];

/** Directly subordinate and accountable to the President (in scope of §1). */
const PRESIDENTIAL: readonly Row[] = [
  [
    "agency-strategic-planning",
    rk("Стратегиялық жоспарлау және реформалар агенттігі"),
    "Агентство по стратегическому планированию и реформам Республики Казахстан",
    "Agency for Strategic Planning and Reforms",
  ],
  [
    "agency-anticorruption",
    rk("Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі"),
    "Агентство Республики Казахстан по противодействию коррупции",
    "Anti-Corruption Agency",
  ],
  [
    "agency-financial-monitoring",
    rk("Қаржылық мониторинг агенттігі"),
    "Агентство Республики Казахстан по финансовому мониторингу",
    "Agency for Financial Monitoring",
  ],
  [
    "agency-civil-service",
    rk("Мемлекеттік қызмет істері агенттігі"),
    "Агентство Республики Казахстан по делам государственной службы",
    "Agency for Civil Service Affairs",
  ],
  [
    "agency-competition",
    rk("Бәсекелестікті қорғау және дамыту агенттігі"),
    "Агентство по защите и развитию конкуренции Республики Казахстан",
    "Agency for Protection and Development of Competition",
  ],
  [
    "agency-financial-market",
    rk("Қаржы нарығын реттеу және дамыту агенттігі"),
    "Агентство Республики Казахстан по регулированию и развитию финансового рынка",
    "Agency for Regulation and Development of the Financial Market",
  ],
  [
    "supreme-audit-chamber",
    rk("Жоғары аудиторлық палатасы"),
    "Высшая аудиторская палата Республики Казахстан",
    "Supreme Audit Chamber",
  ],
  // A special state body under its own law, not one of §1's "national security bodies": in scope
  // (docs/methodology.md, "The registry and §1"). Was excluded as national_security until issue 13.
  ["state-guard-service", rk("Мемлекеттік күзет қызметі"), rf("Служба государственной охраны"), "State Guard Service"],
  // Accountable to the President under the Constitutional Law on Elections, and none of §1's four
  // exceptions: in scope (docs/methodology.md, "The registry and §1").
  [
    "cec",
    rk("Орталық сайлау комиссиясы"),
    "Центральная избирательная комиссия Республики Казахстан",
    "Central Election Commission",
  ],
];

/** §1: the methodology does not apply to these. */
const EXCLUDED: ReadonlyArray<readonly [...Row, BodyKind, ExclusionReason]> = [
  [
    "knb",
    rk("Ұлттық қауіпсіздік комитеті"),
    rf("Комитет национальной безопасности"),
    "National Security Committee",
    undefined,
    "presidential",
    "national_security",
  ],
  [
    "prosecutor-general",
    rk("Бас прокуратурасы"),
    rf("Генеральная прокуратура"),
    "Prosecutor General's Office",
    undefined,
    "presidential",
    "prosecutor",
  ],
  [
    "court-administration",
    rk("Жоғарғы Сотының жанындағы Соттардың қызметін қамтамасыз ету департаменті (Жоғарғы Сот аппараты)"),
    "Департамент по обеспечению деятельности судов при Верховном Суде Республики Казахстан (аппарат Верховного Суда)",
    "Department for Ensuring the Activity of Courts under the Supreme Court (Office of the Supreme Court)",
    undefined,
    "central",
    "court_administration",
  ],
  [
    "national-bank",
    rk("Ұлттық Банкі"),
    "Национальный Банк Республики Казахстан",
    "National Bank of Kazakhstan",
    undefined,
    "presidential",
    "national_bank",
  ],
];

const inScope =
  (kind: BodyKind) =>
  ([code, nameKk, nameRu, nameEn, parentCode]: Row): BodySeed => ({
    code,
    nameKk,
    nameRu,
    nameEn,
    kind,
    regionCode: null,
    inScope: true,
    exclusionReason: null,
    ...(parentCode ? { parentCode } : {}),
  });

export const STATE_BODIES: readonly BodySeed[] = [
  ...MINISTRIES.map(inScope("central")),
  ...COMMITTEES.map(inScope("central")),
  ...PRESIDENTIAL.map(inScope("presidential")),
  ...EXCLUDED.map(
    ([code, nameKk, nameRu, nameEn, , kind, reason]): BodySeed => ({
      code,
      nameKk,
      nameRu,
      nameEn,
      kind,
      regionCode: null,
      inScope: false,
      exclusionReason: reason,
    }),
  ),
  ...LOCAL_BODIES,
  ...DISTRICT_BODIES,
];
