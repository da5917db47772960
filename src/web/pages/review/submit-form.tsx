/**
 * The officer hands the quarter's analysis to the head (§14–§15): a summary and the recommendations,
 * prefilled from the last submitted version (after a return) or from the §14 analysis' drafts.
 */
import { useEffect, useState } from "react";
import { Alert, App, Button, Card, Form, Input, Select, Space, Typography } from "antd";
import { DeleteOutlined, PlusOutlined, SendOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import { useLang } from "../../locale.tsx";
import { periodLabel } from "../../format.ts";
import type { Review, ReviewDetail } from "./types.ts";
import { useSubmitOnce } from "../../use-submit-once.ts";

interface Values {
  summary: string;
  recommendations: string[];
}
interface AnalysisDrafts {
  recommendations: { text: { kk: string; ru: string; en: string } }[];
  /** The officer's edit saved on the analysis page: what is submitted, before the generated drafts. */
  savedDrafts?: { lang: "kk" | "ru" | "en"; recommendations: string[] }[];
}

/** The last eight quarters that have ended, newest first. */
export function recentQuarters(last: string): string[] {
  const [y, q] = last.split("-Q").map(Number) as [number, number];
  return Array.from({ length: 8 }, (_, i) => {
    const index = y * 4 + (q - 1) - i;
    return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  });
}

export function SubmitForm({
  bodyId,
  quarters,
  quarter,
  onQuarter,
  existing,
  onSubmitted,
}: {
  bodyId: string;
  quarters: string[];
  quarter: string;
  onQuarter: (q: string) => void;
  existing: Review | undefined;
  onSubmitted: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { lang } = useLang();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [source, setSource] = useState<"version" | "analysis" | "none" | null>(null);
  const locked = existing?.status === "approved";

  // Prefill once per quarter (and again when a new version appears), never over the officer's typing in between.
  useEffect(() => {
    let stale = false;
    setSource(null);
    const fill = async () => {
      if (existing) {
        const detail = await api<ReviewDetail>(`/api/reviews/${existing.id}`);
        const last = [...detail.versions].sort((a, b) => b.version - a.version)[0];
        if (last)
          return {
            values: {
              summary: last.summary ?? "",
              recommendations: last.recommendations.length ? last.recommendations : [""],
            },
            from: "version" as const,
          };
      }
      const analysis = await api<AnalysisDrafts>(`/api/bodies/${bodyId}/analysis`, {
        query: { period: quarter },
      }).catch(() => null);
      const saved = analysis?.savedDrafts?.find((d) => d.lang === lang)?.recommendations;
      const drafts = saved ?? (analysis?.recommendations ?? []).map((r) => r.text[lang] || r.text.kk).filter(Boolean);
      return {
        values: { summary: "", recommendations: drafts.length ? drafts : [""] },
        from: drafts.length ? ("analysis" as const) : ("none" as const),
      };
    };
    fill()
      .then(({ values, from }) => {
        if (!stale) {
          form.setFieldsValue(values);
          setSource(from);
        }
      })
      .catch((e: unknown) => {
        if (!stale) {
          setError(e instanceof Error ? e.message : String(e));
          setSource("none");
        }
      });
    return () => {
      stale = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [bodyId, quarter, existing?.id, existing?.currentVersion]);

  const once = useSubmitOnce();
  const submit = once(async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const body = {
        quarter,
        summary: v.summary?.trim() || null,
        recommendations: (v.recommendations ?? []).map((r) => (r ?? "").trim()).filter(Boolean),
      };
      const detail = await api<ReviewDetail>(`/api/bodies/${bodyId}/reviews`, { method: "POST", body });
      void message.success(t("review.sentDone"));
      onSubmitted(detail.review.id);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  });

  return (
    <Card title={t("review.submitTitle")} data-testid="review-submit-card">
      <div className="filters">
        <Select
          aria-label={t("review.quarter")}
          data-testid="review-quarter"
          value={quarter}
          onChange={onQuarter}
          style={{ width: 240 }}
          options={quarters.map((q) => ({ value: q, label: periodLabel(q, t) }))}
        />
        {existing && (
          <Typography.Text type="secondary">
            {t("review.existing", { n: existing.currentVersion, status: t(`reviewStatus.${existing.status}`) })}
          </Typography.Text>
        )}
      </div>
      {locked && <Alert type="success" showIcon message={t("review.approvedLocked")} />}
      {error && (
        <Alert type="error" showIcon message={error} className="gap-bottom" closable onClose={() => setError(null)} />
      )}
      {!locked && (
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          disabled={source === null}
          initialValues={{ summary: "", recommendations: [""] }}
        >
          {source === "analysis" && (
            <Alert type="info" showIcon message={t("review.prefilledAnalysis")} className="gap-bottom" />
          )}
          {source === "version" && (
            <Alert type="info" showIcon message={t("review.prefilledVersion")} className="gap-bottom" />
          )}
          <Form.Item name="summary" label={t("review.summary")}>
            <Input.TextArea rows={4} maxLength={20_000} data-testid="review-summary" />
          </Form.Item>
          <Form.List name="recommendations">
            {(fields, { add, remove }) => (
              <fieldset className="review-recommendation-fields">
                <legend>{t("review.recommendations")}</legend>
                {fields.map((field, index) => (
                  <Space key={field.key} align="start" className="review-recommendation-row">
                    <Form.Item name={field.name} className="review-recommendation-input">
                      <Input.TextArea
                        rows={2}
                        maxLength={4000}
                        aria-label={t("review.recommendationN", { n: index + 1 })}
                        data-testid={`review-recommendation-${index}`}
                      />
                    </Form.Item>
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={t("review.removeRecommendation", { n: index + 1 })}
                      onClick={() => remove(field.name)}
                    />
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add("")} data-testid="review-add-recommendation">
                  {t("review.addRecommendation")}
                </Button>
              </fieldset>
            )}
          </Form.List>
          <Button
            type="primary"
            htmlType="submit"
            icon={<SendOutlined />}
            loading={busy}
            className="gap-top"
            data-testid="review-send"
          >
            {existing ? t("review.resubmit") : t("review.send")}
          </Button>
        </Form>
      )}
    </Card>
  );
}
