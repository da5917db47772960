/**
 * Every document leaves as a letter of a state body: who sends it, to whom, under which
 * outgoing number, signed by whom and prepared by whom. Which addressee fits which document is
 * the order's: §20 information goes to the authorised body; the §7/§11 report, the §14 analysis,
 * the §16 results and the §17 topics are for the body's first head, who approves them (§15);
 * §12 documents go before the body's public council; the authorised body sends the §20–§23
 * evaluation results to the first heads of the evaluated bodies.
 */
import { translate, type Locale, type MessageParams } from "../../i18n/index.ts";
import { letterMessages, type LetterMessageKey } from "../../i18n/messages/letters.ts";
import { nameIn, type DocumentLetter, type ReportDocument, type ReportKind } from "./document.ts";

export type Addressee = "authorisedBody" | "firstHead" | "publicCouncil" | "evaluatedBodies";

export const ADDRESSEE: Record<ReportKind, Addressee> = {
  discussion: "firstHead", // §7, §11
  submission: "authorisedBody", // §20
  evaluation: "evaluatedBodies", // §20–§23, sent by the authorised body
  results: "firstHead", // §16, published after the head's approval
  quarterly: "firstHead", // §14, §15
  topics: "firstHead", // §17
  council: "publicCouncil", // §12
};

interface LetterBody {
  nameKk: string;
  nameRu: string;
  nameEn: string;
  website?: string | null;
  address?: string | null;
  phone?: string | null;
  email?: string | null;
  bin?: string | null;
}

export interface LetterInput {
  kind: ReportKind;
  locale: Locale;
  /** The body the document is about and, except for the evaluation, the one that sends it. */
  body: LetterBody | null;
  head?: { name?: string | null; position?: string | null };
  executor: { name: string; phone?: string | null; email?: string | null };
  title: string;
}

export function buildLetter(input: LetterInput): DocumentLetter {
  const t = (key: LetterMessageKey, params?: MessageParams) => translate(letterMessages, input.locale, key, params);
  const tIn = (locale: Locale, key: LetterMessageKey) => translate(letterMessages, locale, key);
  const addressee = ADDRESSEE[input.kind];
  // The evaluation is the authorised body's own letter; every other document is the body's.
  const sender =
    addressee === "evaluatedBodies" || !input.body
      ? { kk: tIn("kk", "letter.authorisedBody"), ru: tIn("ru", "letter.authorisedBody") }
      : { kk: input.body.nameKk, ru: input.body.nameRu };
  const b = addressee === "evaluatedBodies" ? null : input.body;
  const requisites = b
    ? [
        b.address ? t("letter.requisite.address", { value: b.address }) : null,
        b.phone ? t("letter.requisite.phone", { value: b.phone }) : null,
        b.email ? t("letter.requisite.email", { value: b.email }) : null,
        b.website ? t("letter.requisite.website", { value: b.website }) : null,
        b.bin ? t("letter.requisite.bin", { value: b.bin }) : null,
      ].filter((l): l is string => l !== null)
    : [];
  const bodyName = input.body
    ? nameIn({ kk: input.body.nameKk, ru: input.body.nameRu, en: input.body.nameEn }, input.locale)
    : "";
  const to =
    addressee === "authorisedBody"
      ? [t("letter.to.authorisedBody")]
      : addressee === "evaluatedBodies"
        ? [t("letter.to.evaluatedBodies")]
        : addressee === "firstHead"
          ? [t("letter.to.firstHead.1", { body: bodyName }), t("letter.to.firstHead.2", { body: bodyName })]
          : [t("letter.to.publicCouncil.1", { body: bodyName }), t("letter.to.publicCouncil.2", { body: bodyName })];
  const executor = [
    t("letter.executor", { name: input.executor.name }),
    input.executor.phone ? t("letter.executor.phone", { phone: input.executor.phone }) : t("letter.executor.noPhone"),
    ...(input.executor.email ? [t("letter.executor.email", { email: input.executor.email })] : []),
  ];
  return {
    sender,
    requisites,
    outgoing: { number: t("letter.outgoing.number"), date: t("letter.outgoing.date") },
    addressee: to,
    signature: {
      position: input.head?.position?.trim() || t("letter.sign.head"),
      name: input.head?.name?.trim() || t("letter.sign.blank"),
    },
    executor,
    // The sender is on the first page's letterhead; later pages name the document only.
    runningHeader: input.title,
  };
}

/** The document with its letter frame. */
export function withLetter(doc: ReportDocument, input: Omit<LetterInput, "kind" | "locale" | "title">): ReportDocument {
  return { ...doc, letter: buildLetter({ ...input, kind: doc.kind, locale: doc.locale, title: doc.title }) };
}
