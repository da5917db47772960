/**
 * Reads an item author's personal data (feedback_personal_data). Only the personal-data services
 * call this: the masked view for item readers, the audited reveal for those who answer the appellant.
 */
import { eq } from "drizzle-orm";
import { feedbackPersonalData } from "../db/index.ts";
import type { Executor } from "../context.ts";
import type { PersonalData } from "../../domain/privacy/mask-personal-data.ts";

export async function findPersonalData(db: Executor, itemId: number): Promise<PersonalData | null> {
  const [row] = await db
    .select({
      fullName: feedbackPersonalData.fullName,
      iin: feedbackPersonalData.iin,
      phone: feedbackPersonalData.phone,
      email: feedbackPersonalData.email,
      address: feedbackPersonalData.address,
    })
    .from(feedbackPersonalData)
    .where(eq(feedbackPersonalData.itemId, itemId));
  if (!row || Object.values(row).every((v) => v === null || v.trim() === "")) return null;
  return row;
}
