/**
 * §23: drafts, budget reports and results must be in open access or F is zeroed. The daily check's
 * latest evidence per address, and the risk in words, so the body fixes a page before the ministry
 * computes a round. Officers may check again at once (after fixing it).
 */
import { useState } from "react";
import { Alert, Button, Card, Table, Tag, Typography } from "antd";
import { SafetyCertificateOutlined, SyncOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import { useAuth } from "../../auth.tsx";
import { useLang } from "../../locale.tsx";
import { useLoad } from "../../use-load.ts";
import { fmtDateTime, pickName } from "../../format.ts";
import type { Localized } from "../../types.ts";
import type * as Api from "../../../server/http/api-contract.ts";

type Risk = Api.OpenAccessRisk;
type Address = Risk["items"][number];

export function OpenAccessCard({ bodyId }: { bodyId: string }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { lang } = useLang();
  const { data, loading, error, reload } = useLoad(
    () => api<Risk>(`/api/bodies/${bodyId}/open-access`),
    [bodyId, lang],
  );
  const [busy, setBusy] = useState(false);
  const [checkError, setCheckError] = useState<string | null>(null);
  const [unreached, setUnreached] = useState(false);
  const canCheck = me?.role === "body_officer" || me?.role === "ministry_analyst";

  const checkNow = async () => {
    setBusy(true);
    setCheckError(null);
    setUnreached(false);
    try {
      const result = await api<{ run: { flagsApplied: boolean } }>(`/api/bodies/${bodyId}/open-access/check`, {
        method: "POST",
      });
      setUnreached(!result.run.flagsApplied);
      reload();
    } catch (e) {
      setCheckError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      title={
        <>
          <SafetyCertificateOutlined aria-hidden /> {t("openAccess.title")}
        </>
      }
      className="gap-top"
      data-testid="open-access"
      extra={
        canCheck && (
          <Button
            size="small"
            icon={<SyncOutlined />}
            loading={busy}
            onClick={checkNow}
            data-testid="open-access-check"
          >
            {t("openAccess.checkNow")}
          </Button>
        )
      }
    >
      {error && <Alert type="error" showIcon message={error.message} />}
      {checkError && <Alert type="error" showIcon message={checkError} />}
      {unreached && (
        <Alert type="warning" showIcon message={t("openAccess.unreached")} data-testid="open-access-unreached" />
      )}
      {data?.atRisk && (
        <Alert
          type="error"
          showIcon
          data-testid="open-access-risk"
          message={t("openAccess.atRisk")}
          description={
            <ul>
              {data.messages.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          }
        />
      )}
      {data && !data.atRisk && <Alert type="success" showIcon message={data.messages.join(" ")} />}
      <Table<Address>
        size="small"
        className="gap-top"
        loading={loading || busy}
        rowKey={(a) => `${a.entityKind}:${a.entityId}`}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t("openAccess.none") }}
        columns={[
          {
            title: t("openAccess.address"),
            key: "address",
            render: (_, a) => (
              <>
                <Typography.Text strong>{pickName(a.title, lang)}</Typography.Text>{" "}
                <Tag>{t(`openAccessKind.${a.kind}`)}</Tag>
                <br />
                <a href={a.url} target="_blank" rel="noopener noreferrer">
                  {a.url}
                </a>
              </>
            ),
          },
          {
            title: t("openAccess.checkedAt"),
            key: "checkedAt",
            render: (_, a) => fmtDateTime(a.latest?.checkedAt ?? a.checkedAt),
          },
          {
            title: t("openAccess.status"),
            key: "status",
            render: (_, a) => (a.latest ? (a.latest.httpStatus ?? "—") : "—"),
          },
          {
            title: t("openAccess.result"),
            key: "result",
            render: (_, a) => {
              if (a.openAccess === null) return <Tag>{t("openAccess.notChecked")}</Tag>;
              if (a.openAccess) return <Tag color="green">{t("openAccess.open")}</Tag>;
              return (
                <>
                  <Tag color="red">{t("openAccess.closed")}</Tag>
                  {a.latest?.reasonText && <Typography.Text type="danger"> {a.latest.reasonText}</Typography.Text>}
                </>
              );
            },
          },
        ]}
      />
    </Card>
  );
}
