/**
 * Items with their labels: behind a number of the analysis (a drawer) and in the review queue.
 * Every row can be corrected; a corrected label shows as reviewed.
 */
import { useState, type HTMLAttributes } from "react";
import { Alert, Button, Drawer, Space, Table, Tag, Tooltip, Typography } from "antd";
import { EditOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import { useLoad } from "../../use-load.ts";
import { fmtDate } from "../../format.ts";
import type { Paged } from "../../types.ts";
import { CorrectionModal } from "./correction-modal.tsx";
import { VALUE_PREFIX, type AnalysisItem, type ItemsFilter, type LabelField, type Scope } from "./types.ts";
import { useReturnFocus } from "../../use-return-focus.ts";

const SHOWN: LabelField[] = ["topic", "sentiment", "appealType", "lang"];
const SENTIMENT_COLORS: Record<string, string> = { negative: "red", neutral: "default", positive: "green" };

function LabelTags({ item }: { item: AnalysisItem }) {
  const { t } = useTranslation();
  const label = item.label;
  if (!label) return <Tag>{t("analysis.notLabelled")}</Tag>;
  return (
    <Space size={[4, 4]} wrap>
      {SHOWN.map((f) => {
        const value = label[f];
        const reviewed = label.reviewed.includes(f);
        return (
          <Tooltip
            key={f}
            title={`${t(`labelField.${f}`)}: ${reviewed ? t("analysis.reviewed") : `${t("analysis.confidence")} ${Math.round(label.confidence[f] * 100)}%`}`}
          >
            <Tag color={f === "sentiment" ? SENTIMENT_COLORS[value] : reviewed ? "blue" : undefined} data-label={f}>
              {reviewed && "✓ "}
              {t(`${VALUE_PREFIX[f]}.${value}`, { defaultValue: value })}
            </Tag>
          </Tooltip>
        );
      })}
    </Space>
  );
}

export function AnalysisItemsTable({
  path,
  query,
  onChanged,
  testId,
}: {
  path: string;
  query: Record<string, string | number | undefined>;
  onChanged?: () => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [tick, setTick] = useState(0);
  const [correcting, setCorrecting] = useState<AnalysisItem | null>(null);
  const pageSize = 10;
  const { data, loading, error } = useLoad(
    () => api<Paged<AnalysisItem>>(path, { query: { ...query, limit: pageSize, offset: (page - 1) * pageSize } }),
    [path, JSON.stringify(query), page, tick],
  );
  return (
    <>
      {error && <Alert type="error" showIcon message={error.message} />}
      <Table<AnalysisItem>
        data-testid={testId}
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        onRow={(r) => ({ "data-item-id": r.id }) as HTMLAttributes<HTMLElement>}
        pagination={{
          current: page,
          pageSize,
          total: data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
          showTotal: (n) => t("analysis.itemsTotal", { count: n }),
        }}
        columns={[
          { title: t("inbox.received"), dataIndex: "receivedAt", width: 104, render: (v: string) => fmtDate(v) },
          {
            title: t("inbox.channel"),
            dataIndex: "channel",
            width: 150,
            render: (v: string, r) => (
              <>
                {t(`channel.${v}`)}
                <br />
                <Typography.Text type="secondary">{t(`kind.${r.kind}`)}</Typography.Text>
              </>
            ),
          },
          {
            title: t("inbox.text"),
            dataIndex: "text",
            render: (v: string) => (
              <Typography.Paragraph
                className="analysis-text"
                ellipsis={{ rows: 3, expandable: true, symbol: t("analysis.more") }}
              >
                {v}
              </Typography.Paragraph>
            ),
          },
          { title: t("analysis.labels"), width: 300, render: (_: unknown, r) => <LabelTags item={r} /> },
          {
            title: <span className="sr-only">{t("analysis.correct")}</span>,
            width: 120,
            render: (_: unknown, r) => (
              <Button size="small" icon={<EditOutlined />} data-testid="correct-item" onClick={() => setCorrecting(r)}>
                {t("analysis.correct")}
              </Button>
            ),
          },
        ]}
      />
      {correcting && (
        <CorrectionModal
          item={correcting}
          onClose={(changed) => {
            setCorrecting(null);
            if (changed) {
              setTick((n) => n + 1);
              onChanged?.();
            }
          }}
        />
      )}
    </>
  );
}

export function ItemsDrawer({
  bodyId,
  period,
  scope,
  filter,
  title,
  onClose,
  onChanged,
}: {
  bodyId: string;
  period: string;
  scope: Scope;
  filter: ItemsFilter;
  title: string;
  onClose: () => void;
  onChanged: () => void;
}) {
  useReturnFocus();
  return (
    <Drawer open width={1040} title={title} onClose={onClose} destroyOnHidden data-testid="items-drawer">
      <AnalysisItemsTable
        testId="items-behind"
        path={`/api/bodies/${bodyId}/analysis/items`}
        onChanged={onChanged}
        query={{ period, scope, ...filter }}
      />
    </Drawer>
  );
}
