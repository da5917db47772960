/**
 * The body's documents for a period, generated on request in DOCX, XLSX, PDF or CSV and in
 * Kazakh, Russian or English: §20 information, §16 results, §14 quarterly analysis, §17 topics,
 * §12 council pack; and each initiative's public-discussion report (§7, §11).
 */
import { Card, Empty, List, Select, Space, Typography } from "antd";
import { useSearchParams } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { api } from "../api.ts";
import { useLang } from "../locale.tsx";
import { useLoad } from "../use-load.ts";
import { lastFinishedQuarter, pickName } from "../format.ts";
import { BodyPicker, useBodyChoice } from "../components/body-picker.tsx";
import { DocumentDownload } from "../components/document-download.tsx";
import type { Initiative, Paged } from "../types.ts";
import { usePeriodOptions } from "./body/indicator-card.tsx";

const BODY_DOCUMENTS = [
  { kind: "submission", paragraph: "§20" },
  { kind: "results", paragraph: "§16" },
  { kind: "quarterly", paragraph: "§14", quarterOnly: true },
  { kind: "topics", paragraph: "§17", quarterOnly: true },
  { kind: "council", paragraph: "§12" },
] as const;

export function DocumentsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { bodyId, ownBody, setBodyId } = useBodyChoice();
  const period = params.get("period") ?? lastFinishedQuarter();
  const options = usePeriodOptions();
  const setPeriod = (p: string) => {
    const next = new URLSearchParams(params);
    next.set("period", p);
    setParams(next);
  };
  const quarter = /-Q[1-4]$/.test(period);

  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t("documents.title")}
      </Typography.Title>
      <Space wrap className="filters">
        {!ownBody && <BodyPicker value={bodyId} onChange={setBodyId} />}
        <Select
          aria-label={t("documents.period")}
          data-testid="documents-period"
          value={period}
          onChange={setPeriod}
          style={{ width: 220 }}
          options={options}
          showSearch
          optionFilterProp="label"
        />
      </Space>
      {!bodyId ? (
        <Empty description={t("common.pickBody")} />
      ) : (
        <>
          <Card title={t("documents.bodyDocuments")} data-testid="body-documents">
            <List
              dataSource={[...BODY_DOCUMENTS]}
              renderItem={(d) => (
                <List.Item
                  key={d.kind}
                  data-kind={d.kind}
                  className="doc-row"
                  extra={
                    "quarterOnly" in d && !quarter ? (
                      <Typography.Text type="secondary">{t("documents.needsQuarter")}</Typography.Text>
                    ) : (
                      <DocumentDownload
                        testId={`doc-${d.kind}`}
                        path={`/api/reports/bodies/${bodyId}/${d.kind}`}
                        query={{ period }}
                      />
                    )
                  }
                >
                  <List.Item.Meta
                    title={
                      <>
                        {d.paragraph} · {t(`reportKind.${d.kind}`)}
                      </>
                    }
                    description={t(`reportHint.${d.kind}`)}
                  />
                </List.Item>
              )}
            />
          </Card>
          <DiscussionDocuments bodyId={bodyId} />
        </>
      )}
    </div>
  );
}

function DiscussionDocuments({ bodyId }: { bodyId: string }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const { data, loading } = useLoad(
    () => api<Paged<Initiative>>("/api/initiatives", { query: { bodyId, limit: 100 } }),
    [bodyId],
  );
  return (
    <Card title={t("documents.discussions")} className="gap-top" data-testid="discussion-documents">
      <List
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <Empty description={t("initiative.none")} /> }}
        renderItem={(i) => (
          <List.Item
            key={i.id}
            className="doc-row"
            extra={<DocumentDownload size="small" path={`/api/reports/discussion/${i.id}`} />}
          >
            <List.Item.Meta
              title={pickName(i.title, lang)}
              description={`${t(`initiativeKind.${i.kind}`)} · ${t("reportKind.discussion")}`}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
