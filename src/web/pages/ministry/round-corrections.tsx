/**
 * Issue 10 on the round screen: each §20 difference with its resolution (accept submitted / accept
 * recorded, with a note), each missing §16 publication with its exemption (reason), and the kept
 * versions of the results. After publication every change asks for the correction's reason.
 */
import { useState } from "react";
import { Alert, App, Button, Card, Input, Popconfirm, Space, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../../api.ts";
import { useLoad } from "../../use-load.ts";
import { useLang } from "../../locale.tsx";
import { slotName } from "../../../domain/evaluation/explanation.ts";
import { fmtDateTime, pickName } from "../../format.ts";
import type { Body, Difference, Result, Round } from "../../types.ts";
import type { ResultVersion } from "../../../server/http/api-contract.ts";

export function RoundCorrections({
  round,
  results,
  bodies,
  onChanged,
}: {
  round: Round;
  results: Result[];
  bodies: Map<string, Body>;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const { message } = App.useApp();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const versions = useLoad(
    () => api<{ versions: ResultVersion[] }>(`/api/evaluations/${round.id}/versions`).then((r) => r.versions),
    [round.id, results],
  );
  const editable = round.status === "computed" || round.status === "published";
  const name = (bodyId: string) => pickName(bodies.get(bodyId)?.name, lang);
  const post = async (path: string, body: unknown) => {
    setError(null);
    try {
      await api(`/api/evaluations/${round.id}/${path}`, { method: "POST", body });
      setText("");
      void message.success(t("fix.saved"));
      onChanged();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };
  const noteInput = (placeholder: string, testId: string) => (
    <Input.TextArea
      rows={3}
      maxLength={2000}
      value={text}
      onChange={(e) => setText(e.target.value)}
      placeholder={placeholder}
      aria-label={placeholder}
      data-testid={testId}
    />
  );

  const submissions = results.filter((r) => r.source === "submission");
  const differences = submissions.flatMap((r) =>
    (r.explanation?.differences ?? []).map((d) => ({ ...d, bodyId: r.bodyId, key: `${r.bodyId}:${d.field}` })),
  );
  const unresolved = differences.filter((d) => !d.resolution).length;
  // §16 by evidence: one row per body and missing slot, from the official row (submission) or the record.
  const byBody = new Map<string, Result>();
  for (const r of results) if (!byBody.has(r.bodyId) || r.source === "submission") byBody.set(r.bodyId, r);
  const missing = [...byBody.values()].flatMap((r) =>
    (r.explanation?.missingSlots ?? []).map((slot) => ({
      key: `${r.bodyId}:${slot}`,
      bodyId: r.bodyId,
      slot,
      exemption: r.explanation?.exemptions?.find((e) => e.slot === slot),
    })),
  );
  const value = (v: Difference["submitted"]) => (typeof v === "boolean" ? t(v ? "fix.yes" : "fix.no") : String(v));

  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }} data-testid="round-corrections">
      {error && <Alert type="error" showIcon message={error} role="alert" />}
      <Card title={t("round.differences")}>
        <Alert
          className="gap-bottom"
          type={unresolved > 0 ? "warning" : "success"}
          showIcon
          data-testid="round-unresolved"
          message={unresolved > 0 ? t("fix.unresolved", { count: unresolved }) : t("fix.allResolved")}
        />
        <Table
          rowKey="key"
          size="small"
          dataSource={differences}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            { title: t("round.body"), render: (_: unknown, d) => name(d.bodyId) },
            { title: t("fix.field"), dataIndex: "field", width: 170 },
            { title: t("fix.submitted"), render: (_: unknown, d) => value(d.submitted), width: 110 },
            { title: t("fix.recorded"), render: (_: unknown, d) => value(d.recorded), width: 110 },
            {
              title: t("fix.resolution"),
              render: (_: unknown, d) => (
                <Space wrap>
                  {d.resolution && (
                    <Tag color="green">
                      {t("fix.resolvedAs", { choice: t(`fix.choice.${d.resolution.choice}`), note: d.resolution.note })}
                    </Tag>
                  )}
                  {editable &&
                    (["submitted", "recorded"] as const).map((choice) => (
                      <Popconfirm
                        key={choice}
                        title={t(choice === "submitted" ? "fix.acceptSubmitted" : "fix.acceptRecorded")}
                        description={noteInput(t("fix.note"), "resolution-note")}
                        okText={t("fix.save")}
                        cancelText={t("common.cancel")}
                        onConfirm={() => post(`resolutions/${d.bodyId}`, { field: d.field, choice, note: text })}
                      >
                        <Button size="small" data-testid={`resolve-${choice}`}>
                          {t(choice === "submitted" ? "fix.acceptSubmitted" : "fix.acceptRecorded")}
                        </Button>
                      </Popconfirm>
                    ))}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Card title={t("fix.missing")}>
        {missing.length === 0 ? (
          <Typography.Text type="secondary">{t("fix.noMissing")}</Typography.Text>
        ) : (
          <Table
            rowKey="key"
            size="small"
            dataSource={missing}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            columns={[
              { title: t("round.body"), render: (_: unknown, m) => name(m.bodyId) },
              { title: t("fix.slot"), dataIndex: "slot", width: 130, render: (slot: string) => slotName(slot, lang) },
              {
                title: t("fix.resolution"),
                render: (_: unknown, m) =>
                  m.exemption ? (
                    <Tag color="blue">{t("fix.exempted", { reason: m.exemption.reason })}</Tag>
                  ) : (
                    <Space wrap>
                      <Tag color="red">{t("fix.zeroing")}</Tag>
                      {editable && (
                        <Popconfirm
                          title={t("fix.exempt")}
                          description={noteInput(t("fix.exemptReason"), "exemption-reason")}
                          okText={t("fix.save")}
                          cancelText={t("common.cancel")}
                          onConfirm={() => post(`exemptions/${m.bodyId}`, { slot: m.slot, reason: text })}
                        >
                          <Button size="small" data-testid="exempt-slot">
                            {t("fix.exempt")}
                          </Button>
                        </Popconfirm>
                      )}
                    </Space>
                  ),
              },
            ]}
          />
        )}
      </Card>
      <Card title={t("fix.versions")} data-testid="round-versions">
        <Table
          rowKey="version"
          size="small"
          loading={versions.loading}
          dataSource={versions.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: t("fix.version"), dataIndex: "version", width: 90 },
            { title: t("fix.cause"), dataIndex: "cause", render: (c: string) => t(`fix.cause.${c}`), width: 190 },
            { title: t("fix.reason"), dataIndex: "reason", render: (r: string | null) => r ?? "—" },
            { title: t("fix.by"), dataIndex: "createdBy", width: 200 },
            { title: t("fix.at"), dataIndex: "createdAt", render: fmtDateTime, width: 150 },
            { title: t("fix.publishedAt"), dataIndex: "publishedAt", render: fmtDateTime, width: 150 },
          ]}
        />
      </Card>
    </Space>
  );
}
