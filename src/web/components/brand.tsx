/** Pikir's mark, name and tagline: the shell's header and the pages before sign-in show the same. */
import { useTranslation } from "react-i18next";

export function BrandText() {
  const { t } = useTranslation();
  return (
    <>
      <span className="brand-mark" aria-hidden>
        P
      </span>
      <span className="brand-text">
        <span className="brand-name">Pikir</span>
        <span className="brand-sub">{t("brand.tagline")}</span>
      </span>
    </>
  );
}
