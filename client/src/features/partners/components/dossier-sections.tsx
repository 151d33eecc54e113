// The blocks of the partner dossier (partner-page.tsx arranges them). Lists, not
// wide tables: they read on a phone and print compactly on A4.
import type { ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useTermLabel } from "../../../lib/vocabularies.ts";
import type { TEventStatus, TProjectStage } from "@atlas/shared/enums";
import type { TDossierContact, TDossierEvent, TDossierPerson } from "@atlas/shared/partner";
import type { CalendarDay, TDatePrecision } from "@atlas/shared/calendar-day";
import { useFormat } from "../../../lib/format.ts";
import { usePositionDays } from "../../../lib/position-days.ts";
import { Badge, type BadgeTone } from "../../../ui/badge.tsx";
import { StageBadge } from "../../../ui/stage-badge.tsx";
import type { PartnerDossierQuery } from "../hooks/partner-queries.ts";
import { DossierBlock, ShownOf } from "./dossier-block.tsx";
import { LevelBadge } from "./level-badge.tsx";

type Q = PartnerDossierQuery;
type Ref = { id: string; name: string };

const projectTone: Record<TProjectStage, BadgeTone> = {
  IDEA: "neutral",
  SITE_SELECTION: "blue",
  PREPARATION: "blue",
  CONSTRUCTION: "amber",
  OPERATING: "green",
  SUSPENDED: "neutral",
  CANCELLED: "red",
};
/**
 * How many rows of a list the printed briefing keeps, so that it fits on two A4 pages
 * (partner-page.css hides the rest by data-print-limit; "Показано N из M" follows).
 */
const printLimits = { agreements: 8, contacts: 5, directContacts: 3, people: 6, events: 4, projects: 4, followUps: 4 } as const;

const eventTone: Record<TEventStatus, BadgeTone> = { PLANNED: "blue", CONFIRMED: "green", HELD: "neutral", POSTPONED: "amber", CANCELLED: "red" };

/** Names of the partners an item concerns, unless it is just the partner of the page. */
function concerns(partners: Ref[], selfId: string): ReactNode {
  const others = partners.filter((p) => p.id !== selfId);
  if (others.length === 0) return null;
  return (
    <span key="concerns" className="dossier-concerns">
      {others.map((p, i) => (
        <span key={p.id}>
          {i > 0 && ", "}
          <Link to="/partners/$partnerId" params={{ partnerId: p.id }}>
            {p.name}
          </Link>
        </span>
      ))}
    </span>
  );
}

/**
 * A business date as precise as its source: 13.11.2024 (short) or 13 ноября 2024 г.,
 * «декабрь 2024 г.» for a month, «IV кв. 2024 г.», «2024 г.», «≈ 10.10.2025». A range of
 * days when an end is given. Nothing when there is no day.
 */
function DayText({ day: value, end, precision, style = "short" }: { day: CalendarDay; end?: CalendarDay | null; precision: TDatePrecision; style?: "short" | "long" }): ReactNode {
  const format = useFormat();
  const machine = precision === "MONTH" ? value.slice(0, 7) : precision === "YEAR" ? value.slice(0, 4) : precision === "QUARTER" ? undefined : value;
  return (
    <time dateTime={machine} data-precision={precision}>
      {format.span(value, end, precision, style)}
    </time>
  );
}


/** A tour stop's line: place and date, «дата неизвестна» for a stop without one. */
function StopLine({ stop }: { stop: TDossierEvent["stops"][number] }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const date = stop.date ? format.preciseDate(stop.date, stop.datePrecision ?? "DAY", "short") : t("dossier.events.dateUnknown");
  return <>{t("dossier.events.stop", { place: stop.place, date })}</>;
}

function Meta({ children }: { children: ReactNode[] }): ReactNode {
  const parts = children.filter((c) => c !== null && c !== undefined && c !== false && c !== "");
  return (
    <p className="dossier-item__meta">
      {parts.map((c, i) => (
        <span key={i}>
          {i > 0 && <span aria-hidden="true"> · </span>}
          {c}
        </span>
      ))}
    </p>
  );
}

// ---------------------------------------------------------------------------------

export function SummaryBlock({ query }: { query: Q }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <DossierBlock id="dossier-summary" title={t("dossier.summary.title")} query={query} className="dossier-summary" lines={3}>
      {(d) => {
        const s = d.summary;
        const last = s.lastContact;
        const next = s.nextEvent;
        return (
          <dl className="dossier-tiles">
            <div className="dossier-tile">
              <dt>{t("dossier.summary.agreements")}</dt>
              <dd>
                {s.agreementsByStage.length === 0 ? (
                  <span className="muted">{t("dossier.summary.noAgreements")}</span>
                ) : (
                  <ul className="dossier-stages">
                    {s.agreementsByStage.map((g) => (
                      <li key={g.stage}>
                        <StageBadge stage={g.stage} /> <span className="dossier-stages__n">× {format.number(g.count)}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
            <div className="dossier-tile">
              <dt>{t("dossier.summary.lastContact")}</dt>
              <dd>
                {last ? (
                  <>
                    <strong>
                      <DayText day={last.startsAt} precision={last.datePrecision} style="long" />
                    </strong>
                    <Link to="/meetings/$meetingId" params={{ meetingId: last.id }} className="dossier-tile__link">
                      {last.title}
                    </Link>
                    {last.participants.length > 0 && (
                      <span className="dossier-tile__note">{t("dossier.summary.with", { names: last.participants.map((p) => p.fullName).join(", ") })}</span>
                    )}
                  </>
                ) : (
                  <span className="muted">{t("dossier.summary.noContact")}</span>
                )}
                <span className="dossier-tile__note">{t("dossier.summary.contactsTotal", { count: format.number(s.contactsTotal) })}</span>
              </dd>
            </div>
            <div className="dossier-tile">
              <dt>{t("dossier.summary.next")}</dt>
              <dd>
                {next ? (
                  <>
                    <strong>
                      <DayText day={next.at} precision={next.atPrecision} style="long" />
                    </strong>
                    <Link to="/events/$eventId" params={{ eventId: next.id }} className="dossier-tile__link">
                      {next.title}
                    </Link>
                    {next.stops[0] && (
                      <span className="dossier-tile__note">
                        <StopLine stop={next.stops[0]} />
                      </span>
                    )}
                  </>
                ) : (
                  !s.nextContact && <span className="muted">{t("dossier.summary.nothingPlanned")}</span>
                )}
                {s.nextContact && (
                  <span className="dossier-tile__note">
                    {t("dossier.summary.plannedContact")}{" "}
                    <Link to="/meetings/$meetingId" params={{ meetingId: s.nextContact.id }}>
                      {s.nextContact.title}
                    </Link>{" "}
                    (<DayText day={s.nextContact.startsAt} precision={s.nextContact.datePrecision} />)
                  </span>
                )}
              </dd>
            </div>
            <div className="dossier-tile">
              <dt>{t("dossier.summary.followUps")}</dt>
              <dd>
                <strong className="dossier-tile__big">{format.number(s.openFollowUps)}</strong>
                {s.overdueFollowUps > 0 ? (
                  <Badge tone="red">{t("dossier.summary.overdue", { count: format.number(s.overdueFollowUps) })}</Badge>
                ) : (
                  s.openFollowUps > 0 && <span className="dossier-tile__note">{t("dossier.summary.noOverdue")}</span>
                )}
              </dd>
            </div>
          </dl>
        );
      }}
    </DossierBlock>
  );
}

// ---------------------------------------------------------------------------------

export function AgreementsBlock({ query, partnerId }: { query: Q; partnerId: string }): ReactNode {
  const { t } = useTranslation();
  const kindLabel = useTermLabel("agreementKind");
  const format = useFormat();
  return (
    <DossierBlock
      id="dossier-agreements"
      title={t("dossier.agreements.title")}
      query={query}
      count={(d) => d.agreements.total}
      isEmpty={(d) => d.agreements.total === 0}
      empty={t("dossier.agreements.empty")}
    >
      {(d) => (
        <>
          <ul className="dossier-list" data-print-limit={printLimits.agreements}>
            {d.agreements.items.map((a) => (
              <li key={a.id} className="dossier-item dossier-item--split">
                <div>
                  <Link to="/agreements/$agreementId" params={{ agreementId: a.id }} className="dossier-item__title">
                    {a.title}
                  </Link>
                  <Meta>
                    {[
                      kindLabel(a.kind),
                      concerns(a.partners, partnerId),
                      a.signedAt && t("dossier.agreements.signed", { date: format.shortDate(a.signedAt) }),
                      a.expiresAt && t("dossier.agreements.expires", { date: format.shortDate(a.expiresAt) }),
                    ]}
                  </Meta>
                </div>
                <div className="dossier-item__side">
                  <StageBadge stage={a.stage} />
                  <span className="dossier-item__since">
                    {t("dossier.agreements.since", { date: format.preciseDateAfterPreposition(a.stageChangedAt, a.stageDatePrecision, "short") })}
                  </span>
                </div>
              </li>
            ))}
          </ul>
          <ShownOf
            shown={d.agreements.items.length}
            total={d.agreements.total}
            printLimit={printLimits.agreements}
            more={
              d.agreements.total > d.agreements.items.length && (
                <Link to="/agreements" search={{ partner: [partnerId] }}>
                  {t("dossier.all")}
                </Link>
              )
            }
          />
        </>
      )}
    </DossierBlock>
  );
}

// ---------------------------------------------------------------------------------

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

export function ContactsBlock({ query, partnerId, partnerName }: { query: Q; partnerId: string; partnerName: string }): ReactNode {
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

// ---------------------------------------------------------------------------------

function PersonItem({ p, partnerId }: { p: TDossierPerson; partnerId: string }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const positionDays = usePositionDays();
  // The post at the latest contact, when it is not the one held now: who they were when we last met.
  const thenPost = p.lastContactPost && p.lastContactPost !== p.post ? p.lastContactPost : null;
  return (
    <li className="dossier-person">
      <Link to="/people/$personId" params={{ personId: p.id }} className="dossier-person__name">
        {p.fullName}
      </Link>
      <span className="dossier-person__stats">
        {p.partner && p.partner.id !== partnerId && p.side === "PARTNER" && <>{p.partner.name} · </>}
        {p.contacts > 0 && p.lastContactAt
          ? t("dossier.people.contacts", { count: format.number(p.contacts), date: format.preciseDate(p.lastContactAt, p.lastContactPrecision ?? "DAY", "short") })
          : t("dossier.people.noContacts")}
      </span>
      {(p.post || p.organisation) && <span className="dossier-person__post">{[p.post, p.organisation].filter(Boolean).join(", ")}</span>}
      {thenPost && <span className="dossier-person__post dossier-person__then">{t("dossier.people.atLastContact", { post: thenPost })}</span>}
      {p.formerPosts.length > 0 && (
        <span className="dossier-person__post dossier-person__former">
          {t("dossier.people.former", { posts: p.formerPosts.map((f) => `${f.post} (${positionDays(f)})`).join("; ") })}
        </span>
      )}
    </li>
  );
}

export function PeopleBlock({ query, partnerId }: { query: Q; partnerId: string }): ReactNode {
  const { t } = useTranslation();
  return (
    <DossierBlock
      id="dossier-people"
      title={t("dossier.people.title")}
      query={query}
      isEmpty={(d) => d.people.theirs.total + d.people.ours.total === 0}
      empty={t("dossier.people.empty")}
      lines={6}
    >
      {(d) => (
        <div className="dossier-people">
          {(["theirs", "ours"] as const).map((side) => {
            const group = d.people[side];
            return (
              <div key={side} className="dossier-sub">
                <h3 className="dossier-sub__title">{t(`dossier.people.${side}`)}</h3>
                {group.total === 0 ? (
                  <p className="muted">{t(`dossier.people.${side}Empty`)}</p>
                ) : (
                  <ul className="dossier-people__list" data-print-limit={printLimits.people}>
                    {group.items.map((p) => (
                      <PersonItem key={p.id} p={p} partnerId={partnerId} />
                    ))}
                  </ul>
                )}
                <ShownOf shown={group.items.length} total={group.total} printLimit={printLimits.people} />
              </div>
            );
          })}
        </div>
      )}
    </DossierBlock>
  );
}

// ---------------------------------------------------------------------------------

function EventItem({ e, partnerId }: { e: TDossierEvent; partnerId: string }): ReactNode {
  const { t } = useTranslation();
  const kindLabel = useTermLabel("eventKind");
  return (
    <li className="dossier-item dossier-item--split">
      <div>
        <Link to="/events/$eventId" params={{ eventId: e.id }} className="dossier-item__title">
          {e.title}
        </Link>
        <Meta>
          {[
            <DayText key="d" day={e.at} precision={e.atPrecision} />,
            kindLabel(e.kind),
            e.stops.length === 0 && e.place,
            concerns(e.partners, partnerId),
          ]}
        </Meta>
        {e.stops.map((s, i) => (
          <p key={i} className="dossier-item__people">
            <StopLine stop={s} />
          </p>
        ))}
      </div>
      <div className="dossier-item__side">
        <Badge tone={eventTone[e.status]}>{t(`enums.eventStatus.${e.status}`)}</Badge>
      </div>
    </li>
  );
}

export function EventsBlock({ query, partnerId }: { query: Q; partnerId: string }): ReactNode {
  const { t } = useTranslation();
  return (
    <DossierBlock
      id="dossier-events"
      title={t("dossier.events.title")}
      query={query}
      isEmpty={(d) => d.events.upcoming.total + d.events.past.total === 0}
      empty={t("dossier.events.empty")}
    >
      {(d) => (
        <>
          {(["upcoming", "past"] as const).map((when) => {
            const group = d.events[when];
            return (
              <div key={when} className="dossier-sub">
                <h3 className="dossier-sub__title">{t(`dossier.events.${when}`)}</h3>
                {group.total === 0 ? (
                  <p className="muted">{t(`dossier.events.${when}Empty`)}</p>
                ) : (
                  <ul className="dossier-list" data-print-limit={printLimits.events}>
                    {group.items.map((e) => (
                      <EventItem key={e.id} e={e} partnerId={partnerId} />
                    ))}
                  </ul>
                )}
                <ShownOf
                  shown={group.items.length}
                  total={group.total}
                  printLimit={printLimits.events}
                  more={
                    group.total > group.items.length && (
                      <Link to="/events" search={{ partner: [partnerId] }}>
                        {t("dossier.all")}
                      </Link>
                    )
                  }
                />
              </div>
            );
          })}
        </>
      )}
    </DossierBlock>
  );
}

// ---------------------------------------------------------------------------------

export function ProjectsBlock({ query, partnerId }: { query: Q; partnerId: string }): ReactNode {
  const { t } = useTranslation();
  return (
    <DossierBlock
      id="dossier-projects"
      title={t("dossier.projects.title")}
      query={query}
      count={(d) => d.projects.total}
      isEmpty={(d) => d.projects.total === 0}
      empty={t("dossier.projects.empty")}
      lines={2}
    >
      {(d) => (
        <>
          <ul className="dossier-list" data-print-limit={printLimits.projects}>
            {d.projects.items.map((p) => (
              <li key={p.id} className="dossier-item dossier-item--split">
                <div>
                  <Link to="/projects/$projectId" params={{ projectId: p.id }} className="dossier-item__title">
                    {p.title}
                  </Link>
                  <Meta>{[p.sector?.name, concerns([p.partner], partnerId)]}</Meta>
                </div>
                <div className="dossier-item__side">
                  <Badge tone={projectTone[p.stage]}>{t(`enums.projectStage.${p.stage}`)}</Badge>
                </div>
              </li>
            ))}
          </ul>
          <ShownOf shown={d.projects.items.length} total={d.projects.total} printLimit={printLimits.projects} />
        </>
      )}
    </DossierBlock>
  );
}

// ---------------------------------------------------------------------------------

export function FollowUpsBlock({ query }: { query: Q }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <DossierBlock
      id="dossier-follow-ups"
      title={t("dossier.followUps.title")}
      query={query}
      count={(d) => d.followUps.total}
      isEmpty={(d) => d.followUps.total === 0}
      empty={t("dossier.followUps.empty")}
      lines={3}
    >
      {(d) => (
        <>
          <ul className="dossier-list" data-print-limit={printLimits.followUps}>
            {d.followUps.items.map((f) => (
              <li key={f.id} className="dossier-item">
                <span className="dossier-item__text">{f.title}</span>
                <Meta>
                  {[
                    f.overdue ? (
                      <Badge key="o" tone="red">
                        {t("dossier.followUps.overdue", { date: f.dueDate ? format.shortDate(f.dueDate) : "" })}
                      </Badge>
                    ) : f.dueDate ? (
                      t("dossier.followUps.due", { date: format.shortDate(f.dueDate) })
                    ) : (
                      t("dossier.followUps.noDue")
                    ),
                    f.owner,
                    f.interaction ? (
                      <Link key="i" to="/meetings/$meetingId" params={{ meetingId: f.interaction.id }}>
                        {f.interaction.title}
                      </Link>
                    ) : (
                      f.agreement && (
                        <Link key="a" to="/agreements/$agreementId" params={{ agreementId: f.agreement.id }}>
                          {f.agreement.title}
                        </Link>
                      )
                    ),
                  ]}
                </Meta>
              </li>
            ))}
          </ul>
          <ShownOf
            shown={d.followUps.items.length}
            total={d.followUps.total}
            printLimit={printLimits.followUps}
            more={d.followUps.total > d.followUps.items.length && <Link to="/tasks">{t("dossier.followUps.all")}</Link>}
          />
        </>
      )}
    </DossierBlock>
  );
}

// ---------------------------------------------------------------------------------

export function ChildrenBlock({ query }: { query: Q }): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <DossierBlock
      id="dossier-children"
      title={t("partner.children")}
      query={query}
      count={(d) => d.children.length}
      isEmpty={(d) => d.children.length === 0}
      empty={t("partner.childrenEmpty")}
      lines={3}
    >
      {(d) => (
        <ul className="link-list dossier-children">
          {d.children.map((child) => (
            <li key={child.id}>
              <Link to="/partners/$partnerId" params={{ partnerId: child.id }} className="link-list__item">
                <span className="dossier-children__name">
                  <span>{child.name}</span>
                  <span className="dossier-children__activity">
                    {child.contacts + child.agreements === 0
                      ? t("dossier.children.none")
                      : t("dossier.children.activity", {
                          contacts: format.number(child.contacts),
                          agreements: format.number(child.agreements),
                        })}
                    {child.lastContactAt &&
                      ` · ${t("dossier.children.last", { date: format.preciseDate(child.lastContactAt, child.lastContactPrecision ?? "DAY", "short") })}`}
                  </span>
                </span>
                <LevelBadge level={child.level} />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </DossierBlock>
  );
}
