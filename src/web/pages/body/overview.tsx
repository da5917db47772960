/** The body's home: its live indicator and its initiatives with their discussion windows (§5, §10). */
import { Link } from "react-router-dom";
import { useState } from "react";
import { Alert, Badge, Button, Card, Descriptions, Empty, List, Space, Tag, Typography } from "antd";
import { ClockCircleOutlined, EditOutlined, PlusOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import { useAuth } from "../../auth.tsx";
import { useLang } from "../../locale.tsx";
import { useLoad } from "../../use-load.ts";
import { daysUntil, fmtDate, pickName } from "../../format.ts";
import type { DiscussionTotals, Initiative, Paged } from "../../types.ts";
import { DocumentDownload } from "../../components/document-download.tsx";
import { IndicatorCard, usePeriod } from "./indicator-card.tsx";
import { InitiativeEditor } from "./initiative-editor.tsx";
import { COUNCIL_KINDS, CouncilSessions } from "./council-sessions.tsx";
import { OpenAccessCard } from "./open-access-card.tsx";

export function BodyOverviewPage() {
  const { me, profile } = useAuth();
  const { lang } = useLang();
  const [period, setPeriod] = usePeriod();
  const bodyId = me!.bodyId!;
  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {pickName(profile?.body?.name, lang)}
      </Typography.Title>
      <IndicatorCard bodyId={bodyId} period={period} onPeriod={setPeriod} refreshKey={0} />
      <OpenAccessCard bodyId={bodyId} />
      <Initiatives bodyId={bodyId} />
    </div>
  );
}

function Countdown({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const { startsOn, endsOn } = initiative.discussion;
  if (!startsOn || !endsOn) return <Tag>{t("initiative.noWindow")}</Tag>;
  const toStart = daysUntil(startsOn);
  const toEnd = daysUntil(endsOn);
  if (toStart > 0)
    return (
      <Tag color="blue" icon={<ClockCircleOutlined />}>
        {t("initiative.startsIn", { count: toStart })}
      </Tag>
    );
  if (toEnd >= 0)
    return (
      <Tag color="green" icon={<ClockCircleOutlined />} data-testid="countdown-open">
        {t("initiative.daysLeft", { count: toEnd + 1 })}
      </Tag>
    );
  return <Tag icon={<ClockCircleOutlined />}>{t("initiative.ended", { date: fmtDate(endsOn) })}</Tag>;
}

function Totals({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data } = useLoad(() => api<{ totals: DiscussionTotals }>(`/api/initiatives/${id}/discussion-report`), [id]);
  if (!data) return null;
  const x = data.totals;
  return (
    <Space wrap size="small">
      <Badge color="#0b4f8a" text={t("initiative.remarks", { count: x.remarks })} />
      <Badge color="#237804" text={t("initiative.accepted", { count: x.accepted })} />
      <Badge color="#a8071a" text={t("initiative.rejected", { count: x.rejected })} />
      <Badge color="#ad4e00" text={t("initiative.undecided", { count: x.undecided })} />
      <Badge color="#4a5563" text={t("initiative.comments", { answered: x.answered, count: x.comments })} />
    </Space>
  );
}

/** The information message in the reader's language, else kk → ru → en (as the portal shows it). */
function infoIn(i: Initiative, lang: string): string | null {
  const m = i.infoMessage;
  const order =
    lang === "ru"
      ? [m.ru, m.kk ?? m.text, m.en]
      : lang === "en"
        ? [m.en, m.ru, m.kk ?? m.text]
        : [m.kk ?? m.text, m.ru, m.en];
  return order.find((x) => x?.trim()) ?? null;
}

function Initiatives({ bodyId }: { bodyId: string }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  // null: closed; "new": a new initiative; else the one being edited.
  const [editing, setEditing] = useState<Initiative | "new" | null>(null);
  const { data, loading, error, reload } = useLoad(
    () => api<Paged<Initiative>>("/api/initiatives", { query: { bodyId, limit: 100 } }),
    [bodyId],
  );
  return (
    <Card
      title={t("initiative.title")}
      className="gap-top"
      data-testid="initiatives"
      extra={
        <Button icon={<PlusOutlined />} onClick={() => setEditing("new")} data-testid="initiative-new">
          {t("initiativeNew.button")}
        </Button>
      }
    >
      {error && <Alert type="error" showIcon message={error.message} />}
      <List
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <Empty description={t("initiative.none")} /> }}
        renderItem={(i) => (
          <List.Item key={i.id} className="initiative-item">
            <div className="initiative-head">
              <Typography.Title level={2} className="initiative-title">
                {pickName(i.title, lang)}
              </Typography.Title>
              <Space wrap>
                <Tag>{t(`initiativeKind.${i.kind}`)}</Tag>
                <Tag color="geekblue">{t(`initiativeStatus.${i.status}`)}</Tag>
                <Countdown initiative={i} />
              </Space>
            </div>
            <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }}>
              <Descriptions.Item label={t("initiative.window")}>
                {fmtDate(i.discussion.startsOn)} – {fmtDate(i.discussion.endsOn)}
              </Descriptions.Item>
              <Descriptions.Item label={t("initiative.portal")}>
                {i.portalUrl ? (
                  <a href={i.portalUrl} target="_blank" rel="noopener noreferrer">
                    {i.portalUrl}
                  </a>
                ) : (
                  "—"
                )}
              </Descriptions.Item>
            </Descriptions>
            <div className="info-message">
              <Typography.Text strong>{t("initiative.infoMessage")}: </Typography.Text>
              {infoIn(i, lang) ? (
                <>
                  {infoIn(i, lang)}{" "}
                  <Typography.Text type="secondary">
                    ({t("initiative.publishedOn", { date: fmtDate(i.infoMessage.publishedAt) })})
                  </Typography.Text>
                </>
              ) : (
                <Typography.Text type="warning">{t("initiative.noInfoMessage")}</Typography.Text>
              )}
            </div>
            <Space wrap className="initiative-foot">
              <Totals id={i.id} />
              <Space>
                <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(i)}>
                  {t("initiative.edit")}
                </Button>
                <Link to={`/inbox?initiativeId=${i.id}`}>{t("initiative.openFeedback")}</Link>
              </Space>
              <Space size="small" className="initiative-doc">
                <span>{t("reportKind.discussion")}:</span>
                <DocumentDownload size="small" testId="doc-discussion" path={`/api/reports/discussion/${i.id}`} />
              </Space>
            </Space>
            {COUNCIL_KINDS.has(i.kind) && <CouncilSessions bodyId={bodyId} initiativeId={i.id} />}
          </List.Item>
        )}
      />
      {editing && (
        <InitiativeEditor
          initiative={editing === "new" ? null : editing}
          bodyId={bodyId}
          onClose={(changed) => {
            setEditing(null);
            if (changed) reload();
          }}
        />
      )}
    </Card>
  );
}
