import type { ReactNode } from "react";
import { getRouteApi } from "@tanstack/react-router";
import { trpc } from "../../../lib/trpc.ts";
import { EditRecordFormPage, NewRecordFormPage } from "../../../entities/record-page/record-form-page.tsx";
import { emptyEventValues, eventToValues } from "../hooks/event-form-values.ts";
import { EventForm } from "./event-form.tsx";

const newRoute = getRouteApi("/app/events/new");

export function NewEventPage(): ReactNode {
  const { tour } = newRoute.useSearch();
  return (
    <NewRecordFormPage kind="event" className="event-form-page" labelOf={(saved: { id: string; title: string }) => saved.title}>
      {(exits) => <EventForm initial={emptyEventValues(Boolean(tour))} draftKey="event:new" {...exits} />}
    </NewRecordFormPage>
  );
}

export function EditEventPage(): ReactNode {
  return (
    <EditRecordFormPage kind="event" className="event-form-page" query={(id) => trpc.event.byId.queryOptions({ id })} labelOf={(e) => e.title}>
      {(current, form) => <EventForm event={current} initial={eventToValues(current)} {...form} />}
    </EditRecordFormPage>
  );
}
