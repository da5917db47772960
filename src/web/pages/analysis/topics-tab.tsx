/**
 * The quarter's topics (§14, §17; issue 16): clusters of what the items say, each shown once, with
 * size, trend and share of negative items; the officer names a topic (the name stays in later
 * quarters) or merges it into another. Below: the campaigns (near-duplicate groups).
 */
import { useState, type ReactNode } from "react";
import { App, Button, Card, Empty, Form, Input, Modal, Select, Space, Table, Tag, Typography } from "antd";
import { EditOutlined, MergeCellsOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../../api.ts";
import { useLang } from "../../locale.tsx";
import { fmtDate } from "../../format.ts";
import { TREND_COLORS } from "./analysis-charts.tsx";
import type { Analysis, ItemsFilter, Scope } from "./types.ts";

export type Count = (n: number, filter: ItemsFilter, title: string) => ReactNode;
type TopicRow = Analysis["topics"][number];

interface Props {
  analysis: Analysis;
  count: Count;
  bodyId: string;
  scope: Scope;
  /** May the user name and merge topics (analysis.correct)? */
  canEdit: boolean;
  onChanged: () => void;
}

export function TopicsTab({ analysis, count, bodyId, scope, canEdit, onChanged }: Props) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const { message } = App.useApp();
  const [naming, setNaming] = useState<TopicRow | null>(null);
  const [merging, setMerging] = useState<TopicRow | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ kk: string; ru: string; en: string }>();
  const [into, setInto] = useState<string | null>(null);
  const path = (key: string, what: "name" | "merge") =>
    `/api/bodies/${bodyId}/analysis/topics/${encodeURIComponent(key)}/${what}`;
  const send = async (url: string, body: unknown) => {
    setBusy(true);
    try {
      await api(url, { method: "PUT", body });
      void message.success(t("topics.saved"));
      setNaming(null);
      setMerging(null);
      onChanged();
    } catch (e) {
      void message.error(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Card title={t("analysis.topicMap")} size="small">
        <Table
          data-testid="analysis-topics"
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={analysis.topics}
          locale={{ emptyText: <Empty description={t("analysis.noData")} /> }}
          columns={[
            {
              title: t("analysis.topic"),
              render: (_: unknown, r: TopicRow) => (
                <>
                  <strong>{r.label[lang]}</strong> {r.named && <Tag color="blue">{t("topics.named")}</Tag>}
                  <br />
                  <Typography.Text type="secondary">
                    {t(`topicCategory.${r.category}`, { defaultValue: r.category })}
                  </Typography.Text>
                </>
              ),
            },
            {
              title: t("analysis.size"),
              width: 90,
              render: (_: unknown, r: TopicRow) => count(r.size, { topic: r.key }, r.label[lang]),
            },
            { title: t("analysis.previousSize"), dataIndex: "previousSize", width: 120 },
            {
              title: t("analysis.negativeShare"),
              width: 130,
              render: (_: unknown, r: TopicRow) => `${Math.round(r.negativeShare * 100)}%`,
            },
            {
              title: t("analysis.trend"),
              width: 130,
              render: (_: unknown, r: TopicRow) => (
                <Tag color={TREND_COLORS[r.trend]} data-trend={r.trend}>
                  {t(`trend.${r.trend}`)}
                </Tag>
              ),
            },
            ...(canEdit
              ? [
                  {
                    title: "",
                    width: 96,
                    render: (_: unknown, r: TopicRow) =>
                      r.key === "unclustered" ? null : (
                        <Space size={0}>
                          <Button
                            type="text"
                            size="small"
                            icon={<EditOutlined />}
                            aria-label={`${t("topics.rename")}: ${r.label[lang]}`}
                            data-testid="topic-rename"
                            onClick={() => {
                              form.setFieldsValue(r.named ? r.label : { kk: "", ru: "", en: "" });
                              setNaming(r);
                            }}
                          />
                          <Button
                            type="text"
                            size="small"
                            icon={<MergeCellsOutlined />}
                            aria-label={`${t("topics.merge")}: ${r.label[lang]}`}
                            data-testid="topic-merge"
                            onClick={() => {
                              setInto(null);
                              setMerging(r);
                            }}
                          />
                        </Space>
                      ),
                  },
                ]
              : []),
          ]}
        />
        {analysis.goneTopics.length > 0 && (
          <Typography.Paragraph className="gap-top" type="secondary">
            {t("analysis.goneTopics")}:{" "}
            {analysis.goneTopics.map((g) => `${g.label[lang]} (${g.previousSize})`).join("; ")}
          </Typography.Paragraph>
        )}
      </Card>
      <Modal
        open={naming !== null}
        title={t("topics.nameTitle")}
        confirmLoading={busy}
        onCancel={() => setNaming(null)}
        onOk={() =>
          naming &&
          void send(path(naming.key, "name"), {
            period: analysis.period,
            scope,
            name: form.getFieldsValue(),
          })
        }
      >
        <Typography.Paragraph type="secondary">{t("topics.nameHint")}</Typography.Paragraph>
        {naming && (
          <Typography.Paragraph>
            {t("topics.words")}: {naming.label[lang]}
          </Typography.Paragraph>
        )}
        <Form form={form} layout="vertical">
          <Form.Item name="kk" label="Қазақша">
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="ru" label="Русский">
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="en" label="English">
            <Input maxLength={200} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={merging !== null}
        title={merging ? t("topics.mergeTitle", { topic: merging.label[lang] }) : ""}
        confirmLoading={busy}
        okButtonProps={{ disabled: into === null }}
        onCancel={() => setMerging(null)}
        onOk={() => merging && void send(path(merging.key, "merge"), { period: analysis.period, scope, into })}
      >
        <Typography.Paragraph type="secondary">{t("topics.mergeHint")}</Typography.Paragraph>
        <Select<string>
          style={{ width: "100%" }}
          aria-label={t("topics.merge")}
          value={into ?? undefined}
          onChange={setInto}
          showSearch
          optionFilterProp="label"
          options={analysis.topics
            .filter((x) => x.key !== merging?.key && x.key !== "unclustered")
            .map((x) => ({ value: x.key, label: `${x.label[lang]} (${x.size})` }))}
        />
      </Modal>
      <Card
        title={t("analysis.campaigns", { groups: analysis.campaigns.groups, items: analysis.campaigns.items })}
        size="small"
      >
        <Table
          data-testid="analysis-campaigns"
          rowKey="rootItemId"
          size="small"
          pagination={false}
          dataSource={analysis.campaigns.top}
          locale={{ emptyText: <Empty description={t("analysis.noCampaigns")} /> }}
          columns={[
            { title: t("analysis.sample"), dataIndex: "sampleText" },
            {
              title: t("inbox.lang"),
              dataIndex: "lang",
              width: 110,
              render: (v: string) => t(`itemLang.${v}`, { defaultValue: v }),
            },
            {
              title: t("analysis.firstSeen"),
              dataIndex: "firstReceivedAt",
              width: 120,
              render: (v: string) => fmtDate(v),
            },
            {
              title: t("analysis.size"),
              width: 90,
              render: (_: unknown, r: Analysis["campaigns"]["top"][number]) =>
                count(r.size, { campaign: r.rootItemId }, r.sampleText.slice(0, 60)),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
