/**
 * Issue 10: every version of a round's results stays readable — the ministry reads all of them;
 * the public and the bodies only the published versions of a published round.
 */
import type { Actor, AppContext } from "../../context.ts";
import { can } from "../../policies/policy.ts";
import { notFound } from "../../errors.ts";
import { findRound, type ResultRow } from "../../repositories/evaluation.repository.ts";
import { findVersion, listVersions } from "../../repositories/round-corrections.repository.ts";

async function visibleRound(ctx: AppContext, actor: Actor | null, roundId: string) {
  const round = await findRound(ctx.database.db, roundId);
  const manager = actor !== null && can(actor, "evaluation.manage");
  if (!round || (!manager && round.status !== "published")) throw notFound("evaluation round");
  return { round, manager };
}

export async function listRoundVersions(ctx: AppContext, actor: Actor | null, roundId: string) {
  const { round, manager } = await visibleRound(ctx, actor, roundId);
  const versions = await listVersions(ctx.database.db, round.id);
  return { round, versions: manager ? versions : versions.filter((v) => v.publishedAt !== null) };
}

export async function readRoundVersion(ctx: AppContext, actor: Actor | null, roundId: string, version: number) {
  const { round, manager } = await visibleRound(ctx, actor, roundId);
  const found = await findVersion(ctx.database.db, round.id, version);
  if (!found || (!manager && found.publishedAt === null)) throw notFound("results version");
  // Stored as computed (jsonb): dates come back as strings.
  const results = (found.results as (Omit<ResultRow, "id" | "computedAt"> & { computedAt: string })[]).map(
    (r): ResultRow => ({
      ...r,
      id: `${round.id}:${version}:${r.bodyId}:${r.source}`,
      computedAt: new Date(r.computedAt),
    }),
  );
  return { round, version: found, results };
}
