/**
 * Download of a generated document (§7, §11, §14, §16, §17, §12, §20–§23): the language of the
 * document and one button per format. The file is fetched with the session cookie so an error
 * (no rights, no data for the period) is shown here instead of replacing the page.
 */
import { useState } from "react";
import { App, Button, Select, Space, Tooltip } from "antd";
import { DownloadOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { withQuery } from "../api.ts";
import { useLang } from "../locale.tsx";
import { LANG_NAMES, LANGS } from "../i18n/index.ts";
import type { Lang } from "../types.ts";

const DOC_FORMATS = ["docx", "xlsx", "pdf", "csv"] as const;
export type DocFormat = (typeof DOC_FORMATS)[number];

/** The server names the file (RFC 6266): prefer the UTF-8 name, fall back to the ASCII one. */
function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (utf8?.[1]) {
    try {
      return decodeURIComponent(utf8[1]);
    } catch {
      /* malformed: try the ASCII name */
    }
  }
  const ascii = /filename="([^"]+)"/i.exec(disposition);
  return ascii?.[1] ?? fallback;
}

/** Saves a Blob under a name: a temporary link (no inline script, nothing outside 'self'). */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function DocumentDownload({
  path,
  query = {},
  testId,
  size = "middle",
}: {
  path: string;
  query?: Record<string, string | undefined>;
  testId?: string;
  size?: "small" | "middle";
}) {
  const { t } = useTranslation();
  const { lang: uiLang } = useLang();
  const { message } = App.useApp();
  const [docLang, setDocLang] = useState<Lang>(uiLang);
  const [busy, setBusy] = useState<DocFormat | null>(null);

  const download = async (format: DocFormat) => {
    setBusy(format);
    try {
      const response = await fetch(withQuery(path, { ...query, format, lang: docLang }), {
        credentials: "same-origin",
        headers: { "x-pikir-lang": uiLang },
      });
      if (!response.ok) {
        const data = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        throw new Error(data?.error?.message ?? response.statusText);
      }
      saveBlob(await response.blob(), fileNameFrom(response.headers.get("content-disposition"), `pikir.${format}`));
    } catch (e) {
      void message.error(`${t("doc.failed")}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Space.Compact size={size} data-testid={testId} className="doc-download">
      <Select<Lang>
        aria-label={t("doc.language")}
        value={docLang}
        onChange={setDocLang}
        popupMatchSelectWidth={false}
        style={{ width: 76 }}
        options={LANGS.map((l) => ({ value: l, label: l.toUpperCase(), title: LANG_NAMES[l] }))}
      />
      {DOC_FORMATS.map((f) => (
        <Tooltip key={f} title={t("doc.downloadAs", { format: f.toUpperCase(), lang: LANG_NAMES[docLang] })}>
          <Button
            icon={f === "docx" ? <DownloadOutlined /> : undefined}
            loading={busy === f}
            data-format={f}
            aria-label={t("doc.downloadAs", { format: f.toUpperCase(), lang: LANG_NAMES[docLang] })}
            onClick={() => void download(f)}
          >
            {f.toUpperCase()}
          </Button>
        </Tooltip>
      ))}
    </Space.Compact>
  );
}
