/**
 * §17: the body's list of topics for conferences and surveys of a quarter — added from the problems
 * of the quarter's appeals and social comments, then kept by the body (rename, remove, add), each
 * linked to the §18 conferences and surveys held on it. The §17 document prints this list.
 */
import { useState } from "react";
import { Alert, App, Button, Card, Empty, Input, List, Popconfirm, Select, Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../../api.ts";
import { useLoad } from "../../use-load.ts";
import { useLang } from "../../locale.tsx";
import { fmtDate, pickName } from "../../format.ts";
import type { Localized } from "../../types.ts";
import type * as Api from "../../../server/http/api-contract.ts";

type Topic = Api.ConferenceTopic;
interface DialogueEvent {
  id: string;
  kind: string;
  topic: string;
  startsOn: string;
}

export function ConferenceTopicsCard({
  bodyId,
  period,
  canEdit,
}: {
  bodyId: string;
  period: string;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const { message } = App.useApp();
  const [failure, setFailure] = useState<string | null>(null);
  const [draft, setDraft] = useState("");
  const quarter = /^\d{4}-Q[1-4]$/.test(period) ? period : null;
  const topics = useLoad(
    () =>
      quarter
        ? api<Topic[]>(`/api/bodies/${bodyId}/conference-topics`, { query: { quarter } })
        : Promise.resolve([] as Topic[]),
    [bodyId, quarter],
  );
  const events = useLoad(
    () => api<DialogueEvent[]>("/api/evidence/dialogue-events", { query: { bodyId } }).catch(() => []),
    [bodyId],
  );
  if (!quarter) return null;
  const act = async (action: () => Promise<unknown>, done?: string) => {
    setFailure(null);
    try {
      await action();
      if (done) void message.success(done);
      topics.reload();
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : String(e));
    }
  };
  const build = () =>
    act(async () => {
      const r = await api<{ added: number }>(`/api/bodies/${bodyId}/conference-topics/build`, {
        method: "POST",
        body: { quarter },
      });
      void message.success(t("topics17.added", { count: r.added }));
    });
  const patch = (id: string, body: Record<string, unknown>) =>
    act(() => api(`/api/conference-topics/${id}`, { method: "PATCH", body }));

  return (
    <Card title={t("topics17.title")} data-testid="conference-topics">
      <Typography.Paragraph type="secondary">{t("topics17.intro")}</Typography.Paragraph>
      {failure && <Alert type="error" showIcon message={failure} className="gap-bottom" role="alert" />}
      {canEdit && (
        <Space wrap className="gap-bottom">
          <Button onClick={build}>{t("topics17.build")}</Button>
          <Input
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            placeholder={t("topics17.newTitle")}
            aria-label={t("topics17.newTitle")}
            style={{ width: 320 }}
          />
          <Button
            disabled={!draft.trim()}
            onClick={() =>
              act(async () => {
                await api(`/api/bodies/${bodyId}/conference-topics`, {
                  method: "POST",
                  body: { quarter, title: { [lang]: draft.trim() } },
                });
                setDraft("");
              })
            }
          >
            {t("topics17.addOwn")}
          </Button>
        </Space>
      )}
      <List
        loading={topics.loading}
        dataSource={topics.data ?? []}
        locale={{ emptyText: <Empty description={t("topics17.empty")} /> }}
        renderItem={(topic) => (
          <List.Item
            actions={
              canEdit
                ? [
                    <Popconfirm
                      key="remove"
                      title={t("topics17.remove")}
                      onConfirm={() => act(() => api(`/api/conference-topics/${topic.id}`, { method: "DELETE" }))}
                    >
                      <Button size="small" type="link">
                        {t("topics17.remove")}
                      </Button>
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <Space direction="vertical" style={{ width: "100%" }}>
              <Space wrap>
                <Typography.Text
                  strong
                  editable={
                    canEdit
                      ? {
                          tooltip: t("topics17.rename"),
                          onChange: (text) => {
                            if (text.trim() && text !== pickName(topic.title, lang))
                              void patch(topic.id, { title: { ...topic.title, [lang]: text.trim() } });
                          },
                        }
                      : false
                  }
                >
                  {pickName(topic.title, lang)}
                </Typography.Text>
                <Tag>{t(`topics17.origin.${topic.origin}`)}</Tag>
                {topic.origin === "analysis" && (
                  <Typography.Text type="secondary">
                    {topic.items} {t("topics17.items")}
                  </Typography.Text>
                )}
              </Space>
              {canEdit ? (
                <Select
                  mode="multiple"
                  style={{ width: "100%" }}
                  aria-label={t("topics17.events")}
                  placeholder={t("topics17.events")}
                  value={topic.events.map((e) => e.id)}
                  onChange={(ids: string[]) => void patch(topic.id, { eventIds: ids })}
                  options={(events.data ?? []).map((e) => ({
                    value: e.id,
                    label: `${fmtDate(e.startsOn)} · ${e.topic}`,
                  }))}
                />
              ) : (
                <Typography.Text type="secondary">
                  {t("topics17.events")}:{" "}
                  {topic.events.length === 0
                    ? t("topics17.noEvents")
                    : topic.events.map((e) => `${fmtDate(e.startsOn)} ${e.topic}`).join("; ")}
                </Typography.Text>
              )}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
