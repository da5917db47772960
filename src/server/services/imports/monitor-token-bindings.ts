/**
 * Which state body may use which PIKIR_MONITOR_* token variable (review 2026-12-security W12).
 * Before, any officer could name any variable, so body A could have its fetches run with body B's
 * platform key. Now a variable belongs to exactly the bodies it is bound to:
 *
 * * named explicitly in PIKIR_MONITOR_BINDINGS ("PIKIR_MONITOR_SHARED_YT=minfin|minedu;PIKIR_MONITOR_X=almaty"):
 *   those bodies and no other, whatever its name says;
 * * otherwise by its name: PIKIR_MONITOR_<BODY CODE>_…, the code in capitals with every run of other
 *   characters as "_" (almaty → PIKIR_MONITOR_ALMATY_YT_KEY). Where two codes both fit
 *   (a and a_b for PIKIR_MONITOR_A_B_KEY) the longer one owns it, so no body reaches into another's names.
 *
 * A variable bound to no body is usable by none. Pure: the callers give the codes and the bindings.
 */

export type MonitorBindings = ReadonlyMap<string, readonly string[]>;

/** A body code as it appears inside a variable name. */
export function codeInVariable(code: string): string {
  return code
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

const VARIABLE = /^PIKIR_MONITOR_[A-Z0-9_]{1,64}$/;

/** Parses PIKIR_MONITOR_BINDINGS; throws with the offending part, so a typo stops the start. */
export function parseMonitorBindings(text: string | undefined): MonitorBindings {
  const bindings = new Map<string, string[]>();
  for (const part of (text ?? "").split(";")) {
    if (!part.trim()) continue;
    const [name, codes, extra] = part.split("=").map((s) => s.trim());
    const list = (codes ?? "")
      .split("|")
      .map((c) => c.trim())
      .filter(Boolean);
    if (extra !== undefined || !name || !VARIABLE.test(name) || list.length === 0)
      throw new Error(`"${part.trim()}" is not VARIABLE=code|code (VARIABLE starting with PIKIR_MONITOR_)`);
    bindings.set(name, [...(bindings.get(name) ?? []), ...list]);
  }
  return bindings;
}

/** The codes of the bodies that may use the variable (empty: none). */
export function bodiesOfVariable(tokenEnv: string, allCodes: readonly string[], bindings: MonitorBindings): string[] {
  const bound = bindings.get(tokenEnv);
  if (bound) {
    const wanted = new Set(bound.map(codeInVariable));
    return allCodes.filter((c) => wanted.has(codeInVariable(c)));
  }
  let owner: string | undefined;
  for (const code of allCodes) {
    const prefix = `PIKIR_MONITOR_${codeInVariable(code)}_`;
    if (codeInVariable(code) && tokenEnv.startsWith(prefix) && tokenEnv.length > prefix.length)
      if (!owner || codeInVariable(code).length > codeInVariable(owner).length) owner = code;
  }
  return owner ? [owner] : [];
}

export function mayUseVariable(
  tokenEnv: string,
  bodyCode: string,
  allCodes: readonly string[],
  bindings: MonitorBindings,
): boolean {
  return bodiesOfVariable(tokenEnv, allCodes, bindings).some((c) => codeInVariable(c) === codeInVariable(bodyCode));
}
