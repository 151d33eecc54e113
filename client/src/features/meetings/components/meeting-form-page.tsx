import type { ReactNode } from "react";
import { useQuery, useSuspenseQuery } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { TInteractionKind } from "@atlas/shared/enums";
import { useVocabulary } from "../../../lib/vocabularies.ts";
import { trpc } from "../../../lib/trpc.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { useHomeToday } from "../../../lib/home-today.ts";
import { Skeleton } from "../../../ui/spinner.tsx";
import { showToast } from "../../../ui/toast.tsx";
import { RecordPage } from "../../../entities/record-page/record-page.tsx";
import { emptyMeetingValues, meetingToValues } from "../hooks/meeting-form-values.ts";
import { MeetingForm } from "./meeting-form.tsx";
import "../meetings.css";

const editRoute = getRouteApi("/app/meetings/$meetingId/edit");

/** The kind most of the last hundred logged contacts had: what the next one most likely is. */
function useCommonKind() {
  const live = new Set(
    useVocabulary("meetingKind")
      .filter((k) => !k.retired)
      .map((k) => k.value),
  );
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
    <RecordPage kind="meeting" layout="form" title={t("meetings.form.createTitle")} intro={t("meetings.form.createIntro")}>
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
    </RecordPage>
  );
}

export function EditMeetingPage(): ReactNode {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { meetingId } = editRoute.useParams();
  const { data: current } = useSuspenseQuery(trpc.meeting.byId.queryOptions({ id: meetingId }));
  useDocumentTitle(`${t("meetings.form.editTitle")}: ${current.title}`);
  const toMeeting = () => void navigate({ to: "/meetings/$meetingId", params: { meetingId: current.id } });
  return (
    <RecordPage
      kind="meeting"
      layout="form"
      trail={[{ kind: "meeting", id: current.id, label: current.title }]}
      title={t("meetings.form.editTitle")}
      intro={current.title}
    >
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
    </RecordPage>
  );
}
