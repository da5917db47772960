/**
 * Links in the item drawer. The initiative (draft) an item is about: its title in the reader's language,
 * the public report page on Pikir's portal, and the item's source — the initiative's page on the
 * portal where citizens wrote (legalacts, budget), when one is recorded.
 */
import { Space } from "antd";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import { pickName } from "../../format.ts";
import { useLang } from "../../locale.tsx";
import type { Initiative } from "../../types.ts";
import { useLoad } from "../../use-load.ts";

export function ItemInitiative({ initiativeId }: { initiativeId: string }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const { data } = useLoad(() => api<Initiative>(`/api/initiatives/${initiativeId}`), [initiativeId]);
  if (!data) return <span>…</span>;
  return (
    <Space direction="vertical" size={2} data-testid="item-initiative">
      <span>{pickName(data.title, lang)}</span>
      <Space wrap size="middle">
        {data.portalUrl && (
          <a href={data.portalUrl} target="_blank" rel="noopener noreferrer" data-testid="item-source-link">
            {t("item.sourceLink")}
          </a>
        )}
        {data.status !== "draft" && (
          <a href={`/portal/initiatives/${data.id}?lang=${lang}`} target="_blank" rel="noopener noreferrer">
            {t("item.publicReport")}
          </a>
        )}
      </Space>
    </Space>
  );
}

/** The saved §20.1 reference or published-answer address, shown again in the history (it was kept but never displayed). */
export function HistoryLink({ url }: { url: string }) {
  return (
    <a href={url} target="_blank" rel="noopener noreferrer" className="history-link">
      {url}
    </a>
  );
}
