/** Small coloured labels used on every screen: bands (§23), item statuses, round statuses. */
import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { Band, ItemStatus, Round } from "../types.ts";

export const BAND_COLORS: Record<Band, string> = {
  high: "#237804",
  medium: "#0b4f8a",
  low: "#ad4e00",
  ineffective: "#a8071a",
};

export function BandTag({ band }: { band: Band }) {
  const { t } = useTranslation();
  return (
    <Tag color={BAND_COLORS[band]} data-band={band}>
      {t(`band.${band}`)}
    </Tag>
  );
}

const STATUS_COLORS: Record<ItemStatus, string> = {
  undecided: "gold",
  accepted: "green",
  rejected: "red",
  answered: "green",
  unanswered: "gold",
};

export function StatusTag({ status }: { status: ItemStatus | null }) {
  const { t } = useTranslation();
  if (!status) return <Tag>{t("status.none")}</Tag>;
  return (
    <Tag color={STATUS_COLORS[status]} data-status={status}>
      {t(`status.${status}`)}
    </Tag>
  );
}

const ROUND_COLORS: Record<Round["status"], string> = {
  open: "gold",
  computed: "blue",
  published: "green",
  cancelled: "default",
};

export function RoundStatusTag({ status }: { status: Round["status"] }) {
  const { t } = useTranslation();
  return (
    <Tag color={ROUND_COLORS[status]} data-round-status={status}>
      {t(`roundStatus.${status}`)}
    </Tag>
  );
}
