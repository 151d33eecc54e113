// The dossier's contacts (meetings): those with the partner itself, then those through its regions and organisations.
import type { ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useTermLabel } from "../../../lib/vocabularies.ts";
import type { TDossierContact } from "@atlas/shared/partner";
import { DossierBlock, DossierGroup } from "./dossier-block.tsx";
import { AllOfPartner, printLimits, concerns, DayText, Meta, type DossierQuery } from "./dossier-items.tsx";
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
      empty={t("dossier.contacts.empty")}
      lines={6}
    >
      {(d) => {
        const { direct, recent } = d.contacts;
        const split = d.scopeSize > 1;
        return (
          <>
            {split && (
              <DossierGroup
                title={t("dossier.contacts.direct", { name: partnerName })}
                page={direct}
                empty={t("dossier.contacts.directEmpty")}
                className="dossier-list dossier-list--contacts"
                printLimit={printLimits.directContacts}
              >
                {(c) => <ContactItem c={c} partnerId={partnerId} />}
              </DossierGroup>
            )}
            <DossierGroup
              title={split && t("dossier.contacts.recentWithChildren")}
              page={recent}
              className="dossier-list dossier-list--contacts"
              printLimit={printLimits.contacts}
              all={<AllOfPartner list="/meetings" partnerId={partnerId} />}
            >
              {(c) => <ContactItem c={c} partnerId={partnerId} />}
            </DossierGroup>
          </>
        );
      }}
    </DossierBlock>
  );
}
