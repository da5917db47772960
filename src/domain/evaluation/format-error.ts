import { translate, type Locale, type MessageParams } from "../../i18n/index.ts";
import { evaluationMessages, type EvaluationMessageKey } from "../../i18n/messages/evaluation.ts";
import type { SubmissionError } from "./validate-submission.ts";

/**
 * One line per problem, naming the body (number as people count, from 1; id; name) and the field,
 * so a clerk can find the cell to fix in the body's §20 summary without reading JSON paths.
 */
export function formatSubmissionError(error: SubmissionError, locale: Locale): string {
  const t = (key: EvaluationMessageKey, params: MessageParams = {}) =>
    translate(evaluationMessages, locale, key, params);
  let where: string;
  if (error.bodyIndex === undefined) where = t("error.where.input");
  else {
    const number = error.bodyIndex + 1;
    if (error.bodyId !== undefined && error.bodyName !== undefined) {
      where = t("error.where.body", { number, id: error.bodyId, name: error.bodyName });
    } else if (error.bodyId !== undefined) where = t("error.where.bodyNoName", { number, id: error.bodyId });
    else where = t("error.where.bodyUnknown", { number });
  }
  const message = t(`error.${error.code}`, error.params);
  return error.field ? `${where}, ${t("error.field", { field: error.field })}: ${message}` : `${where}: ${message}`;
}
