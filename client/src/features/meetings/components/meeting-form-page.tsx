import type { ReactNode } from "react";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { TInteractionKind } from "@atlas/shared/enums";
import { useVocabulary } from "../../../lib/vocabularies.ts";
import { trpc } from "../../../lib/trpc.ts";
import { useHomeToday } from "../../../lib/home-today.ts";
import { Skeleton } from "../../../ui/spinner.tsx";
import { EditRecordFormPage, NewRecordFormPage } from "../../../entities/record-page/record-form-page.tsx";
import { emptyMeetingValues, meetingToValues } from "../hooks/meeting-form-values.ts";
import { MeetingForm } from "./meeting-form.tsx";
import "../meetings.css";

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
  const kind = useCommonKind();
  const today = useHomeToday();
  return (
    <NewRecordFormPage kind="meeting" labelOf={(saved: { id: string; title: string }) => saved.title} intro={t("meetings.form.createIntro")}>
      {(exits) =>
        kind.isPending ? (
          <FormSkeleton />
        ) : (
          // Without the list (offline, error) the form still opens, with a plain meeting as the kind.
          <MeetingForm initial={emptyMeetingValues(kind.data ?? "MEETING", today)} draftKey="meeting:new" {...exits} />
        )
      }
    </NewRecordFormPage>
  );
}

export function EditMeetingPage(): ReactNode {
  return (
    <EditRecordFormPage kind="meeting" query={(id) => trpc.meeting.byId.queryOptions({ id })} labelOf={(m) => m.title}>
      {(current, form) => <MeetingForm meeting={current} initial={meetingToValues(current)} {...form} />}
    </EditRecordFormPage>
  );
}
