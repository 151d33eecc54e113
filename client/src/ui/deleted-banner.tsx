// "Запись удалена <date>" above a deleted record; administrators can bring it back.
// Every kind takes restore({ id, version }); when the page does not know the version,
// it is read from history.deleted.
import { useState, type ReactNode } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import type { TDeletedEntity } from "@atlas/shared/history";
import type { Timestamp } from "@atlas/shared/timestamp";
import { trpc } from "../lib/trpc.ts";
import { invalidateAfter } from "../lib/invalidation.ts";
import { useFormat } from "../lib/format.ts";
import { useHasRole } from "../lib/session.ts";
import { errorCode, isNetworkError, errorText } from "../lib/errors.ts";
import { Alert } from "./alert.tsx";
import { Button } from "./button.tsx";
import { showToast } from "./toast.tsx";
import "./deleted-banner.css";

type Props = {
  entity: TDeletedEntity;
  id: string;
  version?: number;
  deletedAt: Timestamp;
  onRestored: () => void;
};

/** The restore mutation of each kind of record, behind one signature. */
export function useRestoreRecord() {
  const queryClient = useQueryClient();
  const meeting = useMutation(trpc.meeting.restore.mutationOptions());
  const agreement = useMutation(trpc.agreement.restore.mutationOptions());
  const event = useMutation(trpc.event.restore.mutationOptions());
  const project = useMutation(trpc.project.restore.mutationOptions());
  const mutations = { meeting, agreement, event, project };

  const restore = async (entity: TDeletedEntity, id: string, version: number): Promise<void> => {
    await mutations[entity].mutateAsync({ id, version });
    // The record is back in its lists, its page, the overview, the history.
    await invalidateAfter(queryClient, { entity });
  };
  const pending = Object.values(mutations).some((m) => m.isPending);
  return { restore, pending };
}

/** What to say when a restore fails. */
export function restoreErrorText(error: unknown, t: TFunction): string {
  const code = errorCode(error);
  if (code === "CONFLICT") return t("deleted.conflict");
  if (code === "FORBIDDEN") return t("errors.forbiddenAction");
  if (code === "NOT_FOUND") return t("deleted.notFound");
  if (isNetworkError(error)) return t("errors.network");
  return errorText(error);
}

export function DeletedBanner({ entity, id, version, deletedAt, onRestored }: Props): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const isAdmin = useHasRole("ADMIN");
  const { restore, pending } = useRestoreRecord();
  const [error, setError] = useState<string | null>(null);

  // Restore needs the version the record was deleted at; without it, ask the list of deleted records.
  const needsVersion = isAdmin && version === undefined;
  const lookup = useQuery(trpc.history.deleted.queryOptions({ entity, id, limit: 1 }, { enabled: needsVersion }));
  const knownVersion = version ?? lookup.data?.items[0]?.version;

  const onRestore = async () => {
    setError(null);
    try {
      if (knownVersion === undefined) return;
      await restore(entity, id, knownVersion);
      showToast(t("deleted.restored"));
      onRestored();
    } catch (e) {
      setError(restoreErrorText(e, t));
    }
  };

  return (
    <Alert
      tone="warning"
      title={t("deleted.banner", { date: format.dateTime(deletedAt) })}
      actions={
        isAdmin ? (
          <Button variant="primary" size="sm" busy={pending} disabled={needsVersion && knownVersion === undefined} onClick={() => void onRestore()}>
            {t("deleted.restore")}
          </Button>
        ) : undefined
      }
    >
      {isAdmin ? t("deleted.bannerAdmin") : t("deleted.bannerViewer")}
      {error && (
        <p className="deleted-banner__error" role="alert">
          {error}
        </p>
      )}
    </Alert>
  );
}
