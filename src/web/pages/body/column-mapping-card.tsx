/**
 * The eOtinish column-mapping step of the import screen (issue 17): the officer picks the body's
 * export, sees its columns with sample values, says which column holds each of Pikir's fields
 * (labels in the reader's language), saves the mapping for the body, and sees what the import will
 * add — rows, rejected rows with reasons, and the effect on F (none for appeals, §2.8) — before running it.
 */
import { useEffect, useState } from "react";
import { Alert, Button, Card, Descriptions, Select, Space, Table, Tag, Typography } from "antd";
import { SaveOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import type { ColumnMapPreview } from "../../../server/http/api-contract.ts";
import { api, apiUpload } from "../../api.ts";

export function ColumnMappingCard({
  bodyId,
  importer,
  file,
}: {
  bodyId: string;
  importer: "appeals" | "template";
  file: File;
}) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<ColumnMapPreview | null>(null);
  const [mapping, setMapping] = useState<Record<string, string> | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let stale = false;
    setBusy(true);
    setError(null);
    apiUpload<ColumnMapPreview>(
      `/api/bodies/${bodyId}/import-columns/${importer}/preview`,
      file,
      mapping ? { mapping: JSON.stringify(mapping) } : {},
    )
      .then((p) => {
        if (stale) return;
        setPreview(p);
        if (!mapping) {
          // Start from what the file resolves to now (the saved mapping, then the built-in headers).
          setMapping(Object.fromEntries(p.fields.filter((f) => f.header).map((f) => [f.key, f.header!])));
        }
      })
      .catch((e: unknown) => !stale && setError(e instanceof Error ? e.message : String(e)))
      .finally(() => !stale && setBusy(false));
    return () => {
      stale = true;
    };
  }, [bodyId, importer, file, mapping]);

  const save = async () => {
    setError(null);
    try {
      await api(`/api/bodies/${bodyId}/import-columns/${importer}`, {
        method: "PUT",
        body: { mapping: mapping ?? {} },
      });
      setSaved(true);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const choose = (key: string, header: string | undefined) => {
    setSaved(false);
    const next = { ...(mapping ?? {}) };
    for (const [k, h] of Object.entries(next)) if (h === header) delete next[k]; // one column, one field
    if (header) next[key] = header;
    else delete next[key];
    setMapping(next);
  };
  const samples = new Map((preview?.columns ?? []).map((c) => [c.header, c.samples]));
  const dry = preview?.dryRun;

  return (
    <Card className="gap-top" size="small" title={t("columns.title")} data-testid="column-mapping">
      <Typography.Paragraph type="secondary">{t("columns.intro")}</Typography.Paragraph>
      {error && <Alert type="error" showIcon message={error} className="gap-bottom" />}
      {preview?.problem && <Alert type="error" showIcon message={preview.problem} className="gap-bottom" />}
      <Table
        size="small"
        rowKey="key"
        loading={busy && !preview}
        pagination={false}
        dataSource={preview?.fields ?? []}
        columns={[
          {
            title: t("columns.field"),
            render: (_: unknown, f: ColumnMapPreview["fields"][number]) => (
              <>
                {f.label} {f.required && <Tag color="red">{t("columns.required")}</Tag>}
              </>
            ),
          },
          {
            title: t("columns.column"),
            width: 280,
            render: (_: unknown, f: ColumnMapPreview["fields"][number]) => (
              <Select
                allowClear
                style={{ width: 260 }}
                aria-label={t("columns.columnFor", { field: f.label })}
                placeholder={t("columns.none")}
                value={mapping?.[f.key]}
                onChange={(v: string | undefined) => choose(f.key, v)}
                options={(preview?.columns ?? []).map((c) => ({ value: c.header, label: c.header }))}
              />
            ),
          },
          {
            title: t("columns.samples"),
            render: (_: unknown, f: ColumnMapPreview["fields"][number]) => {
              const header = mapping?.[f.key];
              return header ? (
                <Typography.Text type="secondary">{(samples.get(header) ?? []).join(" · ")}</Typography.Text>
              ) : (
                "—"
              );
            },
          },
        ]}
      />
      <Space className="gap-top" wrap>
        <Button icon={<SaveOutlined />} onClick={save} disabled={!mapping} data-testid="column-mapping-save">
          {t("columns.save")}
        </Button>
        {saved && <Tag color="green">{t("columns.saved")}</Tag>}
      </Space>
      {preview && preview.missing.length > 0 && (
        <Alert
          className="gap-top"
          type="warning"
          showIcon
          message={t("columns.missing", {
            fields: preview.fields
              .filter((f) => preview.missing.includes(f.key))
              .map((f) => f.label)
              .join(", "),
          })}
        />
      )}
      {dry && (
        <Descriptions className="gap-top" size="small" bordered column={1} title={t("columns.preview")}>
          <Descriptions.Item label={t("imports.read")}>{dry.read}</Descriptions.Item>
          <Descriptions.Item label={t("imports.added")}>{dry.added}</Descriptions.Item>
          <Descriptions.Item label={t("imports.updated")}>{dry.updated}</Descriptions.Item>
          <Descriptions.Item label={t("imports.unchanged")}>{dry.unchanged}</Descriptions.Item>
          <Descriptions.Item label={t("imports.rejected")}>
            {dry.rejected}
            {dry.rejects.length > 0 && (
              <ul className="import-warnings">
                {dry.rejects.map((r) => (
                  <li key={r.line}>{t("columns.rejectLine", { line: r.line, reason: r.reason })}</li>
                ))}
              </ul>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t("columns.effectOnF")}>
            {t(`columns.effect.${preview!.effectOnF}`)}
          </Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}
