/** English UI catalog. It defines the keys; kk.ts and ru.ts must have exactly the same ones (the type checks it). */
import { commonCatalog } from "./areas/common.ts";
import { inboxCatalog } from "./areas/inbox.ts";
import { analysisCatalog } from "./areas/analysis.ts";
import { analysisTopicsCatalog } from "./areas/analysis-topics.ts";
import { reviewCatalog } from "./areas/review.ts";
import { evaluationCatalog } from "./areas/evaluation.ts";
import { importsCatalog } from "./areas/imports.ts";
import { bodyCatalog } from "./areas/body.ts";
import { administrationCatalog } from "./areas/administration.ts";
import { followThroughCatalog } from "./areas/followthrough.ts";
import { evidenceCatalog } from "./areas/evidence.ts";
import { teamworkCatalog } from "./areas/teamwork.ts";
import { evaluationStatusEn } from "./evaluation-status.ts";
export const en = {
  ...commonCatalog.en,
  ...inboxCatalog.en,
  ...analysisCatalog.en,
  ...analysisTopicsCatalog.en,
  ...reviewCatalog.en,
  ...evaluationCatalog.en,
  ...importsCatalog.en,
  ...bodyCatalog.en,
  ...administrationCatalog.en,
  ...followThroughCatalog.en,
  ...evidenceCatalog.en,
  ...teamworkCatalog.en,
  ...evaluationStatusEn,
};

export type Catalog = Record<keyof typeof en, string>;
