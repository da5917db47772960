/** What /sitemap.xml lists: every in-scope body's page and every public initiative's report. */
import type { AppContext } from "../../context.ts";
import { listSitemapEntries as selectSitemapEntries } from "../../repositories/portal.repository.ts";

export async function listSitemapEntries(ctx: AppContext) {
  return selectSitemapEntries(ctx.database.db);
}
