/** What the accounts screen's pieces share: the roles and duties offered, the account's shape, one write at a time. */
import { useMemo, useState } from "react";
import { App } from "antd";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api.ts";
import { pickName } from "../../format.ts";
import type { Body, Role } from "../../types.ts";
import type * as Api from "../../../server/http/api-contract.ts";

export const ROLES: Role[] = ["body_officer", "body_head", "ministry_analyst", "administrator"];
export const BODY_ROLES: Role[] = ["body_officer", "body_head"];
export const DUTIES = ["first_head", "responsible_person"] as const;
export type Duty = (typeof DUTIES)[number];

/** The server answers with the role as a string; an account's is a Role. */
export type Account = Omit<Api.Account, "role"> & { role: Role };
export type Link = Api.AccountLink;

export function useBodyOptions(bodies: Map<string, Body>, lang: "kk" | "ru" | "en") {
  return useMemo(
    () =>
      [...bodies.values()]
        .map((b) => ({ value: b.id, label: pickName(b.name, lang) }))
        .sort((a, b) => a.label.localeCompare(b.label, lang)),
    [bodies, lang],
  );
}

/** One write at a time per screen: the flag disables the buttons, the toast says what happened. */
export function useWrite() {
  const { message } = App.useApp();
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  // Answers { value } on success (also for a 204 without a body), undefined on failure.
  const run = async <T>(work: () => Promise<T>, done?: (result: T) => string): Promise<{ value: T } | undefined> => {
    if (busy) return undefined;
    setBusy(true);
    try {
      const result = await work();
      if (done) void message.success(done(result));
      return { value: result };
    } catch (e) {
      void message.error(e instanceof ApiError ? e.message : t("common.networkError"));
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}

/**
 * "Must be chosen" for a Select, as a validator: a `required` rule makes antd put aria-required on
 * the Select's wrapper div, which has no role, and axe rightly flags it (aria-allowed-attr).
 */
export const chosen = (message: string) => ({
  validator: (_: unknown, value: unknown) => (value ? Promise.resolve() : Promise.reject(new Error(message))),
});
