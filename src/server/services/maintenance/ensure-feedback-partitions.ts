/**
 * Keeps a partition ready for this year and the next two (Kazakhstan time), so items never pile
 * up in the default partition; run monthly by the `feedback.partitions` job and safe to run at any
 * time (a year's partition is made once).
 */
import type { AppContext } from "../../context.ts";
import { ensureFeedbackYears } from "../../repositories/feedback-partitions.repository.ts";
import { kazakhstanToday } from "../period.ts";

const YEARS_AHEAD = 2;

export async function ensureFeedbackPartitions(
  ctx: AppContext,
  today: string = kazakhstanToday(),
): Promise<{ made: number[] }> {
  const year = Number(today.slice(0, 4));
  const made = await ensureFeedbackYears(
    ctx.database.db,
    Array.from({ length: YEARS_AHEAD + 1 }, (_, i) => year + i),
  );
  return { made };
}
