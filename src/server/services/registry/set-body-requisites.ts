/**
 * Sets a body's requisites — address (kk, ru), phone, e-mail, BIN — printed in the letter frame
 * of its documents. Dated and audited like the other registry changes, so the versions show when
 * a body moved; a field left out stays, a null clears it.
 */
import { isValidBin } from "../../../domain/registry/bin.ts";
import type { Actor, AppContext } from "../../context.ts";
import { AppError } from "../../errors.ts";
import type { BodyRow } from "../../repositories/body.repository.ts";
import { updateBody } from "../../repositories/registry.repository.ts";
import { changeBody } from "./registry-rules.ts";

export interface BodyRequisites {
  addressKk?: string | null;
  addressRu?: string | null;
  phone?: string | null;
  email?: string | null;
  bin?: string | null;
  /** The signing head's position (0024), printed in the signature instead of «Басшы». */
  headPositionKk?: string | null;
  headPositionRu?: string | null;
  headPositionEn?: string | null;
}

export function setBodyRequisites(
  ctx: AppContext,
  actor: Actor,
  bodyId: string,
  input: BodyRequisites & { effectiveOn: string },
): Promise<BodyRow> {
  // Checked before the transaction: a typo loses nothing and locks nothing.
  if (input.bin && !isValidBin(input.bin)) throw new AppError("bin_invalid", { bin: input.bin });
  const patch: BodyRequisites = {};
  for (const key of [
    "addressKk",
    "addressRu",
    "phone",
    "email",
    "bin",
    "headPositionKk",
    "headPositionRu",
    "headPositionEn",
  ] as const) {
    if (input[key] !== undefined) patch[key] = input[key] || null; // an empty string clears the field
  }
  return changeBody(ctx, actor, bodyId, "requisites", input.effectiveOn, (tx, before) =>
    Object.keys(patch).length ? updateBody(tx, bodyId, patch) : Promise.resolve(before),
  );
}
