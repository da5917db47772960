/**
 * Reading rounds: the ministry sees every round and every result; everyone else (the public, the
 * bodies) sees published rounds, and a body also sees its own results in computed rounds.
 */
import type { Actor, AppContext } from "../../context.ts";
import { can } from "../../policies/policy.ts";
import { notFound } from "../../errors.ts";
import {
  findRound,
  listCurrentSubmissions,
  listRequests,
  listResults,
  listRounds,
  type ResultRow,
  type RoundRow,
} from "../../repositories/evaluation.repository.ts";

export async function listVisibleRounds(ctx: AppContext, actor: Actor | null): Promise<RoundRow[]> {
  const all = actor !== null && can(actor, "evaluation.manage");
  return listRounds(ctx.database.db, !all);
}

export async function readRound(ctx: AppContext, actor: Actor | null, roundId: string) {
  const round = await findRound(ctx.database.db, roundId);
  const manager = actor !== null && can(actor, "evaluation.manage");
  if (!round || (!manager && round.status !== "published" && !actor?.bodyId)) throw notFound("evaluation round");
  const [requests, submissions] = await Promise.all([
    listRequests(ctx.database.db, round.id),
    manager ? listCurrentSubmissions(ctx.database.db, round.id) : Promise.resolve([]),
  ]);
  const submitted = requests.filter((r) => r.status === "submitted").length;
  return { round, progress: { requested: requests.length, submitted }, requests: manager ? requests : [], submissions };
}

export async function readRoundResults(
  ctx: AppContext,
  actor: Actor | null,
  roundId: string,
): Promise<{ round: RoundRow; results: ResultRow[] }> {
  const round = await findRound(ctx.database.db, roundId);
  if (!round) throw notFound("evaluation round");
  if (round.status === "published" || (actor && can(actor, "evaluation.manage"))) {
    return { round, results: await listResults(ctx.database.db, round.id) };
  }
  if (actor?.bodyId && can(actor, "evaluation.read", actor.bodyId) && round.status === "computed") {
    return { round, results: await listResults(ctx.database.db, round.id, actor.bodyId) };
  }
  throw notFound("evaluation round");
}
