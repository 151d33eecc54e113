import { useState, type ReactNode } from "react";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../lib/format.ts";
import { useHasRole } from "../../../lib/session.ts";
import { errorCode, isNetworkError } from "../../../lib/errors.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { PageHeader } from "../../../ui/page-header.tsx";
import { EmptyState, ErrorState } from "../../../ui/states.tsx";
import { Button, buttonClass } from "../../../ui/button.tsx";
import { Badge } from "../../../ui/badge.tsx";
import { Icon } from "../../../ui/icons.tsx";
import { Skeleton } from "../../../ui/spinner.tsx";
import { usePartner, type PartnerDetail } from "../hooks/partner-queries.ts";
import { LevelBadge } from "./level-badge.tsx";
import { DeletePartnerDialog } from "./delete-partner-dialog.tsx";

const route = getRouteApi("/app/partners/$partnerId");

/** One partner: what it is, where it sits in the hierarchy, and who belongs to it. */
export function PartnerPage(): ReactNode {
  const { t } = useTranslation();
  const { partnerId } = route.useParams();
  const partner = usePartner(partnerId);
  useDocumentTitle(partner.data ? partner.data.name : t("partners.title"));

  if (partner.isPending) {
    return (
      <div className="page" aria-busy="true">
        <Breadcrumb />
        <div className="page-header">
          <Skeleton lines={2} width="40%" />
        </div>
        <div className="card">
          <Skeleton lines={6} />
        </div>
      </div>
    );
  }

  if (partner.isError) {
    const code = errorCode(partner.error);
    if (code === "NOT_FOUND" || code === "BAD_REQUEST") {
      return (
        <div className="page">
          <Breadcrumb />
          <EmptyState
            title={t("partner.notFoundTitle")}
            text={t("partner.notFound")}
            action={
              <Link to="/partners" className={buttonClass("primary")}>
                {t("common.backTo", { place: t("partners.title") })}
              </Link>
            }
          />
        </div>
      );
    }
    return (
      <div className="page">
        <Breadcrumb />
        <ErrorState message={isNetworkError(partner.error) ? t("errors.network") : t("errors.load")} onRetry={() => void partner.refetch()} />
      </div>
    );
  }

  return <PartnerView partner={partner.data} />;
}

function Breadcrumb({ trail = [] }: { trail?: Array<{ id: string; name: string }> }) {
  const { t } = useTranslation();
  return (
    <nav className="breadcrumb" aria-label={t("nav.breadcrumb")}>
      <ol>
      <li>
        <Link to="/partners">{t("partners.title")}</Link>
      </li>
      {trail.map((p) => (
        <li key={p.id}>
          <Link to="/partners/$partnerId" params={{ partnerId: p.id }}>
            {p.name}
          </Link>
        </li>
      ))}
      </ol>
    </nav>
  );
}

function PartnerView({ partner }: { partner: PartnerDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const canEdit = useHasRole("EDITOR");
  const canDelete = useHasRole("ADMIN");
  const [deleting, setDeleting] = useState(false);

  const coordinates =
    partner.latitude !== null && partner.longitude !== null
      ? `${format.coordinate(Math.abs(partner.latitude))}° ${partner.latitude >= 0 ? t("partner.north") : t("partner.south")}, ${format.coordinate(Math.abs(partner.longitude))}° ${partner.longitude >= 0 ? t("partner.east") : t("partner.west")}`
      : null;

  return (
    <div className="page">
      <PageHeader
        breadcrumb={<Breadcrumb trail={partner.parent ? [partner.parent] : []} />}
        title={partner.name}
        meta={
          <>
            <LevelBadge level={partner.level} />
            {partner.isHome && (
              <Badge tone="green">
                <Icon name="home" size={14} /> {t("partners.home")}
              </Badge>
            )}
            {partner.isoCode && <code className="code">{partner.isoCode}</code>}
          </>
        }
        intro={partner.nameEn ? <span lang="en">{partner.nameEn}</span> : undefined}
        actions={
          <>
            {canEdit && (
              <Link to="/partners/$partnerId/edit" params={{ partnerId: partner.id }} className={buttonClass("secondary")}>
                <Icon name="edit" />
                <span>{t("common.edit")}</span>
              </Link>
            )}
            {canDelete && (
              <Button variant="danger" icon={<Icon name="trash" />} onClick={() => setDeleting(true)}>
                {t("common.delete")}
              </Button>
            )}
          </>
        }
      />

      <div className="layout-two">
        <section className="card" aria-labelledby="partner-details">
          <h2 className="card__title" id="partner-details">
            {t("partner.details")}
          </h2>
          <dl className="facts">
            <div className="facts__row">
              <dt>{t("partner.fields.level")}</dt>
              <dd>{t(`levels.${partner.level}`)}</dd>
            </div>
            <div className="facts__row">
              <dt>{t("partner.fields.parentId")}</dt>
              <dd>
                {partner.parent ? (
                  <Link to="/partners/$partnerId" params={{ partnerId: partner.parent.id }}>
                    {partner.parent.name}
                  </Link>
                ) : (
                  t("common.none")
                )}
              </dd>
            </div>
            <div className="facts__row">
              <dt>{t("partner.fields.isoCode")}</dt>
              <dd>{partner.isoCode ? <code className="code">{partner.isoCode}</code> : t("common.none")}</dd>
            </div>
            <div className="facts__row">
              <dt>{t("partner.fields.coordinates")}</dt>
              <dd>
                {coordinates ? (
                  <span className="with-icon">
                    <Icon name="pin" size={16} />
                    {coordinates}
                  </span>
                ) : (
                  t("common.none")
                )}
              </dd>
            </div>
          </dl>
          <h3 className="card__subtitle">{t("partner.fields.notes")}</h3>
          {partner.notes ? <p className="notes">{partner.notes}</p> : <p className="muted">{t("partner.noNotes")}</p>}
          <p className="card__footnote">
            {t("partner.updated", { date: format.date(partner.updatedAt) })} · {t("partner.created", { date: format.date(partner.createdAt) })}
          </p>
        </section>

        <section className="card" aria-labelledby="partner-children">
          <h2 className="card__title" id="partner-children">
            {t("partner.children")}
            {partner.children.length > 0 && <span className="count-pill">{format.number(partner.children.length)}</span>}
          </h2>
          {partner.children.length ? (
            <ul className="link-list">
              {partner.children.map((child) => (
                <li key={child.id}>
                  <Link to="/partners/$partnerId" params={{ partnerId: child.id }} className="link-list__item">
                    <span>{child.name}</span>
                    <LevelBadge level={child.level} />
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t("partner.childrenEmpty")}</p>
          )}
          {canEdit && (
            <Link to="/partners/new" search={{ parent: partner.id }} className={buttonClass("ghost", "sm", "card__action")}>
              <Icon name="plus" size={16} />
              <span>{t("partner.addChild")}</span>
            </Link>
          )}
        </section>
      </div>

      {canDelete && <DeletePartnerDialog partner={partner} open={deleting} onClose={() => setDeleting(false)} />}
    </div>
  );
}
