/**
 * The body's side of an evaluation round: the §20 requests addressed to it, the submission form
 * (pre-filled from what Pikir recorded for the round's period, so the figures match unless the
 * body knows better), and its own results once computed.
 */
import { useState } from "react";
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import { MinusCircleOutlined, PlusOutlined, SendOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../../api.ts";
import { useAuth } from "../../auth.tsx";
import { useLoad } from "../../use-load.ts";
import { fmtDate, fmtDateTime } from "../../format.ts";
import { BandTag, RoundStatusTag } from "../../components/tags.tsx";
import { REFERENCE_KINDS, type Result, type Round, type SubmissionBody } from "../../types.ts";

const OPEN_ACCESS_KEYS = ["drafts", "budgetReports", "results"];

interface BodyRequest {
  round: Round;
  status: "requested" | "submitted";
  submittedAt: string | null;
}
interface Recorded {
  figures: Record<string, number>;
  openAccess: Record<string, boolean>;
}
interface SubmissionForm {
  remarksReceived: number;
  remarksAccepted: number;
  remarksRejected: number;
  commentsReceived: number;
  commentsAnswered: number;
  openAccess: string[];
  conferenceLinks: string[];
  acceptedItems?: AcceptedItemForm[];
  documentTitle?: string;
  documentUrl?: string;
  mediaMaterials?: { kind: MaterialKind; url: string; title?: string }[];
}
type AcceptedItemForm = NonNullable<SubmissionBody["acceptedItems"]>[number];
type MaterialKind = NonNullable<SubmissionBody["mediaMaterials"]>[number]["kind"];
const MATERIAL_KINDS: MaterialKind[] = ["briefing", "publication", "live_broadcast", "document"];

export function BodyEvaluationPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { data, loading, error, reload } = useLoad(() => api<BodyRequest[]>("/api/workspace/requests"), []);
  const [submitting, setSubmitting] = useState<Round | null>(null);
  return (
    <div className="page">
      <Typography.Title level={1} className="page-title">
        {t("nav.bodyEvaluation")}
      </Typography.Title>
      {error && <Alert type="error" showIcon message={error.message} />}
      <Card data-testid="body-requests">
        <Table<BodyRequest>
          rowKey={(r) => r.round.id}
          loading={loading}
          dataSource={data ?? []}
          pagination={false}
          columns={[
            { title: t("round.name"), render: (_: unknown, r) => r.round.title },
            {
              title: t("round.period"),
              width: 200,
              render: (_: unknown, r) => `${fmtDate(r.round.periodFrom)} – ${fmtDate(r.round.periodTo)}`,
            },
            {
              title: t("round.status"),
              width: 130,
              render: (_: unknown, r) => <RoundStatusTag status={r.round.status} />,
            },
            { title: t("round.due"), width: 110, render: (_: unknown, r) => fmtDate(r.round.dueOn) },
            {
              title: t("round.submission"),
              width: 220,
              render: (_: unknown, r) =>
                r.status === "submitted" ? (
                  <Tag color="green">
                    {t("requestStatus.submitted")} · {fmtDateTime(r.submittedAt)}
                  </Tag>
                ) : (
                  <Tag color="gold">{t("requestStatus.requested")}</Tag>
                ),
            },
            {
              title: t("bodyEval.result"),
              width: 260,
              render: (_: unknown, r) =>
                r.round.status === "open" ? (
                  <Button
                    type={r.status === "submitted" ? "default" : "primary"}
                    icon={<SendOutlined />}
                    onClick={() => setSubmitting(r.round)}
                  >
                    {r.status === "submitted" ? t("bodyEval.resubmit") : t("bodyEval.submit")}
                  </Button>
                ) : (
                  <OwnResult roundId={r.round.id} bodyId={me!.bodyId!} />
                ),
            },
          ]}
        />
      </Card>
      {submitting && (
        <SubmitModal
          round={submitting}
          bodyId={me!.bodyId!}
          onClose={(done) => {
            setSubmitting(null);
            if (done) reload();
          }}
        />
      )}
    </div>
  );
}

function OwnResult({ roundId, bodyId }: { roundId: string; bodyId: string }) {
  const { t } = useTranslation();
  const { data } = useLoad(
    () => api<{ results: Result[] }>(`/api/evaluations/${roundId}/results`).catch(() => ({ results: [] })),
    [roundId],
  );
  const mine = (data?.results ?? []).filter((r) => r.bodyId === bodyId);
  const official = mine.find((r) => r.source === "submission") ?? mine.find((r) => r.source === "recorded");
  if (!official) return <>—</>;
  if (official.F === null || official.band === null || official.status !== "evaluated") {
    return (
      <Space>
        {official.F !== null && <strong>F {official.F.toFixed(1)}%</strong>}
        <Tag>{t(`resultStatus.${official.status}`)}</Tag>
      </Space>
    );
  }
  return (
    <Space>
      <strong>F {official.F.toFixed(1)}%</strong>
      <BandTag band={official.band} />
    </Space>
  );
}

function SubmitModal({ round, bodyId, onClose }: { round: Round; bodyId: string; onClose: (done: boolean) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<SubmissionForm>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const recorded = useLoad(
    () => api<Recorded>(`/api/bodies/${bodyId}/indicator`, { query: { from: round.periodFrom, to: round.periodTo } }),
    [round.id],
  );
  const f = recorded.data?.figures;

  const submit = async (v: SubmissionForm) => {
    setBusy(true);
    setFailure(null);
    try {
      await api(`/api/evaluations/${round.id}/submissions`, {
        method: "POST",
        body: {
          bodyId,
          remarks: { received: v.remarksReceived, accepted: v.remarksAccepted, rejected: v.remarksRejected },
          comments: { received: v.commentsReceived, answered: v.commentsAnswered },
          conferenceLinks: v.conferenceLinks ?? [],
          acceptedItems: (v.acceptedItems ?? [])
            .filter((i) => i?.item)
            .map((i) => ({ ...i, referenceUrl: i.referenceUrl || null })),
          acceptedItemsDocument:
            v.documentTitle && v.documentUrl ? { title: v.documentTitle, url: v.documentUrl } : null,
          mediaMaterials: (v.mediaMaterials ?? []).filter((m) => m?.url).map((m) => ({ ...m, title: m.title || null })),
          openAccess: {
            drafts: v.openAccess.includes("drafts"),
            budgetReports: v.openAccess.includes("budgetReports"),
            results: v.openAccess.includes("results"),
          },
        },
      });
      void message.success(t("bodyEval.submitted"));
      onClose(true);
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const atMost = (field: keyof SubmissionForm, plus?: keyof SubmissionForm) => ({
    validator: async (_: unknown, value: number) => {
      const limit = form.getFieldValue(field) as number;
      const other = plus ? ((form.getFieldValue(plus) as number) ?? 0) : 0;
      if (value + other > limit) throw new Error(t("bodyEval.tooMany"));
    },
  });

  return (
    <Modal
      open
      width={820}
      title={`${t("bodyEval.submit")}: ${round.title}`}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okText={t("bodyEval.send")}
    >
      <Typography.Paragraph type="secondary">
        {t("bodyEval.prefilled", { from: fmtDate(round.periodFrom), to: fmtDate(round.periodTo) })}
      </Typography.Paragraph>
      {failure && <Alert type="error" showIcon message={failure} className="gap-bottom" />}
      {!f ? (
        <Card loading />
      ) : (
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{
            remarksReceived: f.remarksReceived ?? 0,
            remarksAccepted: f.acceptedWithReference ?? 0,
            remarksRejected: f.rejected ?? 0,
            commentsReceived: f.commentsReceived ?? 0,
            commentsAnswered: f.commentsAnswered ?? 0,
            // Only what Pikir saw closed starts unticked: a wrong "no" would zero the indicator (§23).
            openAccess: OPEN_ACCESS_KEYS.filter((k) => recorded.data!.openAccess[k] !== false),
            conferenceLinks: [],
          }}
        >
          <Space wrap size="large">
            <Form.Item name="remarksReceived" label={t("bodyEval.remarksReceived")} rules={[{ required: true }]}>
              <InputNumber min={0} />
            </Form.Item>
            <Form.Item
              name="remarksAccepted"
              label={t("bodyEval.remarksAccepted")}
              dependencies={["remarksReceived", "remarksRejected"]}
              rules={[{ required: true }, atMost("remarksReceived", "remarksRejected")]}
            >
              <InputNumber min={0} />
            </Form.Item>
            <Form.Item name="remarksRejected" label={t("bodyEval.remarksRejected")} rules={[{ required: true }]}>
              <InputNumber min={0} />
            </Form.Item>
          </Space>
          <Space wrap size="large">
            <Form.Item name="commentsReceived" label={t("bodyEval.commentsReceived")} rules={[{ required: true }]}>
              <InputNumber min={0} />
            </Form.Item>
            <Form.Item
              name="commentsAnswered"
              label={t("bodyEval.commentsAnswered")}
              dependencies={["commentsReceived"]}
              rules={[{ required: true }, atMost("commentsReceived")]}
            >
              <InputNumber min={0} />
            </Form.Item>
          </Space>
          <Form.Item name="openAccess" label={t("bodyEval.openAccess")}>
            <Checkbox.Group options={OPEN_ACCESS_KEYS.map((k) => ({ value: k, label: t(`bodyEval.open.${k}`) }))} />
          </Form.Item>
          <Form.Item
            name="conferenceLinks"
            label={t("bodyEval.conferenceLinks")}
            extra={t("bodyEval.conferenceHelp")}
            rules={[
              {
                validator: async (_, v: string[] = []) => {
                  if (v.some((u) => !/^https?:\/\/\S+$/.test(u))) throw new Error(t("item.urlInvalid"));
                },
              },
            ]}
          >
            <Select mode="tags" open={false} tokenSeparators={[" ", ","]} placeholder="https://" />
          </Form.Item>
          <SubmissionContentsFields />
        </Form>
      )}
    </Modal>
  );
}

/** §20.1 item by item (or the document that lists them) and §20.4 materials; the server checks them (submission-rules.ts). */
function SubmissionContentsFields() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={5}>{t("sub.acceptedItems")}</Typography.Title>
      <Typography.Paragraph type="secondary">{t("sub.itemsHelp")}</Typography.Paragraph>
      <Form.List name="acceptedItems">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} wrap align="start">
                <Form.Item name={[field.name, "item"]} rules={[{ required: true }]}>
                  <Input placeholder={t("sub.item")} aria-label={t("sub.item")} style={{ width: 140 }} />
                </Form.Item>
                <Form.Item name={[field.name, "referenceKind"]} initialValue="act_clause">
                  <Select
                    aria-label={t("sub.referenceKind")}
                    style={{ width: 170 }}
                    options={REFERENCE_KINDS.map((k) => ({ value: k, label: t(`referenceKind.${k}`) }))}
                  />
                </Form.Item>
                <Form.Item name={[field.name, "reference"]} rules={[{ required: true, whitespace: true }]}>
                  <Input placeholder={t("sub.reference")} aria-label={t("sub.reference")} style={{ width: 220 }} />
                </Form.Item>
                <Form.Item name={[field.name, "referenceUrl"]}>
                  <Input placeholder="https://" aria-label={t("sub.referenceUrl")} style={{ width: 160 }} />
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  aria-label={t("sub.remove")}
                  onClick={() => remove(field.name)}
                />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} className="gap-bottom">
              {t("sub.addItem")}
            </Button>
          </>
        )}
      </Form.List>
      <Space wrap>
        <Form.Item name="documentTitle" label={t("sub.documentTitle")}>
          <Input style={{ width: 300 }} />
        </Form.Item>
        <Form.Item name="documentUrl" label={t("sub.documentUrl")}>
          <Input placeholder="https://" style={{ width: 300 }} />
        </Form.Item>
      </Space>
      <Typography.Title level={5}>{t("sub.materials")}</Typography.Title>
      <Form.List name="mediaMaterials">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} wrap align="start">
                <Form.Item name={[field.name, "kind"]} initialValue="publication">
                  <Select
                    aria-label={t("sub.materials")}
                    style={{ width: 150 }}
                    options={MATERIAL_KINDS.map((k) => ({ value: k, label: t(`sub.material.${k}`) }))}
                  />
                </Form.Item>
                <Form.Item name={[field.name, "url"]} rules={[{ required: true }]}>
                  <Input placeholder="https://" aria-label={t("sub.referenceUrl")} style={{ width: 260 }} />
                </Form.Item>
                <Form.Item name={[field.name, "title"]}>
                  <Input placeholder={t("sub.title")} aria-label={t("sub.title")} style={{ width: 220 }} />
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  aria-label={t("sub.remove")}
                  onClick={() => remove(field.name)}
                />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
              {t("sub.addMaterial")}
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}
