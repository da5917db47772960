/** The round's ranking: every body's F with its band, filterable by band, each row drilling down. */
import { Link, useNavigate } from "react-router-dom";
import { Card, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useLang } from "../../locale.tsx";
import { pickName } from "../../format.ts";
import { BandTag } from "../../components/tags.tsx";
import type { Band, Result } from "../../types.ts";
import { BANDS, type RoundResultsProps } from "./round-bands.ts";

export function Ranking({ roundId, results, bodies }: RoundResultsProps) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const navigate = useNavigate();
  return (
    <Card data-testid="round-ranking">
      <Table<Result>
        rowKey="bodyId"
        size="small"
        dataSource={results}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        onRow={(r) => ({
          onClick: () => navigate(`/evaluation/${roundId}/bodies/${r.bodyId}`),
          className: "clickable-row",
        })}
        columns={[
          // Only evaluated bodies are ranked; the §22 default and non-submitters are listed apart, unnumbered.
          {
            title: "№",
            width: 56,
            render: (_: unknown, r: Result, i: number) => (r.status === "evaluated" ? i + 1 : "—"),
          },
          {
            title: t("round.body"),
            render: (_: unknown, r) => (
              <Link to={`/evaluation/${roundId}/bodies/${r.bodyId}`} onClick={(e) => e.stopPropagation()}>
                {pickName(bodies.get(r.bodyId)?.name, lang)}
              </Link>
            ),
          },
          {
            title: t("round.bodyKind"),
            width: 130,
            render: (_: unknown, r) => t(`bodyKind.${bodies.get(r.bodyId)?.kind ?? "central"}`),
          },
          {
            title: "F",
            dataIndex: "F",
            width: 90,
            sorter: (a, b) => (a.F ?? -1) - (b.F ?? -1),
            render: (v: number | null, r) =>
              v === null ? (
                <Typography.Text
                  type="secondary"
                  title={r.record ? t("round.recordOnly", { F: r.record.F.toFixed(1) }) : undefined}
                >
                  —
                </Typography.Text>
              ) : (
                <strong>{v.toFixed(1)}%</strong>
              ),
          },
          {
            title: t("round.band"),
            dataIndex: "band",
            width: 190,
            filters: BANDS.map((b) => ({ text: t(`band.${b}`), value: b })),
            onFilter: (v, r) => r.status === "evaluated" && r.band === v,
            render: (v: Band | null, r) =>
              r.status === "evaluated" && v ? (
                <BandTag band={v} />
              ) : (
                <Tag data-testid={`status-${r.status}`}>{t(`resultStatus.${r.status}`)}</Tag>
              ),
          },
          { title: "B / C", width: 90, render: (_: unknown, r) => `${r.B} / ${r.C}` },
          { title: "E / G", width: 90, render: (_: unknown, r) => `${r.E} / ${r.G}` },
          { title: t("round.source"), dataIndex: "source", width: 150, render: (v: string) => t(`resultSource.${v}`) },
        ]}
      />
    </Card>
  );
}
