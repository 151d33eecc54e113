import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";

export function Crumbs({ agreement }: { agreement?: { id: string; title: string } }) {
  const { t } = useTranslation();
  return (
    <nav className="breadcrumb" aria-label={t("nav.breadcrumb")}>
      <ol>
        <li>
          <Link to="/agreements">{t("agreements.title")}</Link>
        </li>
        {agreement && (
          <li>
            <Link to="/agreements/$agreementId" params={{ agreementId: agreement.id }}>
              {agreement.title}
            </Link>
          </li>
        )}
      </ol>
    </nav>
  );
}
