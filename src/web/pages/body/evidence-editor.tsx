/**
 * Recording and correcting a piece of evidence (issue 13): one modal for §16 publications, §6 media
 * work, §18 conferences and surveys and §12 council sessions. A correction sends only what changed,
 * names the revision it corrects and says why; the server keeps the old version.
 */
import { useState } from "react";
import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../../api.ts";
import { DATE_FORMAT } from "../../format.ts";
import { useSubmitOnce } from "../../use-submit-once.ts";
import { useReturnFocus } from "../../use-return-focus.ts";

export type EvidenceEntity = "result-publications" | "media-work" | "dialogue-events" | "council-sessions";
export type EvidenceRecord = Record<string, unknown> & { id: string; revision: number };

type FieldType = "text" | "url" | "date" | "number" | "select";
interface FieldSpec {
  name: string;
  label: string;
  type: FieldType;
  required?: boolean;
  options?: string[];
  optionLabel?: string;
}

const KINDS: Record<EvidenceEntity, { prefix: string; values: string[] } | null> = {
  "result-publications": { prefix: "publicationKind", values: ["interim", "final"] },
  "media-work": { prefix: "mediaKind", values: ["briefing", "publication", "live_broadcast"] },
  "dialogue-events": { prefix: "dialogueKind", values: ["internet_conference", "survey"] },
  "council-sessions": null,
};

export function evidenceFields(entity: EvidenceEntity): FieldSpec[] {
  const kind = KINDS[entity];
  const kindField: FieldSpec[] = kind
    ? [
        {
          name: "kind",
          label: "evidence.kind",
          type: "select",
          required: true,
          options: kind.values,
          optionLabel: kind.prefix,
        },
      ]
    : [];
  const titles = (base: "title" | "topic"): FieldSpec[] => [
    { name: base, label: `evidenceEdit.${base}Kk`, type: "text", required: true },
    { name: `${base}Ru`, label: `evidenceEdit.${base}Ru`, type: "text" },
    { name: `${base}En`, label: `evidenceEdit.${base}En`, type: "text" },
  ];
  switch (entity) {
    case "result-publications":
      return [
        ...kindField,
        { name: "periodYear", label: "evidenceEdit.year", type: "number", required: true },
        { name: "periodQuarter", label: "evidenceEdit.quarter", type: "select", options: ["1", "2", "3", "4"] },
        ...titles("title"),
        { name: "url", label: "evidenceEdit.url", type: "url", required: true },
        { name: "publishedOn", label: "evidenceEdit.publishedOn", type: "date", required: true },
      ];
    case "media-work":
      return [
        ...kindField,
        ...titles("title"),
        { name: "url", label: "evidenceEdit.url", type: "url" },
        { name: "proofUrl", label: "evidenceEdit.proofUrl", type: "url" },
        { name: "announcedOn", label: "evidence.announced", type: "date" },
        { name: "happenedOn", label: "evidence.happened", type: "date", required: true },
      ];
    case "dialogue-events":
      return [
        ...kindField,
        ...titles("topic"),
        { name: "url", label: "evidenceEdit.url", type: "url", required: true },
        { name: "startsOn", label: "evidenceEdit.startsOn", type: "date", required: true },
        { name: "endsOn", label: "evidenceEdit.endsOn", type: "date" },
        { name: "participants", label: "evidence.participants", type: "number" },
        { name: "questions", label: "evidenceEdit.questions", type: "number" },
      ];
    case "council-sessions":
      return [
        { name: "heldOn", label: "evidenceEdit.heldOn", type: "date", required: true },
        { name: "protocolUrl", label: "evidenceEdit.protocolUrl", type: "url", required: true },
      ];
  }
}

/** Form values → wire values (dates as YYYY-MM-DD, empty → null, quarters as numbers). */
function toWire(spec: FieldSpec, value: unknown): unknown {
  if (value === undefined || value === null || value === "") return null;
  if (spec.type === "date") return (value as Dayjs).format("YYYY-MM-DD");
  if (spec.name === "periodQuarter") return Number(value);
  if (typeof value === "string") return value.trim() || null;
  return value;
}
function toForm(spec: FieldSpec, value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  if (spec.type === "date") return dayjs(value as string);
  if (spec.name === "periodQuarter") return String(value);
  return value;
}

export function EvidenceEditor({
  entity,
  what,
  bodyId,
  extra,
  record,
  onClose,
}: {
  entity: EvidenceEntity;
  /** The card's title, shown in the modal's title. */
  what: string;
  bodyId: string;
  /** Fixed values sent with a new record (a council session's initiative). */
  extra?: Record<string, unknown>;
  /** The record to correct; none to record a new one. */
  record?: EvidenceRecord;
  onClose: (changed: boolean) => void;
}) {
  const { t } = useTranslation();
  useReturnFocus();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, unknown>>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const fields = evidenceFields(entity);
  const kind = Form.useWatch("kind", form);

  const once = useSubmitOnce();
  const save = once(async (values: Record<string, unknown>) => {
    setBusy(true);
    setFailure(null);
    try {
      const wire: Record<string, unknown> = {};
      for (const f of fields) wire[f.name] = toWire(f, values[f.name]);
      if (entity === "result-publications" && wire.kind === "final") wire.periodQuarter = null;
      if (record) {
        const changes = Object.fromEntries(
          Object.entries(wire).filter(
            ([k, v]) => (record[k] ?? null) !== v && !(v === null && record[k] === undefined),
          ),
        );
        await api(`/api/evidence/${entity}/${record.id}`, {
          method: "PATCH",
          body: { revision: record.revision, reason: String(values.reason ?? "").trim(), changes },
        });
        void message.success(t("evidenceEdit.corrected"));
      } else {
        const body = Object.fromEntries(Object.entries(wire).filter(([, v]) => v !== null));
        const url =
          entity === "council-sessions" ? `/api/bodies/${bodyId}/council-sessions` : `/api/evidence/${entity}`;
        await api(url, {
          method: "POST",
          body: { ...(entity === "council-sessions" ? {} : { bodyId }), ...extra, ...body },
        });
        void message.success(t("evidenceEdit.saved"));
      }
      onClose(true);
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  });

  const initial = record
    ? Object.fromEntries(fields.map((f) => [f.name, toForm(f, record[f.name])]))
    : entity === "result-publications"
      ? { kind: "interim", periodYear: dayjs().year() }
      : KINDS[entity]
        ? { kind: KINDS[entity]!.values[0] }
        : {};

  return (
    <Modal
      open
      width={640}
      title={t(record ? "evidenceEdit.correctTitle" : "evidenceEdit.recordTitle", { what })}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okText={t(record ? "evidenceEdit.correct" : "evidenceEdit.record")}
      okButtonProps={{ id: "evidence-save" }}
      destroyOnHidden
    >
      {failure && <Alert type="error" showIcon message={failure} className="gap-bottom" data-testid="evidence-error" />}
      <Form form={form} layout="vertical" onFinish={save} initialValues={initial}>
        {fields.map((f) => {
          if (f.name === "periodQuarter" && kind === "final") return null;
          const rules = [
            ...(f.required || (f.name === "periodQuarter" && kind === "interim")
              ? [
                  {
                    required: true,
                    message: t(
                      f.name === "periodQuarter"
                        ? "evidenceEdit.quarterRequired"
                        : f.name === "title" || f.name === "topic"
                          ? "evidenceEdit.titleRequired"
                          : "evidenceEdit.required",
                    ),
                  },
                ]
              : []),
            ...(f.type === "url" ? [{ pattern: /^https?:\/\/\S+$/, message: t("evidenceEdit.urlInvalid") }] : []),
          ];
          return (
            // required={false} on a Select: antd would put aria-required on its wrapper div (axe:
            // aria-allowed-attr, critical); the rule still asks, only the asterisk goes.
            <Form.Item
              key={f.name}
              name={f.name}
              label={t(f.label)}
              rules={rules}
              required={f.type === "select" ? false : undefined}
            >
              {f.type === "select" ? (
                <Select
                  data-testid={`evidence-${f.name}`}
                  options={f.options!.map((o) => ({
                    value: o,
                    label: f.optionLabel ? t(`${f.optionLabel}.${o}`) : t("period.q", { n: o }),
                  }))}
                />
              ) : f.type === "date" ? (
                <DatePicker format={DATE_FORMAT} data-testid={`evidence-${f.name}`} />
              ) : f.type === "number" ? (
                <InputNumber
                  min={f.name === "periodYear" ? 2024 : 0}
                  max={f.name === "periodYear" ? 2100 : undefined}
                  data-testid={`evidence-${f.name}`}
                />
              ) : (
                <Input
                  type={f.type === "url" ? "url" : "text"}
                  placeholder={f.type === "url" ? "https://" : undefined}
                  maxLength={f.type === "url" ? 2000 : 1000}
                  data-testid={`evidence-${f.name}`}
                />
              )}
            </Form.Item>
          );
        })}
        {record && (
          <Form.Item
            name="reason"
            label={t("evidenceEdit.reason")}
            rules={[{ required: true, whitespace: true, message: t("evidenceEdit.reasonRequired") }]}
          >
            <Input.TextArea rows={2} maxLength={2000} data-testid="evidence-reason" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** Withdrawing a record with a reason: it stays in the history, marked, and proves no duty. */
export function WithdrawEvidence({
  entity,
  record,
  onClose,
}: {
  entity: EvidenceEntity;
  record: EvidenceRecord;
  onClose: (changed: boolean) => void;
}) {
  const { t } = useTranslation();
  useReturnFocus();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const once = useSubmitOnce();
  const withdraw = once(async ({ reason }: { reason: string }) => {
    setBusy(true);
    setFailure(null);
    try {
      await api(`/api/evidence/${entity}/${record.id}/withdraw`, {
        method: "POST",
        body: { revision: record.revision, reason: reason.trim() },
      });
      void message.success(t("evidenceEdit.withdrawn"));
      onClose(true);
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  });
  return (
    <Modal
      open
      title={t("evidenceEdit.withdrawTitle")}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okText={t("evidenceEdit.withdraw")}
      okButtonProps={{ danger: true, id: "evidence-withdraw-confirm" }}
      destroyOnHidden
    >
      <Alert type="warning" showIcon message={t("evidenceEdit.withdrawHelp")} className="gap-bottom" />
      {failure && <Alert type="error" showIcon message={failure} className="gap-bottom" />}
      <Form form={form} layout="vertical" onFinish={withdraw}>
        <Form.Item
          name="reason"
          label={t("evidenceEdit.reason")}
          rules={[{ required: true, whitespace: true, message: t("evidenceEdit.reasonRequired") }]}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="evidence-withdraw-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
