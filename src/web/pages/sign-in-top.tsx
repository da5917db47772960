/** The brand and the language switch above the pages a person sees before signing in (sign-in, account link). */
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../locale.tsx";

export function SignInTop() {
  const { t } = useTranslation();
  return (
    <div className="sign-in-top">
      <div className="brand brand-on-light">
        <span className="brand-mark" aria-hidden>
          P
        </span>
        <span className="brand-text">
          <span className="brand-name">Pikir</span>
          <span className="brand-sub">{t("brand.tagline")}</span>
        </span>
      </div>
      <LanguageSwitch />
    </div>
  );
}
