/** The public registry of state bodies, filtered and paged. */
import type { AppContext } from "../../context.ts";
import { listBodies as listBodyRows, type BodyFilter, type BodyRow } from "../../repositories/body.repository.ts";
import type { Page, Paged } from "../../repositories/pagination.ts";

export function listBodies(ctx: AppContext, filter: BodyFilter, page: Page): Promise<Paged<BodyRow>> {
  return listBodyRows(ctx.database.db, filter, page);
}
