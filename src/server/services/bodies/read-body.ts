/** One state body of the public registry; unknown ids are a 404. */
import type { AppContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { findBody, type BodyRow } from "../../repositories/body.repository.ts";

export async function readBody(ctx: AppContext, id: string): Promise<BodyRow> {
  const body = await findBody(ctx.database.db, id);
  if (!body) throw notFound("state body");
  return body;
}
