/** The round's §20 submissions: who has sent figures, and where they differ from Pikir's record. */
import { useMemo } from "react";
import { useNavigate } from "react-router-dom";
import { Alert, Card, Space, Table, Tag } from "antd";
import { WarningOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { useLang } from "../../locale.tsx";
import { fmtDateTime, pickName } from "../../format.ts";
import type { Body, Result, RoundDetail } from "../../types.ts";

export function Submissions({
  detail,
  results,
  bodies,
}: {
  detail: RoundDetail;
  results: Result[];
  bodies: Map<string, Body>;
}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const navigate = useNavigate();
  const diffs = useMemo(
    () =>
      new Map(
        results.filter((r) => r.source === "submission").map((r) => [r.bodyId, r.explanation?.differences ?? []]),
      ),
    [results],
  );
  // What needs the analyst's eye first: flagged differences, then submissions, then the bodies still awaited.
  const rank = (r: { status: string; differences?: unknown[] }) =>
    r.differences?.length ? 0 : r.status === "submitted" ? 1 : 2;
  const rows = detail.requests
    .map((r) => ({ ...r, body: bodies.get(r.bodyId), differences: diffs.get(r.bodyId) }))
    .sort(
      (a, b) => rank(a) - rank(b) || pickName(a.body?.name, lang).localeCompare(pickName(b.body?.name, lang), lang),
    );
  const flagged = rows.filter((r) => r.differences && r.differences.length > 0).length;
  return (
    <Card data-testid="round-submissions">
      {flagged > 0 && (
        <Alert
          type="warning"
          showIcon
          icon={<WarningOutlined />}
          className="gap-bottom"
          message={t("round.differencesFlagged", { count: flagged })}
        />
      )}
      <Table
        rowKey="bodyId"
        size="small"
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        onRow={(r) => ({
          onClick: () => navigate(`/evaluation/${detail.round.id}/bodies/${r.bodyId}`),
          className: "clickable-row",
        })}
        columns={[
          { title: t("round.body"), render: (_: unknown, r) => pickName(r.body?.name, lang) },
          {
            title: t("round.bodyKind"),
            width: 140,
            render: (_: unknown, r) => (r.body ? t(`bodyKind.${r.body.kind}`) : "—"),
          },
          {
            title: t("round.submission"),
            dataIndex: "status",
            width: 160,
            filters: [
              { text: t("requestStatus.submitted"), value: "submitted" },
              { text: t("requestStatus.requested"), value: "requested" },
            ],
            onFilter: (v, r) => r.status === v,
            render: (v: string) => <Tag color={v === "submitted" ? "green" : "gold"}>{t(`requestStatus.${v}`)}</Tag>,
          },
          { title: t("round.submittedAt"), dataIndex: "submittedAt", width: 150, render: fmtDateTime },
          {
            title: t("round.differences"),
            render: (_: unknown, r) =>
              r.differences === undefined ? (
                "—"
              ) : r.differences.length === 0 ? (
                <Tag color="green">{t("round.noDifferences")}</Tag>
              ) : (
                <Space wrap>
                  {r.differences.map((d) => (
                    <Tag key={d.field} color="red">
                      {t("round.difference", { field: d.field, submitted: d.submitted, recorded: d.recorded })}
                    </Tag>
                  ))}
                </Space>
              ),
          },
        ]}
      />
    </Card>
  );
}
