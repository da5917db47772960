/** The versions of one record: who (by name), when (Kazakhstan time), what changed and why. */
import { Alert, Modal, Timeline, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import { fmtDateTime } from "../../format.ts";
import { useLoad } from "../../use-load.ts";
import type { EvidenceEntity } from "./evidence-editor.tsx";
import type { EvidenceVersionView } from "../../../server/http/api-contract.ts";
import { useReturnFocus } from "../../use-return-focus.ts";

const show = (v: unknown): string => (v === null || v === undefined || v === "" ? "—" : String(v));

export function EvidenceHistory({ entity, id, onClose }: { entity: EvidenceEntity; id: string; onClose: () => void }) {
  const { t } = useTranslation();
  useReturnFocus();
  const { data, error, loading } = useLoad(
    () => api<{ items: EvidenceVersionView[] }>(`/api/evidence/${entity}/${id}/history`),
    [entity, id],
  );
  const versions = data?.items ?? [];
  return (
    <Modal open title={t("evidenceEdit.historyTitle")} onCancel={onClose} footer={null} width={680}>
      {error && <Alert type="error" showIcon message={error.message} />}
      <Timeline
        data-testid="evidence-history"
        pending={loading}
        items={versions.map((v, i) => ({
          color: v.action === "withdrawn" ? "red" : v.action === "corrected" ? "blue" : "green",
          children: (
            <div data-testid={`evidence-version-${v.revision}`}>
              <Typography.Text strong>
                {t("evidenceEdit.version", { n: v.revision })} · {t(`evidenceEdit.action.${v.action}`)} ·{" "}
                {fmtDateTime(v.createdAt)}
              </Typography.Text>
              <div>{v.actorName ? t("evidenceEdit.by", { name: v.actorName }) : t("evidenceEdit.unknownActor")}</div>
              {v.reason && <div>«{v.reason}»</div>}
              {v.changed.length > 0 && (
                <ul className="evidence-changes">
                  {v.changed.map((f) => (
                    <li key={f}>
                      {t(`evidenceEdit.field.${f}`)}: {show(v.snapshot[f])}{" "}
                      <Typography.Text type="secondary">
                        ({t("evidenceEdit.was")} {show(versions[i - 1]?.snapshot[f])})
                      </Typography.Text>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ),
        }))}
      />
    </Modal>
  );
}
