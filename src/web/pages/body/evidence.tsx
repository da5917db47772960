/** Evidence the body recorded: results publications (§16), media work (§6), conferences and surveys (§18). */
import { Card, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import { useAuth } from "../../auth.tsx";
import { useLoad } from "../../use-load.ts";
import { fmtDate } from "../../format.ts";

interface Publication {
  id: string;
  kind: string;
  periodYear: number;
  periodQuarter: number | null;
  title: string;
  url: string;
  publishedOn: string;
  openAccess: boolean | null;
  checkedAt: string | null;
}
interface Media {
  id: string;
  kind: string;
  title: string;
  url: string | null;
  announcedOn: string | null;
  happenedOn: string;
}
interface Dialogue {
  id: string;
  kind: string;
  topic: string;
  url: string;
  startsOn: string;
  endsOn: string | null;
  participants: number | null;
}

const ExternalLink = ({ href }: { href: string | null }) =>
  href ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {href.replace(/^https?:\/\//, "").slice(0, 60)}
    </a>
  ) : (
    <>—</>
  );

export function EvidencePage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const bodyId = me!.bodyId!;
  const pubs = useLoad(() => api<Publication[]>("/api/evidence/result-publications", { query: { bodyId } }), [bodyId]);
  const media = useLoad(() => api<Media[]>("/api/evidence/media-work", { query: { bodyId } }), [bodyId]);
  const events = useLoad(() => api<Dialogue[]>("/api/evidence/dialogue-events", { query: { bodyId } }), [bodyId]);

  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t("nav.evidence")}
      </Typography.Title>
      <Card title={t("evidence.publications")} data-testid="evidence-publications">
        <Table<Publication>
          rowKey="id"
          size="small"
          loading={pubs.loading}
          dataSource={pubs.data ?? []}
          pagination={false}
          columns={[
            {
              title: t("evidence.kind"),
              dataIndex: "kind",
              render: (v: string, r) =>
                `${t(`publicationKind.${v}`)} · ${r.periodYear}${r.periodQuarter ? ` / ${t("period.q", { n: r.periodQuarter })}` : ""}`,
            },
            { title: t("evidence.name"), dataIndex: "title" },
            { title: t("evidence.date"), dataIndex: "publishedOn", render: fmtDate, width: 110 },
            {
              title: t("evidence.openAccess"),
              dataIndex: "openAccess",
              width: 170,
              render: (v: boolean | null, r) =>
                v === null ? (
                  <Tag>{t("evidence.notChecked")}</Tag>
                ) : v ? (
                  <Tag color="green">{t("evidence.open", { date: fmtDate(r.checkedAt) })}</Tag>
                ) : (
                  <Tag color="red">{t("evidence.closed", { date: fmtDate(r.checkedAt) })}</Tag>
                ),
            },
            { title: t("evidence.link"), dataIndex: "url", render: (v: string) => <ExternalLink href={v} /> },
          ]}
        />
      </Card>
      <Card title={t("evidence.media")} className="gap-top">
        <Table<Media>
          rowKey="id"
          size="small"
          loading={media.loading}
          dataSource={media.data ?? []}
          pagination={false}
          columns={[
            { title: t("evidence.kind"), dataIndex: "kind", render: (v: string) => t(`mediaKind.${v}`) },
            { title: t("evidence.name"), dataIndex: "title" },
            { title: t("evidence.announced"), dataIndex: "announcedOn", render: fmtDate, width: 120 },
            { title: t("evidence.happened"), dataIndex: "happenedOn", render: fmtDate, width: 120 },
            { title: t("evidence.link"), dataIndex: "url", render: (v: string | null) => <ExternalLink href={v} /> },
          ]}
        />
      </Card>
      <Card title={t("evidence.events")} className="gap-top">
        <Table<Dialogue>
          rowKey="id"
          size="small"
          loading={events.loading}
          dataSource={events.data ?? []}
          pagination={false}
          columns={[
            { title: t("evidence.kind"), dataIndex: "kind", render: (v: string) => t(`dialogueKind.${v}`) },
            { title: t("evidence.topic"), dataIndex: "topic" },
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
          ]}
        />
      </Card>
    </div>
  );
}
