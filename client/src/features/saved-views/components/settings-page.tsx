// «Календарь и виды»: the user's saved views (rename, share, delete) and their calendar
// feeds (create, with the address shown once; revoke).
import "../texts.ts";
import { useId, useState, type FormEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { SavedViewItem } from "@atlas/shared/saved-view";
import { calendarFeedNameMaxLength } from "@atlas/shared/calendar-feed";
import { trpc } from "../../../lib/trpc.ts";
import { errorText, serverFieldErrors } from "../../../lib/errors.ts";
import { useFormat } from "../../../lib/format.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { useCountryOptions, useSectorOptions } from "../../../entities/options/reference-options.ts";
import { PageHeader } from "../../../ui/page-header.tsx";
import { Table, type Column } from "../../../ui/table.tsx";
import { Button } from "../../../ui/button.tsx";
import { Badge } from "../../../ui/badge.tsx";
import { TextField } from "../../../ui/text-field.tsx";
import { Alert } from "../../../ui/alert.tsx";
import { ConfirmDialog } from "../../../ui/dialog.tsx";
import { FormDialog } from "../../../ui/form/form-dialog.tsx";
import { CountrySelect } from "../../../ui/country-select.tsx";
import { showToast } from "../../../ui/toast.tsx";
import { ViewNameField } from "./save-view-dialog.tsx";

export function SettingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("savedViews.settings.title"));
  return (
    <div className="page">
      <PageHeader title={t("savedViews.settings.title")} intro={t("savedViews.settings.intro")} />
      <ViewsSection />
      <CalendarSection />
    </div>
  );
}

function ViewsSection() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const views = useQuery(trpc.savedView.list.queryOptions());
  const [renaming, setRenaming] = useState<SavedViewItem | null>(null);
  const [deleting, setDeleting] = useState<SavedViewItem | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.savedView.list.queryKey() });
  const onError = async (error: unknown) => {
    showToast(errorText(error), "info");
    await refresh();
  };
  const update = useMutation(trpc.savedView.update.mutationOptions({ onSuccess: refresh, onError }));
  const remove = useMutation(
    trpc.savedView.delete.mutationOptions({
      onSuccess: async () => {
        setDeleting(null);
        await refresh();
      },
      onError: async (error) => {
        setDeleting(null);
        await onError(error);
      },
    }),
  );

  const columns: Array<Column<SavedViewItem>> = [
    {
      key: "name",
      header: t("savedViews.settings.columns.name"),
      primary: true,
      cell: (view) => (
        <a href={view.path} className="quiet-link">
          {view.name}
        </a>
      ),
    },
    { key: "address", header: t("savedViews.settings.columns.address"), cell: (view) => <code className="break-all">{decodeURI(view.path)}</code> },
    {
      key: "access",
      header: t("savedViews.settings.columns.access"),
      cell: (view) => <Badge tone={view.shared ? "blue" : "neutral"}>{t(view.shared ? "savedViews.settings.shared" : "savedViews.settings.personal")}</Badge>,
    },
    { key: "author", header: t("savedViews.settings.columns.author"), cell: (view) => view.ownerName },
    {
      key: "actions",
      header: t("savedViews.settings.columns.actions"),
      cell: (view) =>
        view.canEdit && (
          <div className="row-actions">
            <Button size="sm" variant="ghost" onClick={() => setRenaming(view)}>
              {t("savedViews.settings.rename")}
            </Button>
            <Button
              size="sm"
              variant="ghost"
              disabled={update.isPending}
              onClick={() => update.mutate({ id: view.id, version: view.version, data: { shared: !view.shared } })}
            >
              {t(view.shared ? "savedViews.settings.unshare" : "savedViews.settings.share")}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setDeleting(view)}>
              {t("savedViews.settings.delete")}
            </Button>
          </div>
        ),
    },
  ];

  return (
    <section className="card stack" aria-labelledby="views-heading">
      <h2 id="views-heading">{t("savedViews.settings.views")}</h2>
      <Table
        caption={t("savedViews.settings.viewsCaption")}
        columns={columns}
        rows={views.data ?? []}
        rowKey={(view) => view.id}
        loading={views.isPending}
        empty={t("savedViews.settings.noViews")}
      />
      {renaming && <RenameDialog view={renaming} onClose={() => setRenaming(null)} onRenamed={refresh} />}
      <ConfirmDialog
        open={deleting !== null}
        title={t("savedViews.settings.deleteTitle")}
        text={t("savedViews.settings.deleteText", { name: deleting?.name ?? "", forAll: deleting?.shared ? t("savedViews.settings.deleteForAll") : "" })}
        confirmLabel={t("savedViews.settings.delete")}
        busy={remove.isPending}
        onConfirm={() => deleting && remove.mutate({ id: deleting.id, version: deleting.version })}
        onCancel={() => setDeleting(null)}
      />
    </section>
  );
}

function RenameDialog({ view, onClose, onRenamed }: { view: SavedViewItem; onClose: () => void; onRenamed: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [name, setName] = useState(view.name);
  const rename = useMutation(
    trpc.savedView.update.mutationOptions({
      onSuccess: async () => {
        await onRenamed();
        onClose();
      },
    }),
  );
  const fieldErrors = rename.error ? serverFieldErrors(rename.error) : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    rename.mutate({ id: view.id, version: view.version, data: { name } });
  };
  return (
    <FormDialog
      title={t("savedViews.settings.renameTitle")}
      formId="rename-view-form"
      formClassName="stack"
      submitLabel={t("common.save")}
      busy={rename.isPending}
      onSubmit={submit}
      onClose={onClose}
    >
      <ViewNameField value={name} onChange={setName} error={fieldErrors.name} />
      {rename.error && !fieldErrors.name && <Alert tone="error">{errorText(rename.error)}</Alert>}
    </FormDialog>
  );
}

type Feed = NonNullable<ReturnType<typeof useFeeds>["data"]>[number];
const useFeeds = () => useQuery(trpc.calendarFeed.list.queryOptions());

function CalendarSection() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const ids = useId();
  const queryClient = useQueryClient();
  const feeds = useFeeds();
  const countries = useCountryOptions();
  const sectors = useSectorOptions();
  const [name, setName] = useState("");
  const [country, setCountry] = useState("");
  const [sectorId, setSectorId] = useState("");
  const [revoking, setRevoking] = useState<Feed | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.calendarFeed.list.queryKey() });
  const create = useMutation(trpc.calendarFeed.create.mutationOptions({ onSuccess: refresh }));
  const revoke = useMutation(
    trpc.calendarFeed.revoke.mutationOptions({
      onSuccess: async () => {
        setRevoking(null);
        showToast(t("savedViews.settings.revokedToast"));
        await refresh();
      },
      onError: (error) => {
        setRevoking(null);
        showToast(errorText(error), "info");
      },
    }),
  );
  const fieldErrors = create.error ? serverFieldErrors(create.error, "") : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name, filter: { ...(country ? { countryCodes: [country] } : {}), ...(sectorId ? { sectorIds: [sectorId] } : {}) } });
  };
  const createdUrl = create.data ? `${window.location.origin}${create.data.path}` : null;

  const columns: Array<Column<Feed>> = [
    { key: "name", header: t("savedViews.settings.columns.name"), primary: true, cell: (feed) => feed.name },
    {
      key: "filter",
      header: t("savedViews.settings.columns.filter"),
      cell: (feed) => [...feed.countryCodes, ...feed.partners, ...feed.sectors].join(", ") || t("savedViews.settings.everything"),
    },
    { key: "created", header: t("savedViews.settings.columns.created"), cell: (feed) => format.instantDate(feed.createdAt, "short") },
    {
      key: "status",
      header: t("savedViews.settings.columns.status"),
      cell: (feed) =>
        feed.revokedAt ? (
          <Badge tone="neutral">{t("savedViews.settings.revoked", { date: format.instantDate(feed.revokedAt, "short") })}</Badge>
        ) : (
          <Badge tone="green">{t("savedViews.settings.active")}</Badge>
        ),
    },
    {
      key: "actions",
      header: t("savedViews.settings.columns.actions"),
      cell: (feed) =>
        !feed.revokedAt && (
          <Button size="sm" variant="ghost" onClick={() => setRevoking(feed)}>
            {t("savedViews.settings.revoke")}
          </Button>
        ),
    },
  ];

  return (
    <section className="card stack" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">{t("savedViews.settings.calendar")}</h2>
      <p className="muted">{t("savedViews.settings.calendarIntro")}</p>
      <form className="filter-bar" onSubmit={submit} noValidate>
        <TextField
          label={t("savedViews.settings.feedName")}
          name="feedName"
          required
          maxLength={calendarFeedNameMaxLength}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldErrors.name}
        />
        <CountrySelect id={`${ids}-country`} value={country} onChange={(code) => setCountry(code ?? "")} countries={countries.data} />
        <div className="filter-bar__field filter-bar__field--select">
          <label className="field__label" htmlFor={`${ids}-sector`}>
            {t("savedViews.settings.sector")}
          </label>
          <select id={`${ids}-sector`} className="input select" value={sectorId} onChange={(e) => setSectorId(e.target.value)}>
            <option value="">{t("savedViews.settings.anySector")}</option>
            {(sectors.data?.items ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {i18n.language === "en" ? s.nameEn : s.name}
              </option>
            ))}
          </select>
        </div>
        <Button variant="primary" type="submit" busy={create.isPending}>
          {t("savedViews.settings.create")}
        </Button>
      </form>
      {create.error && !fieldErrors.name && <Alert tone="error">{errorText(create.error)}</Alert>}
      {createdUrl && create.data && (
        <Alert tone="success" title={t("savedViews.settings.created", { name: create.data.name })}>
          <input
            className="input"
            readOnly
            value={createdUrl}
            aria-label={t("savedViews.settings.created", { name: create.data.name })}
            onFocus={(e) => e.target.select()}
          />
          <p>{t("savedViews.settings.copyHint")}</p>
        </Alert>
      )}
      <Table
        caption={t("savedViews.settings.feedsCaption")}
        columns={columns}
        rows={feeds.data ?? []}
        rowKey={(feed) => feed.id}
        loading={feeds.isPending}
        empty={t("savedViews.settings.noFeeds")}
      />
      <ConfirmDialog
        open={revoking !== null}
        title={t("savedViews.settings.revokeTitle")}
        text={t("savedViews.settings.revokeText", { name: revoking?.name ?? "" })}
        confirmLabel={t("savedViews.settings.revoke")}
        busy={revoke.isPending}
        onConfirm={() => revoking && revoke.mutate({ id: revoking.id })}
        onCancel={() => setRevoking(null)}
      />
    </section>
  );
}
