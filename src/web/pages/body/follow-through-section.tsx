/**
 * The item drawer's "where it went" section: an accepted proposal linked to a rule-making plan (§8)
 * or a budget (§13), a dialogue-portal question to where the conference's result was used (§19),
 * each with the document's date, title, number and address. The server decides what fits (domain rule).
 */
import { useState } from "react";
import { Alert, Button, DatePicker, Divider, Form, Input, List, Select, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../../api.ts";
import { useLoad } from "../../use-load.ts";
import { fmtDate } from "../../format.ts";
import type * as Api from "../../../server/http/api-contract.ts";

type Link = Api.FollowThrough;

export function FollowThroughSection({ itemId, canAct }: { itemId: number; canAct: boolean }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { data, reload } = useLoad(
    () => api<{ links: Link[]; kinds: string[] }>(`/api/items/${itemId}/follow-throughs`),
    [itemId],
  );
  if (!data || (data.kinds.length === 0 && data.links.length === 0)) return null;
  const act = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setFailure(null);
    try {
      await action();
      form.resetFields();
      reload();
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section data-testid="follow-through">
      <Divider orientation="left">{t("ft.title")}</Divider>
      <List
        size="small"
        dataSource={data.links}
        locale={{ emptyText: t("ft.none") }}
        renderItem={(l) => (
          <List.Item
            actions={
              canAct
                ? [
                    <Button
                      key="remove"
                      size="small"
                      type="link"
                      onClick={() => act(() => api(`/api/follow-throughs/${l.id}`, { method: "DELETE" }))}
                    >
                      {t("ft.remove")}
                    </Button>,
                  ]
                : []
            }
          >
            <Typography.Text>
              {t(`ft.kind.${l.kind}`)}: {fmtDate(l.documentDate)}{" "}
              {l.documentUrl ? (
                <a href={l.documentUrl} target="_blank" rel="noreferrer">
                  {l.documentTitle}
                </a>
              ) : (
                l.documentTitle
              )}
              {l.documentNumber ? ` ${l.documentNumber}` : ""}
            </Typography.Text>
          </List.Item>
        )}
      />
      {failure && <Alert type="error" showIcon message={failure} role="alert" className="gap-bottom" />}
      {canAct && data.kinds.length > 0 && (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ kind: data.kinds[0] }}
          onFinish={(v) =>
            act(() =>
              api(`/api/items/${itemId}/follow-throughs`, {
                method: "POST",
                body: {
                  kind: v.kind,
                  documentDate: v.documentDate.format("YYYY-MM-DD"),
                  documentTitle: v.documentTitle,
                  documentNumber: v.documentNumber || null,
                  documentUrl: v.documentUrl || null,
                },
              }),
            )
          }
        >
          <Form.Item name="kind" label={t("ft.kind")}>
            <Select options={data.kinds.map((k) => ({ value: k, label: t(`ft.kind.${k}`) }))} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="documentDate" label={t("ft.date")} rules={[{ required: true }]}>
              <DatePicker format="DD.MM.YYYY" />
            </Form.Item>
            <Form.Item name="documentNumber" label={t("ft.number")}>
              <Input style={{ width: 120 }} />
            </Form.Item>
          </Space>
          <Form.Item name="documentTitle" label={t("ft.docTitle")} rules={[{ required: true, whitespace: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="documentUrl" label={t("ft.url")}>
            <Input placeholder="https://" />
          </Form.Item>
          <Button htmlType="submit" loading={busy}>
            {t("ft.add")}
          </Button>
        </Form>
      )}
    </section>
  );
}
