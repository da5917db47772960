/** Regions and cities of republican significance: public registry information. */
import type { AppContext } from "../../context.ts";
import { listRegions as listRegionRows, type RegionRow } from "../../repositories/body.repository.ts";

export function listRegions(ctx: AppContext): Promise<RegionRow[]> {
  return listRegionRows(ctx.database.db);
}
