import { useTranslation } from "react-i18next";

/** The product's mark and name, on the dark sidebar and the sign-in page. */
export function Brand() {
  const { t } = useTranslation();
  return (
    <span className="brand">
      <svg className="brand__mark" aria-hidden="true" viewBox="0 0 32 32" width="34" height="34">
        <rect width="32" height="32" rx="8" fill="#ffffff" fillOpacity="0.12" />
        <circle cx="16" cy="16" r="9" fill="none" stroke="#fff" strokeWidth="1.8" />
        <path d="M7 16h18M16 7c3 3 3 15 0 18M16 7c-3 3-3 15 0 18" fill="none" stroke="#fff" strokeWidth="1.4" />
        <circle cx="23.5" cy="9.5" r="3" fill="#e3a73b" />
      </svg>
      <span className="brand__text">
        <span className="brand__name">{t("app.name")}</span>
        <span className="brand__tagline">{t("app.tagline")}</span>
      </span>
    </span>
  );
}
