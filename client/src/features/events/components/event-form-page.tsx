import type { ReactNode } from "react";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { trpc } from "../../../lib/trpc.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { showToast } from "../../../ui/toast.tsx";
import { RecordPage } from "../../../entities/record-page/record-page.tsx";
import { emptyEventValues, eventToValues } from "../hooks/event-form-values.ts";
import { EventForm } from "./event-form.tsx";

const newRoute = getRouteApi("/app/events/new");
const editRoute = getRouteApi("/app/events/$eventId/edit");

export function NewEventPage(): ReactNode {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { tour } = newRoute.useSearch();
  useDocumentTitle(t("events.form.createTitle"));
  return (
    <RecordPage kind="event" layout="form" className="event-form-page" title={t("events.form.createTitle")}>
      <EventForm
        initial={emptyEventValues(Boolean(tour))}
        draftKey="event:new"
        onSaved={(saved) => {
          showToast(t("events.createdToast", { title: saved.title }));
          void navigate({ to: "/events/$eventId", params: { eventId: saved.id } });
        }}
        onCancel={() => void navigate({ to: "/events" })}
      />
    </RecordPage>
  );
}

export function EditEventPage(): ReactNode {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { eventId } = editRoute.useParams();
  const { data: current } = useSuspenseQuery(trpc.event.byId.queryOptions({ id: eventId }));
  useDocumentTitle(`${t("events.form.editTitle")}: ${current.title}`);
  const toEvent = () => void navigate({ to: "/events/$eventId", params: { eventId: current.id } });
  return (
    <RecordPage
      kind="event"
      layout="form"
      className="event-form-page"
      trail={[{ kind: "event", id: current.id, label: current.title }]}
      title={t("events.form.editTitle")}
      intro={current.title}
    >
      <EventForm
        // A newer version from elsewhere must not reset what is being typed: the key is the record, not its version.
        key={current.id}
        event={current}
        initial={eventToValues(current)}
        draftKey={`event:${current.id}`}
        onSaved={() => {
          showToast(t("events.saved"));
          toEvent();
        }}
        onCancel={toEvent}
      />
    </RecordPage>
  );
}
