import type { ReactNode } from "react";
import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { errorCode, isNetworkError } from "../../../lib/errors.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { PageHeader } from "../../../ui/page-header.tsx";
import { EmptyState, ErrorState } from "../../../ui/states.tsx";
import { buttonClass } from "../../../ui/button.tsx";
import { Skeleton } from "../../../ui/spinner.tsx";
import { showToast } from "../../../ui/toast.tsx";
import { useEvent } from "../hooks/event-queries.ts";
import { emptyEventValues, eventToValues } from "../hooks/event-form-values.ts";
import { EventForm } from "./event-form.tsx";
import { EventCrumbs } from "./event-page.tsx";

const newRoute = getRouteApi("/app/events/new");
const editRoute = getRouteApi("/app/events/$eventId/edit");

export function NewEventPage(): ReactNode {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { tour } = newRoute.useSearch();
  useDocumentTitle(t("events.form.createTitle"));
  return (
    <div className="page page--narrow event-form-page">
      <PageHeader breadcrumb={<EventCrumbs />} title={t("events.form.createTitle")} />
      <EventForm
        initial={emptyEventValues(Boolean(tour))}
        draftKey="event:new"
        onSaved={(saved) => {
          showToast(t("events.createdToast", { title: saved.title }));
          void navigate({ to: "/events/$eventId", params: { eventId: saved.id } });
        }}
        onCancel={() => void navigate({ to: "/events" })}
      />
    </div>
  );
}

export function EditEventPage(): ReactNode {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { eventId } = editRoute.useParams();
  const event = useEvent(eventId);
  useDocumentTitle(event.data ? `${t("events.form.editTitle")}: ${event.data.title}` : t("events.form.editTitle"));

  if (event.isPending) {
    return (
      <div className="page page--narrow" aria-busy="true">
        <EventCrumbs />
        <div className="card">
          <Skeleton lines={8} />
        </div>
      </div>
    );
  }
  if (event.isError) {
    const code = errorCode(event.error);
    return (
      <div className="page page--narrow">
        <EventCrumbs />
        {code === "NOT_FOUND" || code === "BAD_REQUEST" ? (
          <EmptyState
            title={t("events.notFoundTitle")}
            text={t("events.notFound")}
            action={
              <Link to="/events" className={buttonClass("primary")}>
                {t("common.backTo", { place: t("events.title") })}
              </Link>
            }
          />
        ) : (
          <ErrorState message={isNetworkError(event.error) ? t("errors.network") : t("errors.load")} onRetry={() => void event.refetch()} />
        )}
      </div>
    );
  }

  const current = event.data;
  const toEvent = () => void navigate({ to: "/events/$eventId", params: { eventId: current.id } });
  return (
    <div className="page page--narrow event-form-page">
      <PageHeader breadcrumb={<EventCrumbs event={current} />} title={t("events.form.editTitle")} intro={current.title} />
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
    </div>
  );
}
