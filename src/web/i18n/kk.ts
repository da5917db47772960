/** Қазақша каталог — интерфейстің негізгі тілі. */
import { commonCatalog } from "./areas/common.ts";
import { inboxCatalog } from "./areas/inbox.ts";
import { analysisCatalog } from "./areas/analysis.ts";
import { reviewCatalog } from "./areas/review.ts";
import { evaluationCatalog } from "./areas/evaluation.ts";
import { importsCatalog } from "./areas/imports.ts";
import { bodyCatalog } from "./areas/body.ts";
import { administrationCatalog } from "./areas/administration.ts";
import { teamworkCatalog } from "./areas/teamwork.ts";
import { evaluationStatusKk } from "./evaluation-status.ts";
import type { Catalog } from "./en.ts";
export const kk: Catalog = {
  ...commonCatalog.kk,
  ...inboxCatalog.kk,
  ...analysisCatalog.kk,
  ...reviewCatalog.kk,
  ...evaluationCatalog.kk,
  ...importsCatalog.kk,
  ...bodyCatalog.kk,
  ...administrationCatalog.kk,
  ...teamworkCatalog.kk,
  ...evaluationStatusKk,
};
