import { BAND_EDGES_2024, type BandEdges } from "./bands.ts";
import { isIsoDate } from "./dates.ts";
import { EvaluationError } from "./errors.ts";

/**
 * The methodology's versions by effective date. Formula and bands have not changed so far; the
 * registry exists so every result records which wording it was computed under, and so a future
 * amendment that does change §22/§23 only adds an entry here.
 */
export interface RuleSet {
  /** Stable id stored with every result. */
  readonly version: string;
  /** The order that produced this wording. */
  readonly order: { readonly number: string; readonly signed: string; readonly registered?: string };
  /** First day this wording applies ('YYYY-MM-DD'). */
  readonly effectiveFrom: string;
  /** True where the official publication date is not in our copy and effectiveFrom is derived. */
  readonly effectiveFromEstimated: boolean;
  /** How effectiveFrom was obtained, quoting the order's own commencement clause. */
  readonly effectiveFromBasis: string;
  /** Paragraphs whose wording this version introduced. */
  readonly changedParagraphs: readonly string[];
  /** Paragraphs whose new wording is announced but whose text Pikir does not hold yet. */
  readonly textMissing: readonly string[];
  /** §3 channels as this version lists them. */
  readonly channels: readonly Channel[];
  /** §22: value of B/C and of E/G when nothing of the kind was received. */
  readonly ratioWhenNoneReceived: 1;
  /** §23 band edges in tenths of a percent. */
  readonly bandEdges: BandEdges;
  /** §23 sources whose absence from open access sets F to zero. */
  readonly zeroingSources: readonly ("drafts" | "budgetReports" | "results")[];
}

export interface Channel {
  readonly paragraph: string;
  readonly id: "legalActsPortal" | "budgetPortal" | "appealsAndSocialMedia" | "resultsInOpenAccess" | "dialoguePortal";
}

/** §3.1–§3.5; the same five in every version we hold (183-НҚ rewords the portal definitions, §2.1–§2.3). */
const CHANNELS_2024: readonly Channel[] = [
  { paragraph: "§3.1", id: "legalActsPortal" },
  { paragraph: "§3.2", id: "budgetPortal" },
  { paragraph: "§3.3", id: "appealsAndSocialMedia" },
  { paragraph: "§3.4", id: "resultsInOpenAccess" },
  { paragraph: "§3.5", id: "dialoguePortal" },
];

const COMMON = {
  channels: CHANNELS_2024,
  ratioWhenNoneReceived: 1,
  bandEdges: BAND_EDGES_2024,
  zeroingSources: ["drafts", "budgetReports", "results"],
} as const;

const TEN_DAYS_AFTER_PUBLICATION =
  "«алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі»";

export const RULE_SETS: readonly RuleSet[] = [
  {
    version: "17-NK/2024",
    order: { number: "17-НҚ", signed: "2024-01-16", registered: "2024-01-18" },
    effectiveFrom: "2024-01-29",
    effectiveFromEstimated: true,
    effectiveFromBasis: `Order §4 ${TEN_DAYS_AFTER_PUBLICATION}; publication date not in our copy, so the earliest possible one (registration, 18.01.2024) is assumed: ten full days 19–28.01, in force 29.01.2024.`,
    changedParagraphs: [],
    textMissing: [],
    ...COMMON,
  },
  {
    version: "137-NK/2025",
    order: { number: "137-НҚ", signed: "2025-04-02" },
    effectiveFrom: "2025-04-13",
    effectiveFromEstimated: true,
    effectiveFromBasis: `Amending order ${TEN_DAYS_AFTER_PUBLICATION}; publication date not in our copy, so the earliest possible one (signature, 02.04.2025) is assumed: in force 13.04.2025.`,
    changedParagraphs: ["preamble", "§1", "§2", "§6", "§20"],
    textMissing: [],
    ...COMMON,
  },
  {
    version: "183-NK/2026",
    order: { number: "183-НҚ", signed: "2026-04-13" },
    effectiveFrom: "2026-07-12",
    effectiveFromEstimated: false,
    effectiveFromBasis: "Stated in the order: «12.07.2026 бастап қолданысқа енгізіледі».",
    changedParagraphs: ["§2.1", "§2.2", "§2.3", "§12"],
    textMissing: ["§2.1", "§2.2", "§2.3", "§12"],
    ...COMMON,
  },
];

/**
 * The version in force on the last day of the evaluated period. The end, not the start: the
 * evaluation (§20–§23) is an act done at the period's close on the §20 summary requested then,
 * and one period must get exactly one version (no splitting of B, C, E, G by date).
 */
export function rulesFor(periodEnd: string, registry: readonly RuleSet[] = RULE_SETS): RuleSet {
  if (!isIsoDate(periodEnd)) throw new EvaluationError("badDate", { value: String(periodEnd) });
  let found: RuleSet | undefined;
  for (const set of registry) {
    if (set.effectiveFrom <= periodEnd && (!found || set.effectiveFrom > found.effectiveFrom)) found = set;
  }
  if (!found) {
    const first = [...registry].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))[0];
    throw new EvaluationError("noRulesInForce", { periodEnd, effectiveFrom: first?.effectiveFrom ?? "—" });
  }
  return found;
}
