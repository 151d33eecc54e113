import "./language-switch.css";
import { useTranslation } from "react-i18next";
import { languages, setLanguage } from "../lib/i18n.ts";

/** RU | EN: two buttons, the current one pressed. */
export function LanguageSwitch({ tone = "light" }: { tone?: "light" | "dark" }) {
  const { t, i18n } = useTranslation();
  return (
    <div className={`lang-switch lang-switch--${tone}`} role="group" aria-label={t("language.label")}>
      {languages.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className="lang-switch__option"
          aria-pressed={i18n.language === lang}
          aria-label={t(`language.${lang}`)}
          title={t(`language.${lang}`)}
          onClick={() => void setLanguage(lang)}
        >
          {lang.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
