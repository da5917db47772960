/** Қазақша каталог — интерфейстің негізгі тілі. */
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
import { evaluationStatusKk } from "./evaluation-status.ts";
import type { Catalog } from "./en.ts";
export const kk: Catalog = {
  ...commonCatalog.kk,
  ...inboxCatalog.kk,
  ...analysisCatalog.kk,
  ...analysisTopicsCatalog.kk,
  ...reviewCatalog.kk,
  ...evaluationCatalog.kk,
  ...importsCatalog.kk,
  ...bodyCatalog.kk,
  ...administrationCatalog.kk,
  ...followThroughCatalog.kk,
  ...evidenceCatalog.kk,
  ...teamworkCatalog.kk,
  ...evaluationStatusKk,
};
