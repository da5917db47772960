/**
 * §5: marks each item received outside its initiative's discussion period ("before" / "after",
 * Kazakhstan calendar days). The item still counts (§22 counts items received); the mark tells the
 * officer, and the §7 report, that it came outside the period the informational message stated.
 * One query per page of items, by initiative id, so the inbox's own query is left as it is.
 */
import type { Executor } from "../../context.ts";
import { positionInWindow } from "../../../domain/compliance/discussion-window.ts";
import { kazakhstanDate } from "../../../domain/time/kazakhstan-time.ts";
import type { FeedbackItemView } from "../../repositories/feedback-item.repository.ts";
import { findDiscussionWindows } from "../../repositories/initiative.repository.ts";

export async function markDiscussionWindow<T extends FeedbackItemView>(db: Executor, items: T[]): Promise<T[]> {
  const ids = [...new Set(items.map((i) => i.initiativeId).filter((id): id is string => id !== null))];
  const windows = await findDiscussionWindows(db, ids);
  return items.map((item) => ({
    ...item,
    outsideDiscussionWindow: item.initiativeId
      ? positionInWindow(kazakhstanDate(item.receivedAt), windows.get(item.initiativeId))
      : null,
  }));
}
