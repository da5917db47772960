/**
 * Which body a page is about: the officer's and head's own body; the ministry picks any body in
 * scope (kept in the address as ?bodyId= so a link opens the same body).
 */
import { useMemo } from "react";
import { useSearchParams } from "react-router-dom";
import { Select } from "antd";
import { useTranslation } from "react-i18next";
import { api } from "../api.ts";
import { isBodyRole, useAuth } from "../auth.tsx";
import { useLang } from "../locale.tsx";
import { useLoad } from "../use-load.ts";
import { pickName } from "../format.ts";
import type { Body, Paged } from "../types.ts";

export function useBodyChoice(): { bodyId: string | null; ownBody: boolean; setBodyId: (id: string) => void } {
  const { me } = useAuth();
  const [params, setParams] = useSearchParams();
  const ownBody = isBodyRole(me!.role);
  const setBodyId = (id: string) => {
    const next = new URLSearchParams(params);
    next.set("bodyId", id);
    setParams(next);
  };
  return { bodyId: ownBody ? me!.bodyId : params.get("bodyId"), ownBody, setBodyId };
}

export function BodyPicker({ value, onChange }: { value: string | null; onChange: (id: string) => void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const { data, loading } = useLoad(
    () => api<Paged<Body>>("/api/bodies", { query: { limit: 500, inScope: true } }),
    [],
  );
  const options = useMemo(
    () =>
      (data?.items ?? [])
        .map((b) => ({ value: b.id, label: pickName(b.name, lang) }))
        .sort((a, b) => a.label.localeCompare(b.label, lang)),
    [data, lang],
  );
  return (
    <Select
      aria-label={t("common.body")}
      data-testid="body-picker"
      placeholder={t("common.pickBody")}
      loading={loading}
      value={value ?? undefined}
      onChange={onChange}
      options={options}
      showSearch
      optionFilterProp="label"
      style={{ width: 380 }}
    />
  );
}
