/** The review queue (least confident labels first) and the quarter's documents. */
import { Card, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { DocumentDownload } from "../../components/document-download.tsx";
import { AnalysisItemsTable } from "./items-table.tsx";

export function ReviewQueue({ bodyId, period, onChanged }: { bodyId: string; period: string; onChanged: () => void }) {
  const { t } = useTranslation();
  return (
    <Card title={t("analysis.reviewTitle")} size="small">
      <Typography.Paragraph type="secondary">{t("analysis.reviewIntro")}</Typography.Paragraph>
      <AnalysisItemsTable
        testId="review-queue"
        path={`/api/bodies/${bodyId}/analysis/review-queue`}
        query={{ period }}
        onChanged={onChanged}
      />
    </Card>
  );
}

export function AnalysisDocuments({ bodyId, period }: { bodyId: string; period: string }) {
  const { t } = useTranslation();
  return (
    <Card size="small">
      <Space direction="vertical" size="middle">
        {(["quarterly", "topics"] as const).map((kind) => (
          <Space key={kind} wrap size="large">
            <span className="doc-name">{t(`reportKind.${kind}`)}</span>
            <DocumentDownload
              testId={`doc-${kind}`}
              path={`/api/reports/bodies/${bodyId}/${kind}`}
              query={{ period }}
            />
          </Space>
        ))}
      </Space>
    </Card>
  );
}
