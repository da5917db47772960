/**
 * Read-only: what a body submitted for §20 — the figures, the §20.1 accepted items with their
 * references (or the document that lists them), §20.3 links and §20.4 materials. A change is the
 * body's resubmission, never an edit here.
 */
import { Alert, Card, Descriptions, Empty, List, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import { useLoad } from "../../use-load.ts";
import { fmtDateTime } from "../../format.ts";
import type { SubmissionView } from "../../types.ts";

const COVERAGE_COLOR = { none_accepted: "default", listed: "green", document: "blue", missing: "red" } as const;

export function SubmissionPanel({ roundId, bodyId }: { roundId: string; bodyId: string }) {
  const { t } = useTranslation();
  const { data, error } = useLoad(
    () => api<{ submission: SubmissionView | null }>(`/api/evaluations/${roundId}/submissions/${bodyId}`),
    [roundId, bodyId],
  );
  const s = data?.submission;
  return (
    <Card title={t("sub.panel")} className="gap-top" data-testid="submission-panel" loading={!data && !error}>
      {error && <Alert type="error" showIcon message={error.message} />}
      {data && !s && <Empty description={t("sub.none")} />}
      {s && (
        <>
          <Typography.Paragraph>
            {fmtDateTime(s.submittedAt)} ·{" "}
            {t("sub.figures", {
              received: s.remarks.received,
              accepted: s.remarks.accepted,
              rejected: s.remarks.rejected,
              g: s.comments.received,
              answered: s.comments.answered,
              unanswered: s.comments.unanswered,
            })}
          </Typography.Paragraph>
          <Typography.Title level={5}>
            {t("sub.acceptedItems")}{" "}
            <Tag color={COVERAGE_COLOR[s.referencesCoverage]}>{t(`sub.coverage.${s.referencesCoverage}`)}</Tag>
          </Typography.Title>
          {s.acceptedItemsDocument && (
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t("sub.document")}>
                <a href={s.acceptedItemsDocument.url} target="_blank" rel="noreferrer">
                  {s.acceptedItemsDocument.title}
                </a>
              </Descriptions.Item>
            </Descriptions>
          )}
          {s.acceptedItems.length > 0 && (
            <Table
              size="small"
              rowKey={(_, i) => String(i)}
              pagination={false}
              dataSource={s.acceptedItems}
              columns={[
                { title: t("sub.item"), dataIndex: "item" },
                {
                  title: t("sub.referenceKind"),
                  dataIndex: "referenceKind",
                  width: 160,
                  render: (k: string) => t(`referenceKind.${k}`),
                },
                {
                  title: t("sub.reference"),
                  render: (_: unknown, i) =>
                    i.referenceUrl ? (
                      <a href={i.referenceUrl} target="_blank" rel="noreferrer">
                        {i.reference}
                      </a>
                    ) : (
                      i.reference
                    ),
                },
              ]}
            />
          )}
          <Typography.Title level={5} className="gap-top">
            {t("sub.links")}
          </Typography.Title>
          <List
            size="small"
            dataSource={s.conferenceLinks}
            locale={{ emptyText: "—" }}
            renderItem={(url) => (
              <List.Item>
                <a href={url} target="_blank" rel="noreferrer">
                  {url}
                </a>
              </List.Item>
            )}
          />
          <Typography.Title level={5}>{t("sub.materials")}</Typography.Title>
          <List
            size="small"
            dataSource={s.mediaMaterials}
            locale={{ emptyText: "—" }}
            renderItem={(m) => (
              <List.Item>
                <Tag>{t(`sub.material.${m.kind}`, { defaultValue: m.kind })}</Tag>
                <a href={m.url} target="_blank" rel="noreferrer">
                  {m.title || m.url}
                </a>
              </List.Item>
            )}
          />
        </>
      )}
    </Card>
  );
}
