/**
 * The official's edit of the drafts before they go out: §17 topics for internet conferences and
 * surveys, and the §14 recommendations. Edits are saved on the server per document language
 * (issue 16): the §15 submission form starts from the saved recommendations, another officer sees
 * them, and the document download writes them. Each generated recommendation cites the topic or
 * campaign and the items it comes from.
 */
import { useEffect, useState } from "react";
import { App, Button, Card, Col, Empty, Input, Row, Select, Space, Tag, Typography } from "antd";
import { DeleteOutlined, DownloadOutlined, PlusOutlined, SaveOutlined, UndoOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import i18n, { LANG_NAMES, LANGS } from "../../i18n/index.ts";
import { useLang } from "../../locale.tsx";
import { saveBlob } from "../../components/document-download.tsx";
import { fmtDate, periodLabel } from "../../format.ts";
import { toRtf, type RtfBlock } from "../../rtf.ts";
import type { Lang } from "../../types.ts";
import { TREND_COLORS } from "./analysis-charts.tsx";
import { api, ApiError } from "../../api.ts";
import type { Analysis, ItemsFilter, SavedDrafts } from "./types.ts";

interface Drafts {
  topics: string[];
  recommendations: string[];
}

const fromAnalysis = (a: Analysis, lang: Lang): Drafts => ({
  topics: a.conferenceTopics.map((c) => c.title[lang]),
  recommendations: a.recommendations.map((r) => r.text[lang]),
});

function EditableList({
  items,
  onChange,
  label,
  testId,
}: {
  items: string[];
  onChange: (next: string[]) => void;
  label: string;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <ol className="draft-list" data-testid={testId}>
      {items.map((text, i) => (
        <li key={i}>
          <Space.Compact style={{ width: "100%" }}>
            <Input.TextArea
              aria-label={`${label} ${i + 1}`}
              autoSize={{ minRows: 1, maxRows: 8 }}
              value={text}
              onChange={(e) => onChange(items.map((x, j) => (j === i ? e.target.value : x)))}
            />
            <Button
              aria-label={t("drafts.remove")}
              icon={<DeleteOutlined />}
              onClick={() => onChange(items.filter((_, j) => j !== i))}
            />
          </Space.Compact>
        </li>
      ))}
      <li className="draft-add">
        <Button type="dashed" icon={<PlusOutlined />} onClick={() => onChange([...items, ""])}>
          {t("drafts.add")}
        </Button>
      </li>
    </ol>
  );
}

interface Props {
  analysis: Analysis;
  bodyId: string;
  bodyName: string;
  /** May the user save drafts (analysis.correct)? */
  canEdit: boolean;
  onPick: (filter: ItemsFilter, title: string) => void;
  onSaved: () => void;
}

export function DraftsEditor({ analysis, bodyId, bodyName, canEdit, onPick, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { lang: uiLang } = useLang();
  const [docLang, setDocLang] = useState<Lang>(uiLang);
  const [edits, setEdits] = useState<Partial<Record<Lang, Drafts>>>({});
  const [busy, setBusy] = useState(false);
  useEffect(() => setEdits({}), [analysis.period, bodyId]);
  const saved: SavedDrafts | undefined = analysis.savedDrafts.find((d) => d.lang === docLang);
  const drafts =
    edits[docLang] ??
    (saved ? { topics: saved.topics, recommendations: saved.recommendations } : fromAnalysis(analysis, docLang));
  const update = (change: Partial<Drafts>) => setEdits((e) => ({ ...e, [docLang]: { ...drafts, ...change } }));
  const edited = edits[docLang] !== undefined;
  const path = `/api/bodies/${bodyId}/analysis/drafts/${docLang}`;
  const call = async (work: () => Promise<unknown>, toast: string) => {
    setBusy(true);
    try {
      await work();
      setEdits((e) => ({ ...e, [docLang]: undefined }));
      void message.success(toast);
      onSaved();
    } catch (e) {
      void message.error(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const save = () =>
    call(() => api(path, { method: "PUT", body: { period: analysis.period, ...drafts } }), t("drafts.savedToast"));
  const reset = () =>
    edited
      ? setEdits((e) => ({ ...e, [docLang]: undefined }))
      : void call(() => api(path, { method: "DELETE", query: { period: analysis.period } }), t("topics.saved"));

  const download = () => {
    // The document is written in its own language, whatever the UI's language is.
    const tt = (key: string, options?: Record<string, unknown>) => i18n.t(key, { ...options, lng: docLang });
    const blocks: RtfBlock[] = [
      { kind: "title", text: tt("drafts.docTitle", { period: periodLabel(analysis.period, tt) }) },
      { kind: "paragraph", text: `${bodyName}. ${fmtDate(analysis.dates.from)} – ${fmtDate(analysis.dates.to)}` },
      { kind: "heading", text: tt("drafts.topicsTitle") },
      ...drafts.topics.filter((x) => x.trim()).map((text) => ({ kind: "item" as const, text: text.trim() })),
      { kind: "heading", text: tt("drafts.recommendationsTitle") },
      ...drafts.recommendations.filter((x) => x.trim()).map((text) => ({ kind: "item" as const, text: text.trim() })),
    ];
    saveBlob(new Blob([toRtf(blocks)], { type: "application/rtf" }), `pikir-${analysis.period}-${docLang}.rtf`);
  };

  return (
    <Card
      data-testid="drafts-editor"
      title={t("drafts.title")}
      extra={
        <Space wrap>
          <Select<Lang>
            aria-label={t("doc.language")}
            value={docLang}
            onChange={setDocLang}
            style={{ width: 130 }}
            options={LANGS.map((l) => ({ value: l, label: LANG_NAMES[l] }))}
          />
          <Typography.Text type="secondary" data-testid="drafts-saved-state">
            {edited || !saved ? t("drafts.unsaved") : t("drafts.saved", { date: fmtDate(saved.updatedAt) })}
          </Typography.Text>
          <Button icon={<UndoOutlined />} disabled={busy || (!edited && !saved) || !canEdit} onClick={reset}>
            {t("drafts.reset")}
          </Button>
          <Button
            icon={<SaveOutlined />}
            disabled={!edited || !canEdit}
            loading={busy}
            onClick={() => void save()}
            data-testid="drafts-save"
          >
            {t("drafts.save")}
          </Button>
          <Button type="primary" icon={<DownloadOutlined />} onClick={download} data-testid="drafts-download">
            {t("drafts.download")}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t("drafts.intro")}</Typography.Paragraph>
      <Row gutter={[24, 16]}>
        <Col xs={24} xl={12}>
          <Typography.Title level={3} className="section-title">
            {t("drafts.topicsTitle")}
          </Typography.Title>
          {analysis.conferenceTopics.length > 0 && (
            <Space wrap size={[4, 4]} className="gap-bottom">
              {analysis.conferenceTopics.map((c) => (
                <Tag key={c.key} color={c.status ? TREND_COLORS[c.status] : undefined}>
                  {c.size} · {Math.round(c.negativeShare * 100)}% {t("sentiment.negative")}
                  {c.status ? ` · ${t(`trend.${c.status}`)}` : ""}
                </Tag>
              ))}
            </Space>
          )}
          {drafts.topics.length === 0 && !edited && <Empty description={t("drafts.noTopics")} />}
          <EditableList
            items={drafts.topics}
            onChange={(topics) => update({ topics })}
            label={t("drafts.topic")}
            testId="draft-topics"
          />
        </Col>
        <Col xs={24} xl={12}>
          <Typography.Title level={3} className="section-title">
            {t("drafts.recommendationsTitle")}
          </Typography.Title>
          {drafts.recommendations.length === 0 && !edited && <Empty description={t("drafts.noRecommendations")} />}
          <EditableList
            items={drafts.recommendations}
            onChange={(recommendations) => update({ recommendations })}
            label={t("drafts.recommendation")}
            testId="draft-recommendations"
          />
          {analysis.recommendations.length > 0 && (
            <ol className="draft-basis" data-testid="draft-basis">
              {analysis.recommendations.map((r) => {
                const topic = r.topicKey ? analysis.topics.find((x) => x.key === r.topicKey) : undefined;
                const title = topic ? topic.label[uiLang] : r.text[uiLang].slice(0, 60);
                const filter: ItemsFilter = r.topicKey
                  ? { topic: r.topicKey }
                  : { campaign: r.campaignRootId ?? undefined };
                return (
                  <li key={r.key}>
                    <Typography.Text type="secondary">
                      {t("drafts.basis", { size: r.size })}
                      {topic ? ` · «${topic.label[uiLang]}»` : ""} · {t("drafts.basisItems")}:{" "}
                      {r.itemIds.map((id) => `№${id}`).join(", ")}
                      {r.size > r.itemIds.length ? " …" : ""}
                    </Typography.Text>{" "}
                    <Button type="link" size="small" onClick={() => onPick(filter, title)}>
                      {r.size}
                    </Button>
                  </li>
                );
              })}
            </ol>
          )}
        </Col>
      </Row>
    </Card>
  );
}
