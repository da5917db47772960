/** Each body's §15 first head and §14–§15 responsible person, chosen among its active accounts. */
import { useState } from "react";
import { Card, Select, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import { type Account, BODY_ROLES, DUTIES, type Duty, useWrite } from "./accounts-shared.ts";

export function BodyDutiesCard({
  accounts,
  bodyOptions,
  onChanged,
}: {
  accounts: Account[];
  bodyOptions: { value: string; label: string }[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { busy, run } = useWrite();
  const [bodyId, setBodyId] = useState<string>();
  const holder = (duty: Duty) => accounts.find((a) => a.duties.some((d) => d.bodyId === bodyId && d.duty === duty))?.id;
  const candidates = (duty: Duty) =>
    accounts
      .filter(
        (a) =>
          a.active &&
          a.bodyId === bodyId &&
          (duty === "first_head" ? a.role === "body_head" : BODY_ROLES.includes(a.role)),
      )
      .map((a) => ({ value: a.id, label: `${a.displayName} · ${t(`role.${a.role}`)}` }));
  return (
    <Card title={t("accounts.duties")} className="gap-top" data-testid="duties">
      <Typography.Paragraph type="secondary">{t("accounts.dutiesHint")}</Typography.Paragraph>
      <Space direction="vertical" style={{ width: "100%" }}>
        <Select
          aria-label={t("accounts.body")}
          placeholder={t("common.pickBody")}
          showSearch
          optionFilterProp="label"
          value={bodyId}
          onChange={setBodyId}
          options={bodyOptions}
          style={{ width: 420 }}
          data-testid="duties-body"
        />
        {bodyId &&
          DUTIES.map((duty) => (
            <Space key={duty} wrap>
              <span style={{ minWidth: 260, display: "inline-block" }} id={`duty-${duty}`}>
                {t(`accounts.duty.${duty}`)}
              </span>
              <Select
                aria-labelledby={`duty-${duty}`}
                allowClear
                placeholder={t("accounts.dutyNone")}
                disabled={busy}
                value={holder(duty)}
                style={{ width: 360 }}
                data-testid={`duty-${duty}`}
                options={candidates(duty)}
                onChange={async (userId?: string) => {
                  const ok = await run(
                    () =>
                      api(`/api/admin/bodies/${bodyId}/officials/${duty}`, {
                        method: "PUT",
                        body: { userId: userId ?? null },
                      }),
                    () => t("accounts.dutySaved"),
                  );
                  if (ok !== undefined) onChanged();
                }}
              />
            </Space>
          ))}
      </Space>
    </Card>
  );
}
