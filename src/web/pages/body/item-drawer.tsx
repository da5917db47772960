/**
 * One item: its text (always as plain text), its facts, and the officer's actions — accept with the
 * §20.1 reference, reject with a reason, answer a comment, correct the kind — with the full
 * history of who did what and when. A decision is changed, never overwritten (replacesDecisionId).
 */
import { useState } from "react";
import {
  Alert,
  App,
  Button,
  Descriptions,
  Divider,
  Drawer,
  Form,
  Input,
  Radio,
  Select,
  Space,
  Spin,
  Tag,
  Timeline,
  Typography,
} from "antd";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../../api.ts";
import { useLoad } from "../../use-load.ts";
import { fmtDate, fmtDateTime } from "../../format.ts";
import { StatusTag } from "../../components/tags.tsx";
import { ITEM_KINDS, REFERENCE_KINDS, type ItemDetail, type ItemKind, type ReferenceKind } from "../../types.ts";
import { PersonalDataSection, type PersonalSummary } from "./personal-data-section.tsx";
import { FollowThroughSection } from "./follow-through-section.tsx";
import { TeamworkSection } from "./teamwork-section.tsx";
import { HistoryLink, ItemInitiative } from "./item-links.tsx";
import { useReturnFocus } from "../../use-return-focus.ts";

interface DecisionForm {
  outcome: "accepted" | "rejected";
  referenceKind?: ReferenceKind;
  referenceText?: string;
  referenceUrl?: string;
  reason?: string;
}

export function ItemDrawer({
  id,
  canAct,
  onClose,
  onChanged,
}: {
  id: number;
  canAct: boolean;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  useReturnFocus();
  const { message } = App.useApp();
  const { data, loading, error, reload } = useLoad(
    () => api<ItemDetail & { personal: PersonalSummary | null }>(`/api/feedback/${id}`),
    [id],
  );
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const run = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setFailure(null);
    try {
      await action();
      void message.success(done);
      reload();
      onChanged();
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const item = data?.item;
  const decidable = item && (item.kind === "remark" || item.kind === "proposal");
  const answerable = item?.kind === "comment";

  return (
    <Drawer
      open
      width={640}
      onClose={onClose}
      title={t("item.title", { id })}
      destroyOnHidden
      data-testid="item-drawer"
    >
      {error && <Alert type="error" showIcon message={error.message} />}
      {!data && loading && <Spin />}
      {item && (
        <>
          <Space wrap className="gap-bottom">
            <Tag>{t(`kind.${item.kind}`)}</Tag>
            <StatusTag status={item.status} />
          </Space>
          <Typography.Paragraph className="item-text" data-testid="item-text">
            {item.text}
          </Typography.Paragraph>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t("inbox.received")}>
              <span data-testid="item-received">{fmtDate(item.receivedAt)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t("inbox.channel")}>{t(`channel.${item.channel}`)}</Descriptions.Item>
            <Descriptions.Item label={t("inbox.lang")}>{t(`itemLang.${item.lang}`)}</Descriptions.Item>
            {item.clauseRef && <Descriptions.Item label={t("item.clause")}>{item.clauseRef}</Descriptions.Item>}
            {item.initiativeId && (
              <Descriptions.Item label={t("item.initiative")}>
                <ItemInitiative initiativeId={item.initiativeId} />
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t("item.sourceRef")}>{item.sourceRef}</Descriptions.Item>
            <Descriptions.Item label={t("item.kindOrigin")}>
              {t(`kindOrigin.${item.kindOrigin}`, { defaultValue: item.kindOrigin })}
            </Descriptions.Item>
          </Descriptions>
          {/* Reloads after a reveal so the history lists the new personal.read entry. */}
          <PersonalDataSection itemId={item.id} personal={data.personal} onRevealed={reload} />
          <FollowThroughSection key={item.decision?.id ?? "none"} itemId={item.id} canAct={canAct} />
          {failure && <Alert className="gap-top" type="error" showIcon message={failure} role="alert" />}

          {canAct && decidable && (
            <DecisionEditor
              key={item.decision?.id ?? "new"}
              busy={busy}
              current={item.decision?.outcome ?? null}
              onSubmit={(v) =>
                run(
                  () =>
                    api(`/api/feedback/${id}/decision`, {
                      method: "POST",
                      body:
                        v.outcome === "accepted"
                          ? {
                              outcome: "accepted",
                              referenceKind: v.referenceKind,
                              referenceText: v.referenceText,
                              referenceUrl: v.referenceUrl || null,
                              replacesDecisionId: item.decision?.id,
                            }
                          : { outcome: "rejected", reason: v.reason, replacesDecisionId: item.decision?.id },
                    }),
                  v.outcome === "accepted" ? t("item.acceptedDone") : t("item.rejectedDone"),
                )
              }
            />
          )}
          {canAct && answerable && (
            <AnswerEditor
              key={item.answer?.id ?? "new"}
              busy={busy}
              existing={Boolean(item.answer)}
              onSubmit={(text, url) =>
                run(
                  () =>
                    api(`/api/feedback/${id}/answer`, {
                      method: "POST",
                      body: { text, url: url || null, replacesAnswerId: item.answer?.id },
                    }),
                  t("item.answeredDone"),
                )
              }
            />
          )}
          {canAct && (
            <div className="gap-top">
              <Typography.Text type="secondary">{t("item.changeKind")}: </Typography.Text>
              <Select<ItemKind>
                aria-label={t("item.changeKind")}
                value={item.kind}
                disabled={busy}
                style={{ width: 200 }}
                options={ITEM_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
                onChange={(kind) =>
                  run(() => api(`/api/feedback/${id}/kind`, { method: "PATCH", body: { kind } }), t("item.kindChanged"))
                }
              />
            </div>
          )}
          <TeamworkSection itemId={item.id} canAct={canAct} />
          <History detail={data} />
        </>
      )}
    </Drawer>
  );
}

function DecisionEditor({
  busy,
  current,
  onSubmit,
}: {
  busy: boolean;
  current: "accepted" | "rejected" | null;
  onSubmit: (v: DecisionForm) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<DecisionForm>();
  const outcome = Form.useWatch("outcome", form);
  return (
    <>
      <Divider orientation="left">{current ? t("item.changeDecision") : t("item.decide")}</Divider>
      <Form
        form={form}
        layout="vertical"
        onFinish={onSubmit}
        initialValues={{ referenceKind: "act_clause" }}
        data-testid="decision-form"
      >
        {/* A validator rather than `required`: Ant would put aria-required on the group's plain div, which
            ARIA does not allow (axe: aria-allowed-attr); the save button stays disabled until one is chosen. */}
        <Form.Item
          name="outcome"
          label={t("item.outcome")}
          rules={[
            { validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error(t("item.outcomeRequired")))) },
          ]}
        >
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: "accepted", label: t("item.accept") },
              { value: "rejected", label: t("item.reject") },
            ]}
          />
        </Form.Item>
        {outcome === "accepted" && (
          <>
            <Form.Item name="referenceKind" label={t("item.referenceKind")} rules={[{ required: true }]}>
              <Select options={REFERENCE_KINDS.map((k) => ({ value: k, label: t(`referenceKind.${k}`) }))} />
            </Form.Item>
            <Form.Item
              name="referenceText"
              label={t("item.reference")}
              extra={t("item.referenceHelp")}
              rules={[{ required: true, whitespace: true, message: t("item.referenceRequired") }]}
            >
              <Input.TextArea rows={2} maxLength={2000} data-testid="reference-text" />
            </Form.Item>
            <Form.Item
              name="referenceUrl"
              label={t("item.referenceUrl")}
              rules={[{ type: "url", message: t("item.urlInvalid") }]}
            >
              <Input placeholder="https://" />
            </Form.Item>
          </>
        )}
        {outcome === "rejected" && (
          <Form.Item
            name="reason"
            label={t("item.reason")}
            rules={[{ required: true, whitespace: true, message: t("item.reasonRequired") }]}
          >
            <Input.TextArea rows={3} maxLength={4000} data-testid="reject-reason" />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={busy} disabled={!outcome} data-testid="decision-submit">
          {t("item.save")}
        </Button>
      </Form>
    </>
  );
}

function AnswerEditor({
  busy,
  existing,
  onSubmit,
}: {
  busy: boolean;
  existing: boolean;
  onSubmit: (text: string, url?: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Divider orientation="left">{existing ? t("item.changeAnswer") : t("item.answer")}</Divider>
      <Form
        layout="vertical"
        onFinish={(v: { text: string; url?: string }) => onSubmit(v.text, v.url)}
        data-testid="answer-form"
      >
        <Form.Item
          name="text"
          label={t("item.answerText")}
          rules={[{ required: true, whitespace: true, message: t("item.answerRequired") }]}
        >
          <Input.TextArea rows={4} maxLength={8000} data-testid="answer-text" />
        </Form.Item>
        <Form.Item name="url" label={t("item.answerUrl")} rules={[{ type: "url", message: t("item.urlInvalid") }]}>
          <Input placeholder="https://" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="answer-submit">
          {t("item.send")}
        </Button>
      </Form>
    </>
  );
}

/** Decisions and answers store the user's id; the audit entry written in the same transaction names them. */
function whoDid(detail: ItemDetail, prefix: "decision." | "answer.", at: string, fallback: string | null): string {
  const time = Date.parse(at);
  let best: { actor: string; gap: number } | null = null;
  for (const a of detail.audit) {
    if (!a.action.startsWith(prefix)) continue;
    const gap = Math.abs(Date.parse(a.at) - time);
    if (!best || gap < best.gap) best = { actor: a.actor, gap };
  }
  return best && best.gap < 60_000 ? best.actor : (fallback ?? "—");
}

function History({ detail }: { detail: ItemDetail }) {
  const { t } = useTranslation();
  const entries = [
    ...detail.decisions.map((d) => ({
      at: d.decidedAt,
      color: d.outcome === "accepted" ? "green" : "red",
      text: (
        <>
          <Typography.Text strong delete={Boolean(d.supersededAt)}>
            {t(`status.${d.outcome}`)}
          </Typography.Text>
          {d.reference?.text && (
            <div>
              {t(`referenceKind.${d.reference.kind ?? "document"}`)}: {d.reference.text}
              {d.reference.url && (
                <>
                  {" "}
                  · <HistoryLink url={d.reference.url} />
                </>
              )}
            </div>
          )}
          {d.reason && (
            <div>
              {t("item.reason")}: {d.reason}
            </div>
          )}
          <Typography.Text type="secondary">
            {whoDid(detail, "decision.", d.decidedAt, d.decidedBy)}
            {d.supersededAt ? ` · ${t("item.superseded", { date: fmtDateTime(d.supersededAt) })}` : ""}
          </Typography.Text>
        </>
      ),
    })),
    ...detail.answers.map((a) => ({
      at: a.answeredAt,
      color: "blue",
      text: (
        <>
          <Typography.Text strong delete={Boolean(a.supersededAt)}>
            {t("item.answerGiven")}
          </Typography.Text>
          <div className="item-text">{a.text}</div>
          {a.url && <HistoryLink url={a.url} />}
          <Typography.Text type="secondary">
            {whoDid(detail, "answer.", a.answeredAt, a.answeredBy)}
            {a.supersededAt ? ` · ${t("item.superseded", { date: fmtDateTime(a.supersededAt) })}` : ""}
          </Typography.Text>
        </>
      ),
    })),
  ].sort((x, y) => y.at.localeCompare(x.at));
  return (
    <>
      <Divider orientation="left">{t("item.history")}</Divider>
      {entries.length === 0 ? (
        <Typography.Text type="secondary">{t("item.noHistory")}</Typography.Text>
      ) : (
        <Timeline
          data-testid="item-history"
          items={entries.map((e) => ({
            color: e.color,
            children: (
              <>
                <div className="history-date">{fmtDateTime(e.at)}</div>
                {e.text}
              </>
            ),
          }))}
        />
      )}
      {detail.audit.length > 0 && (
        <details className="audit-details">
          <summary>{t("item.audit", { count: detail.audit.length })}</summary>
          <ul>
            {detail.audit.map((a) => (
              <li key={a.id}>
                {fmtDateTime(a.at)} · {a.actor} · {a.action} · <code>{a.hash.slice(0, 12)}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
