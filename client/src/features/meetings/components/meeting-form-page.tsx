import type { ReactNode } from "react";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { TInteractionKind } from "@atlas/shared/enums";
import { useVocabulary } from "../../../lib/vocabularies.ts";
import { trpc } from "../../../lib/trpc.ts";
import { errorCode, isNetworkError } from "../../../lib/errors.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { useHomeToday } from "../../../lib/home-today.ts";
import { PageHeader } from "../../../ui/page-header.tsx";
import { EmptyState, ErrorState } from "../../../ui/states.tsx";
import { buttonClass } from "../../../ui/button.tsx";
import { Skeleton } from "../../../ui/spinner.tsx";
import { showToast } from "../../../ui/toast.tsx";
import { useMeeting } from "../hooks/meeting-queries.ts";
import { emptyMeetingValues, meetingToValues } from "../hooks/meeting-form-values.ts";
import { MeetingForm } from "./meeting-form.tsx";
import { Breadcrumb } from "./meeting-page.tsx";
import "../meetings.css";

const editRoute = getRouteApi("/app/meetings/$meetingId/edit");

/** The kind most of the last hundred logged contacts had: what the next one most likely is. */
function useCommonKind() {
  const live = new Set(useVocabulary("meetingKind").filter((k) => !k.retired).map((k) => k.value));
  const counted = useQuery(
    trpc.meeting.list.queryOptions(
      { sort: { field: "createdAt", direction: "desc" }, limit: 100 },
      {
        staleTime: 10 * 60_000,
        select: (data): TInteractionKind[] => {
          const counts = new Map<TInteractionKind, number>();
          for (const m of data.items) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
          return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([kind]) => kind);
        },
      },
    ),
  );
  // A retired kind is not offered to a new meeting, however common it was.
  return { isPending: counted.isPending, data: counted.data?.find((kind) => live.has(kind)) };
}

function FormSkeleton() {
  return (
    <div className="card" aria-busy="true">
      <Skeleton lines={10} />
    </div>
  );
}

export function NewMeetingPage(): ReactNode {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const kind = useCommonKind();
  const today = useHomeToday();
  useDocumentTitle(t("meetings.form.createTitle"));
  return (
    <div className="page page--narrow">
      <PageHeader breadcrumb={<Breadcrumb />} title={t("meetings.form.createTitle")} intro={t("meetings.form.createIntro")} />
      {kind.isPending ? (
        <FormSkeleton />
      ) : (
        <MeetingForm
          // Without the list (offline, error) the form still opens, with a plain meeting as the kind.
          initial={emptyMeetingValues(kind.data ?? "MEETING", today)}
          draftKey="meeting:new"
          onSaved={(saved) => {
            showToast(t("meetings.one.createdToast", { title: saved.title }));
            void navigate({ to: "/meetings/$meetingId", params: { meetingId: saved.id } });
          }}
          onCancel={() => void navigate({ to: "/meetings" })}
        />
      )}
    </div>
  );
}

export function EditMeetingPage(): ReactNode {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { meetingId } = editRoute.useParams();
  const meeting = useMeeting(meetingId);
  useDocumentTitle(meeting.data ? `${t("meetings.form.editTitle")}: ${meeting.data.title}` : t("meetings.form.editTitle"));

  if (meeting.isPending) {
    return (
      <div className="page page--narrow">
        <Breadcrumb />
        <FormSkeleton />
      </div>
    );
  }
  if (meeting.isError) {
    const code = errorCode(meeting.error);
    return (
      <div className="page page--narrow">
        <Breadcrumb />
        {code === "NOT_FOUND" || code === "BAD_REQUEST" ? (
          <EmptyState
            title={t("meetings.one.notFoundTitle")}
            text={t("meetings.one.notFound")}
            action={
              <Link to="/meetings" className={buttonClass("primary")}>
                {t("common.backTo", { place: t("meetings.title") })}
              </Link>
            }
          />
        ) : (
          <ErrorState message={isNetworkError(meeting.error) ? t("errors.network") : t("errors.load")} onRetry={() => void meeting.refetch()} />
        )}
      </div>
    );
  }
  const current = meeting.data;
  const toMeeting = () => void navigate({ to: "/meetings/$meetingId", params: { meetingId: current.id } });
  return (
    <div className="page page--narrow">
      <PageHeader breadcrumb={<Breadcrumb meeting={current} />} title={t("meetings.form.editTitle")} intro={current.title} />
      <MeetingForm
        // A newer version from elsewhere must not reset what is being typed: the key is the record, not its version.
        key={current.id}
        meeting={current}
        initial={meetingToValues(current)}
        draftKey={`meeting:${current.id}`}
        onSaved={() => {
          showToast(t("meetings.one.saved"));
          toMeeting();
        }}
        onCancel={toMeeting}
      />
    </div>
  );
}
