// The partners a meeting or an event concerns, each a link to its dossier.
import type { ReactNode } from "react";
import { Link } from "@tanstack/react-router";

export function PartnerLinks({ partners, className }: { partners: ReadonlyArray<{ id: string; name: string }>; className: string }): ReactNode {
  return (
    <span className={className}>
      {partners.map((p) => (
        <Link key={p.id} to="/partners/$partnerId" params={{ partnerId: p.id }}>
          {p.name}
        </Link>
      ))}
    </span>
  );
}
