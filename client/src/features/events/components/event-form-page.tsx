import type { ReactNode } from "react";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { trpc } from "../../../lib/trpc.ts";
import { EditRecordFormPage, NewRecordFormPage } from "../../../entities/record-page/record-form-page.tsx";
import { emptyEventValues, eventToValues } from "../hooks/event-form-values.ts";
import { EventForm } from "./event-form.tsx";

const newRoute = getRouteApi("/app/events/new");
const editRoute = getRouteApi("/app/events/$eventId/edit");

export function NewEventPage(): ReactNode {
  const { t } = useTranslation();
  const { tour } = newRoute.useSearch();
  return (
    <NewRecordFormPage
      kind="event"
      className="event-form-page"
      title={t("events.form.createTitle")}
      createdToast={(saved: { id: string; title: string }) => t("events.createdToast", { title: saved.title })}
    >
      {(exits) => <EventForm initial={emptyEventValues(Boolean(tour))} draftKey="event:new" {...exits} />}
    </NewRecordFormPage>
  );
}

export function EditEventPage(): ReactNode {
  const { t } = useTranslation();
  const { eventId } = editRoute.useParams();
  return (
    <EditRecordFormPage
      kind="event"
      className="event-form-page"
      query={trpc.event.byId.queryOptions({ id: eventId })}
      labelOf={(e) => e.title}
      title={t("events.form.editTitle")}
      savedToast={t("events.saved")}
    >
      {(current, form) => <EventForm event={current} initial={eventToValues(current)} {...form} />}
    </EditRecordFormPage>
  );
}
