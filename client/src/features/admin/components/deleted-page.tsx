// /admin/deleted: soft-deleted meetings, agreements, events and projects (history.deleted),
// newest first, with who deleted each, and "Восстановить" behind a confirmation.
// Their detail pages do not open deleted records, so this is where they come back.
import { useState, type ReactNode } from "react";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { deletedEntities, type TDeletedEntity, type TDeletedRecord } from "@atlas/shared/history";
import { trpc } from "../../../lib/trpc.ts";
import { useFormat } from "../../../lib/format.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { PageHeader } from "../../../ui/page-header.tsx";
import type { Column } from "../../../ui/table.tsx";
import { useColumnVisibility } from "../../../ui/column-picker.tsx";
import { EmptyState } from "../../../ui/states.tsx";
import { Button } from "../../../ui/button.tsx";
import { Badge, type BadgeTone } from "../../../ui/badge.tsx";
import { Icon } from "../../../ui/icons.tsx";
import { ListResults, ListTotal, useListRows } from "../../../entities/list-page/list-results.tsx";
import { ConfirmDialog } from "../../../ui/dialog.tsx";
import { showToast } from "../../../ui/toast.tsx";
import { restoreErrorText, useRestoreRecord } from "../../../ui/deleted-banner.tsx";
import "./deleted-page.css";

const typeTones: Record<TDeletedEntity, BadgeTone> = { meeting: "blue", agreement: "violet", event: "green", project: "amber" };

export function DeletedPage(): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t("deleted.title"));

  const [entity, setEntity] = useState<TDeletedEntity | null>(null);
  const [pending, setPending] = useState<TDeletedRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { restore, pending: restoring } = useRestoreRecord();

  const list = useInfiniteQuery(
    trpc.history.deleted.infiniteQueryOptions(
      { entity, limit: 50 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined, placeholderData: keepPreviousData },
    ),
  );
  const { total } = useListRows(list);

  const close = () => {
    setPending(null);
    setError(null);
  };

  const confirm = async () => {
    if (!pending) return;
    setError(null);
    try {
      await restore(pending.entity, pending.id, pending.version);
      showToast(t("deleted.restoredNamed", { title: pending.title }));
      close();
    } catch (e) {
      setError(restoreErrorText(e, t));
      // Someone else restored or changed it: show the list as it is now.
      void list.refetch();
    }
  };

  const columns: Array<Column<TDeletedRecord>> = [
    {
      key: "title",
      header: t("deleted.columns.title"),
      primary: true,
      hideable: false,
      cell: (r) => <span className="deleted-title">{r.title}</span>,
    },
    { key: "type", header: t("deleted.columns.type"), cell: (r) => <Badge tone={typeTones[r.entity]}>{t(`entities.${r.entity}.singular`)}</Badge> },
    {
      key: "deletedAt",
      header: t("deleted.columns.deletedAt"),
      cell: (r) => <time dateTime={r.deletedAt}>{format.dateTime(r.deletedAt)}</time>,
    },
    {
      key: "deletedBy",
      header: t("deleted.columns.deletedBy"),
      cell: (r) =>
        r.deletedBy ? (
          <span className="user-cell">
            <span className="user-cell__name">{r.deletedBy.name}</span>
            <span className="user-cell__email">{r.deletedBy.email}</span>
          </span>
        ) : (
          <span className="muted">{t("deleted.unknownUser")}</span>
        ),
    },
    {
      key: "actions",
      header: t("deleted.columns.actions"),
      align: "end",
      hideable: false,
      cell: (r) => (
        <Button size="sm" icon={<Icon name="refresh" size={16} />} aria-label={t("deleted.restoreFor", { title: r.title })} onClick={() => setPending(r)}>
          {t("deleted.restore")}
        </Button>
      ),
    },
  ];
  const { visible, picker } = useColumnVisibility("admin-deleted", columns);

  return (
    <div className="page">
      <PageHeader
        title={t("deleted.title")}
        intro={t("deleted.intro")}
        meta={<ListTotal total={total} label={(count, formatted) => t("deleted.total", { count, formatted })} />}
      />

      <div className="filter-bar">
        <fieldset className="filter-bar__field chips">
          <legend className="label">{t("deleted.filterLabel")}</legend>
          <div className="chips__list">
            {[null, ...deletedEntities].map((e) => (
              <button key={e ?? "all"} type="button" className="chip" aria-pressed={entity === e} onClick={() => setEntity(e)}>
                {e ? t(`entities.${e}.singular`) : t("deleted.all")}
              </button>
            ))}
          </div>
        </fieldset>
        <div className="filter-bar__field filter-bar__field--end">{picker}</div>
      </div>

      <ListResults
        list={list}
        caption={t("deleted.title")}
        columns={visible}
        rowKey={(r) => `${r.entity}:${r.id}`}
        empty={
          <EmptyState
            icon="folder"
            title={entity ? t("deleted.emptyFiltered") : t("deleted.empty")}
            text={entity ? undefined : t("deleted.emptyText")}
            action={entity ? <Button onClick={() => setEntity(null)}>{t("deleted.all")}</Button> : undefined}
          />
        }
      />

      <ConfirmDialog
        open={pending !== null}
        title={t("deleted.confirmTitle")}
        text={pending ? t("deleted.confirmText", { title: pending.title, type: t(`entities.${pending.entity}.singular`) }) : ""}
        confirmLabel={t("deleted.restore")}
        tone="primary"
        busy={restoring}
        error={error}
        onConfirm={() => void confirm()}
        onCancel={close}
      />
    </div>
  );
}
