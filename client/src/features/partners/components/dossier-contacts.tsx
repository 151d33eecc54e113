// The dossier's contacts (meetings): those with the partner itself, then those through its regions and organisations.
import type { ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useTermLabel } from "../../../lib/vocabularies.ts";
import type { TDossierContact } from "@atlas/shared/partner";
import { DossierBlock, ShownOf } from "./dossier-block.tsx";
import { printLimits, concerns, DayText, Meta, type DossierQuery } from "./dossier-items.tsx";
import "../texts.ts";

function ContactItem({ c, partnerId }: { c: TDossierContact; partnerId: string }): ReactNode {
  const { t } = useTranslation();
  const kindLabel = useTermLabel("meetingKind");
  const ours = c.participants.filter((p) => p.side === "HOME");
  const theirs = c.participants.filter((p) => p.side === "PARTNER");
  return (
    <li className="dossier-item">
      <Link to="/meetings/$meetingId" params={{ meetingId: c.id }} className="dossier-item__title">
        {c.title}
      </Link>
      <Meta>
        {[
          <DayText key="d" day={c.startsAt} precision={c.datePrecision} />,
          kindLabel(c.kind),
          c.format === "REMOTE" && t("dossier.contacts.remote"),
          c.place,
          concerns(c.partners, partnerId),
        ]}
      </Meta>
      {(ours.length > 0 || theirs.length > 0) && (
        <p className="dossier-item__people">
          {theirs.length > 0 && (
            <span>
              {t("dossier.contacts.theirs")}: {theirs.map((p) => p.fullName).join(", ")}
            </span>
          )}
          {ours.length > 0 && (
            <span>
              {t("dossier.contacts.ours")}: {ours.map((p) => p.fullName).join(", ")}
            </span>
          )}
        </p>
      )}
    </li>
  );
}

export function ContactsBlock({ query, partnerId, partnerName }: { query: DossierQuery; partnerId: string; partnerName: string }): ReactNode {
  const { t } = useTranslation();
  return (
    <DossierBlock
      id="dossier-contacts"
      title={t("dossier.contacts.title")}
      query={query}
      count={(d) => d.contacts.recent.total}
      isEmpty={(d) => d.contacts.recent.total === 0}
      empty={t("dossier.contacts.empty")}
      lines={6}
    >
      {(d) => {
        const { direct, recent } = d.contacts;
        const split = d.scopeSize > 1;
        return (
          <>
            {split && (
              <div className="dossier-sub">
                <h3 className="dossier-sub__title">{t("dossier.contacts.direct", { name: partnerName })}</h3>
                {direct.total === 0 ? (
                  <p className="muted">{t("dossier.contacts.directEmpty")}</p>
                ) : (
                  <ul className="dossier-list dossier-list--contacts" data-print-limit={printLimits.directContacts}>
                    {direct.items.map((c) => (
                      <ContactItem key={c.id} c={c} partnerId={partnerId} />
                    ))}
                  </ul>
                )}
                <ShownOf shown={direct.items.length} total={direct.total} printLimit={printLimits.directContacts} />
              </div>
            )}
            <div className="dossier-sub">
              {split && <h3 className="dossier-sub__title">{t("dossier.contacts.recentWithChildren")}</h3>}
              <ul className="dossier-list dossier-list--contacts" data-print-limit={printLimits.contacts}>
                {recent.items.map((c) => (
                  <ContactItem key={c.id} c={c} partnerId={partnerId} />
                ))}
              </ul>
              <ShownOf
                shown={recent.items.length}
                total={recent.total}
                printLimit={printLimits.contacts}
                more={
                  recent.total > recent.items.length && (
                    <Link to="/meetings" search={{ partner: [partnerId] }}>
                      {t("dossier.all")}
                    </Link>
                  )
                }
              />
            </div>
          </>
        );
      }}
    </DossierBlock>
  );
}
