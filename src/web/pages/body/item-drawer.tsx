/**
 * One item: its text (always as plain text), its facts, and the officer's actions — accept with the
 * §20.1 reference, reject with a reason, answer a comment, correct the kind — with the full
 * history of who did what and when. A decision is changed, never overwritten (replacesDecisionId).
 */
import { useState } from "react";
import { Alert, App, Descriptions, Drawer, Select, Space, Spin, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../../api.ts";
import { useLoad } from "../../use-load.ts";
import { fmtDate } from "../../format.ts";
import { StatusTag } from "../../components/tags.tsx";
import { ITEM_KINDS, type ItemDetail, type ItemKind } from "../../types.ts";
import { PersonalDataSection, type PersonalSummary } from "./personal-data-section.tsx";
import { FollowThroughSection } from "./follow-through-section.tsx";
import { TeamworkSection } from "./teamwork-section.tsx";
import { ItemInitiative } from "./item-links.tsx";
import { AnswerEditor, DecisionEditor } from "./item-editors.tsx";
import { ItemHistory } from "./item-history.tsx";
import { useFocusDrawerOnOpen, useReturnFocus } from "../../use-return-focus.ts";

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
  useFocusDrawerOnOpen();
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
          <ItemHistory detail={data} />
        </>
      )}
    </Drawer>
  );
}
