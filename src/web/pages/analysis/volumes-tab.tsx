/** Volumes by channel and kind, and languages, of the quarter: every number opens its items. */
import { Card, Col, Empty, Row, Table } from "antd";
import { useTranslation } from "react-i18next";
import type { Analysis } from "./types.ts";
import type { Count } from "./topics-tab.tsx";

export function VolumesTab({ analysis, count }: { analysis: Analysis; count: Count }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <Card title={t("analysis.volumes")} size="small">
          <Table
            data-testid="analysis-volumes"
            rowKey={(r) => `${r.channel}:${r.kind}`}
            size="small"
            pagination={false}
            dataSource={analysis.volumes}
            columns={[
              { title: t("inbox.channel"), dataIndex: "channel", render: (v: string) => t(`channel.${v}`) },
              { title: t("inbox.kind"), dataIndex: "kind", render: (v: string) => t(`kind.${v}`) },
              {
                title: t("analysis.items"),
                width: 100,
                render: (_: unknown, r: Analysis["volumes"][number]) =>
                  count(
                    r.items,
                    { channel: r.channel, kind: r.kind },
                    `${t(`channel.${r.channel}`)} · ${t(`kind.${r.kind}`)}`,
                  ),
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card title={t("analysis.languages")} size="small">
          <Table
            data-testid="analysis-languages"
            rowKey="lang"
            size="small"
            pagination={false}
            dataSource={analysis.languages}
            locale={{ emptyText: <Empty description={t("analysis.noData")} /> }}
            columns={[
              {
                title: t("inbox.lang"),
                dataIndex: "lang",
                render: (v: string) => t(`itemLang.${v}`, { defaultValue: v }),
              },
              {
                title: t("analysis.items"),
                width: 100,
                render: (_: unknown, r: Analysis["languages"][number]) =>
                  count(r.items, { itemLang: r.lang }, t(`itemLang.${r.lang}`, { defaultValue: r.lang })),
              },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
