/**
 * Evidence the body recorded: results publications (§16), media work (§6), conferences and surveys
 * (§18). Officers record, correct (each correction a version, with the reason) and withdraw
 * (with a reason) here; titles in kk, ru and en, shown in the reader's language (issue 13).
 */
import { useState, type ReactNode } from "react";
import { Button, Card, Space, Switch, Table, Tag, Tooltip, Typography } from "antd";
import { CheckCircleOutlined, CloseCircleOutlined, HistoryOutlined, QuestionCircleOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import { useAuth } from "../../auth.tsx";
import { useLoad } from "../../use-load.ts";
import { fmtDate, pickName } from "../../format.ts";
import { useLang } from "../../locale.tsx";
import type { Lang } from "../../types.ts";
import { EvidenceEditor, WithdrawEvidence, type EvidenceEntity, type EvidenceRecord } from "./evidence-editor.tsx";
import { EvidenceHistory } from "./evidence-history.tsx";

interface Correctable {
  id: string;
  revision: number;
  withdrawnAt: string | null;
  withdrawnReason: string | null;
}
interface Publication extends Correctable {
  kind: string;
  periodYear: number;
  periodQuarter: number | null;
  title: string;
  titleRu: string | null;
  titleEn: string | null;
  url: string;
  publishedOn: string;
  openAccess: boolean | null;
  checkedAt: string | null;
}
interface Media extends Correctable {
  kind: string;
  title: string;
  titleRu: string | null;
  titleEn: string | null;
  url: string | null;
  announcedOn: string | null;
  happenedOn: string;
}
interface Dialogue extends Correctable {
  kind: string;
  topic: string;
  topicRu: string | null;
  topicEn: string | null;
  url: string;
  startsOn: string;
  endsOn: string | null;
  participants: number | null;
}

/** The reader's language first, then kk, ru, en. */
export const localizedText = (kk: string | null, ru: string | null, en: string | null, lang: Lang) =>
  pickName({ kk: kk || null, ru: ru || null, en: en || null }, lang);

/** The whole address is readable: wrapped, not cut (the review saw five links reading the same). */
export const ExternalLink = ({ href }: { href: string | null }) =>
  href ? (
    <a href={href} target="_blank" rel="noopener noreferrer" className="wrap-anywhere">
      {href.replace(/^https?:\/\//, "")}
    </a>
  ) : (
    <>—</>
  );

type Dialog =
  | { mode: "record"; entity: EvidenceEntity; what: string }
  | { mode: "correct"; entity: EvidenceEntity; what: string; record: EvidenceRecord }
  | { mode: "withdraw"; entity: EvidenceEntity; record: EvidenceRecord }
  | { mode: "history"; entity: EvidenceEntity; id: string };

export function EvidencePage() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const { me } = useAuth();
  const bodyId = me!.bodyId!;
  const canWrite = me!.role === "body_officer";
  const [withdrawn, setWithdrawn] = useState(false);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const query = { bodyId, withdrawn: withdrawn ? "include" : undefined };
  const pubs = useLoad(() => api<Publication[]>("/api/evidence/result-publications", { query }), [bodyId, withdrawn]);
  const media = useLoad(() => api<Media[]>("/api/evidence/media-work", { query }), [bodyId, withdrawn]);
  const events = useLoad(() => api<Dialogue[]>("/api/evidence/dialogue-events", { query }), [bodyId, withdrawn]);
  const reloadAll = () => {
    pubs.reload();
    media.reload();
    events.reload();
  };

  const withdrawnNote = (r: Correctable) =>
    r.withdrawnAt ? (
      <div>
        <Tag color="default" icon={<CloseCircleOutlined aria-hidden />}>
          {t("evidenceEdit.withdrawnTag", { date: fmtDate(r.withdrawnAt) })}
        </Tag>
        <Typography.Text type="secondary">{r.withdrawnReason}</Typography.Text>
      </div>
    ) : null;
  const titled = (text: string, r: Correctable): ReactNode => (
    <>
      <span className={r.withdrawnAt ? "withdrawn-text" : undefined}>{text}</span>
      {withdrawnNote(r)}
    </>
  );
  const actions = (entity: EvidenceEntity, what: string) => ({
    title: t("evidenceEdit.actions"),
    width: 200,
    render: (_: unknown, r: Correctable) => (
      <Space size={4} wrap>
        {canWrite && !r.withdrawnAt && (
          <>
            <Button
              size="small"
              data-testid={`correct-${r.id}`}
              onClick={() => setDialog({ mode: "correct", entity, what, record: r as unknown as EvidenceRecord })}
            >
              {t("evidenceEdit.correct")}
            </Button>
            <Button
              size="small"
              danger
              data-testid={`withdraw-${r.id}`}
              onClick={() => setDialog({ mode: "withdraw", entity, record: r as unknown as EvidenceRecord })}
            >
              {t("evidenceEdit.withdraw")}
            </Button>
          </>
        )}
        <Tooltip title={t("evidenceEdit.history")}>
          <Button
            size="small"
            icon={<HistoryOutlined aria-hidden />}
            // The visible count must be part of the name (axe: label-content-name-mismatch).
            aria-label={r.revision > 1 ? `${t("evidenceEdit.history")}: ${r.revision}` : t("evidenceEdit.history")}
            data-testid={`history-${r.id}`}
            onClick={() => setDialog({ mode: "history", entity, id: r.id })}
          >
            {r.revision > 1 ? r.revision : null}
          </Button>
        </Tooltip>
      </Space>
    ),
  });
  const recordButton = (entity: EvidenceEntity, what: string) =>
    canWrite ? (
      <Button
        type="primary"
        size="small"
        data-testid={`record-${entity}`}
        onClick={() => setDialog({ mode: "record", entity, what })}
      >
        {t("evidenceEdit.record")}
      </Button>
    ) : null;

  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t("nav.evidence")}
      </Typography.Title>
      <Space className="gap-bottom">
        <Switch checked={withdrawn} onChange={setWithdrawn} id="show-withdrawn" data-testid="show-withdrawn" />
        <label htmlFor="show-withdrawn">{t("evidenceEdit.showWithdrawn")}</label>
      </Space>
      <Card
        title={t("evidence.publications")}
        data-testid="evidence-publications"
        extra={recordButton("result-publications", t("evidence.publications"))}
      >
        <Table<Publication>
          rowKey="id"
          size="small"
          loading={pubs.loading}
          dataSource={pubs.data ?? []}
          pagination={false}
          scroll={{ x: true }}
          columns={[
            {
              title: t("evidence.kind"),
              dataIndex: "kind",
              width: 180,
              render: (v: string, r) =>
                `${t(`publicationKind.${v}`)} · ${r.periodYear}${r.periodQuarter ? ` / ${t("period.q", { n: r.periodQuarter })}` : ""}`,
            },
            {
              title: t("evidence.name"),
              render: (_: unknown, r) => titled(localizedText(r.title, r.titleRu, r.titleEn, lang), r),
            },
            { title: t("evidence.date"), dataIndex: "publishedOn", render: fmtDate, width: 110 },
            {
              title: t("evidence.openAccess"),
              dataIndex: "openAccess",
              width: 170,
              // Icon and words, not colour alone.
              render: (v: boolean | null, r) =>
                v === null ? (
                  <Tag icon={<QuestionCircleOutlined aria-hidden />}>{t("evidence.notChecked")}</Tag>
                ) : v ? (
                  <Tag color="green" icon={<CheckCircleOutlined aria-hidden />}>
                    {t("evidence.open", { date: fmtDate(r.checkedAt) })}
                  </Tag>
                ) : (
                  <Tag color="red" icon={<CloseCircleOutlined aria-hidden />}>
                    {t("evidence.closed", { date: fmtDate(r.checkedAt) })}
                  </Tag>
                ),
            },
            { title: t("evidence.link"), dataIndex: "url", render: (v: string) => <ExternalLink href={v} /> },
            actions("result-publications", t("evidence.publications")),
          ]}
        />
      </Card>
      <Card
        title={t("evidence.media")}
        className="gap-top"
        data-testid="evidence-media"
        extra={recordButton("media-work", t("evidence.media"))}
      >
        <Table<Media>
          rowKey="id"
          size="small"
          loading={media.loading}
          dataSource={media.data ?? []}
          pagination={false}
          scroll={{ x: true }}
          columns={[
            { title: t("evidence.kind"), dataIndex: "kind", width: 140, render: (v: string) => t(`mediaKind.${v}`) },
            {
              title: t("evidence.name"),
              render: (_: unknown, r) => titled(localizedText(r.title, r.titleRu, r.titleEn, lang), r),
            },
            { title: t("evidence.announced"), dataIndex: "announcedOn", render: fmtDate, width: 120 },
            { title: t("evidence.happened"), dataIndex: "happenedOn", render: fmtDate, width: 120 },
            { title: t("evidence.link"), dataIndex: "url", render: (v: string | null) => <ExternalLink href={v} /> },
            actions("media-work", t("evidence.media")),
          ]}
        />
      </Card>
      <Card
        title={t("evidence.events")}
        className="gap-top"
        data-testid="evidence-events"
        extra={recordButton("dialogue-events", t("evidence.events"))}
      >
        <Table<Dialogue>
          rowKey="id"
          size="small"
          loading={events.loading}
          dataSource={events.data ?? []}
          pagination={false}
          scroll={{ x: true }}
          columns={[
            {
              title: t("evidence.kind"),
              dataIndex: "kind",
              width: 160,
              render: (v: string) => t(`dialogueKind.${v}`),
            },
            {
              title: t("evidence.topic"),
              render: (_: unknown, r) => titled(localizedText(r.topic, r.topicRu, r.topicEn, lang), r),
            },
            {
              title: t("evidence.date"),
              dataIndex: "startsOn",
              render: (v: string, r) => (r.endsOn ? `${fmtDate(v)} – ${fmtDate(r.endsOn)}` : fmtDate(v)),
              width: 200,
            },
            {
              title: t("evidence.participants"),
              dataIndex: "participants",
              width: 120,
              render: (v: number | null) => v ?? "—",
            },
            { title: t("evidence.link"), dataIndex: "url", render: (v: string) => <ExternalLink href={v} /> },
            actions("dialogue-events", t("evidence.events")),
          ]}
        />
      </Card>
      {dialog && (dialog.mode === "record" || dialog.mode === "correct") && (
        <EvidenceEditor
          entity={dialog.entity}
          what={dialog.what}
          bodyId={bodyId}
          record={dialog.mode === "correct" ? dialog.record : undefined}
          onClose={(changed) => {
            setDialog(null);
            if (changed) reloadAll();
          }}
        />
      )}
      {dialog?.mode === "withdraw" && (
        <WithdrawEvidence
          entity={dialog.entity}
          record={dialog.record}
          onClose={(changed) => {
            setDialog(null);
            if (changed) reloadAll();
          }}
        />
      )}
      {dialog?.mode === "history" && (
        <EvidenceHistory entity={dialog.entity} id={dialog.id} onClose={() => setDialog(null)} />
      )}
    </div>
  );
}
