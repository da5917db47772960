/** The brand and the language switch above the pages a person sees before signing in (sign-in, account link). */
import { BrandText } from "../components/brand.tsx";
import { LanguageSwitch } from "../locale.tsx";

export function SignInTop() {
  return (
    <div className="sign-in-top">
      <div className="brand brand-on-light">
        <BrandText />
      </div>
      <LanguageSwitch />
    </div>
  );
}
