// «Справочники»: the vocabularies kept as data (shared/src/vocabulary.ts). An
// administrator renames a value (inline), retires it or brings it back, merges it into
// another (every record moves; cannot be undone) and, for kinds of agreement, says
// whether 4-FZ registration applies. Built-in values can only be renamed.
import { useState, type KeyboardEvent, type ReactNode } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { vocabularyNames, ZUpdateTermInput, type TMergeTermsInput, type TVocabularyName, type TVocabularyTerm } from "@atlas/shared/vocabulary";
import { trpc } from "../../../lib/trpc.ts";
import { errorCode, isNetworkError, serverFieldErrors, errorText } from "../../../lib/errors.ts";
import { useForm, type Prepared } from "../../../lib/use-form.ts";
import { checkWith } from "../../../lib/validation.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { refreshVocabularies, termName, useVocabularies } from "../../../lib/vocabularies.ts";
import { PageHeader } from "../../../ui/page-header.tsx";
import { Table, type Column } from "../../../ui/table.tsx";
import { EmptyState, ErrorState } from "../../../ui/states.tsx";
import { Button } from "../../../ui/button.tsx";
import { Badge } from "../../../ui/badge.tsx";
import { Alert } from "../../../ui/alert.tsx";
import { Dialog } from "../../../ui/dialog.tsx";
import { Select } from "../../../ui/select.tsx";
import { TextField } from "../../../ui/text-field.tsx";
import { showToast } from "../../../ui/toast.tsx";
import { AddTermForm } from "../../../ui/vocabulary-select.tsx";
import "../../../ui/tab-bar.css";
import "./vocabularies-page.css";
import "../texts.ts";

const route = getRouteApi("/app/admin/vocabularies");

export function VocabulariesPage(): ReactNode {
  const { t } = useTranslation();
  const search = route.useSearch();
  const list: TVocabularyName = search.list ?? "sector";
  useDocumentTitle(t("admin.vocabularies.title"));
  const vocabularies = useVocabularies();
  const terms = vocabularies.data?.[list] ?? [];

  return (
    <div className="page">
      <PageHeader title={t("admin.vocabularies.title")} intro={t("admin.vocabularies.intro")} />
      <nav className="tab-bar" aria-label={t("admin.vocabularies.tabsLabel")}>
        {vocabularyNames.map((name) => (
          <Link
            key={name}
            to="/admin/vocabularies"
            search={{ list: name }}
            className={`tab-bar__tab${list === name ? " tab-bar__tab--active" : ""}`}
            aria-current={list === name ? "page" : undefined}
          >
            {t(`entities.${name}.plural`)}
          </Link>
        ))}
      </nav>
      {vocabularies.isError ? (
        <ErrorState message={isNetworkError(vocabularies.error) ? t("errors.network") : t("errors.load")} onRetry={() => void vocabularies.refetch()} />
      ) : (
        <VocabularyTable key={list} list={list} terms={terms} loading={vocabularies.isPending} />
      )}
    </div>
  );
}

function VocabularyTable({ list, terms, loading }: { list: TVocabularyName; terms: TVocabularyTerm[]; loading: boolean }): ReactNode {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<string | null>(null);
  const [merging, setMerging] = useState<TVocabularyTerm | null>(null);
  const [adding, setAdding] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const byId = new Map(terms.map((term) => [term.id, term]));
  const listTitle = t(`entities.${list}.plural`);

  const update = useMutation(trpc.vocabulary.update.mutationOptions());
  const retire = useMutation(trpc.vocabulary.retire.mutationOptions());

  /** A refused change: a version conflict reloads the list and says so, as the other admin pages do. */
  async function refused(error: unknown, term: TVocabularyTerm) {
    if (errorCode(error) === "CONFLICT" && !serverFieldErrors(error, "data.").name) {
      await refreshVocabularies(queryClient, "update");
      setProblem(t("admin.vocabularies.conflict", { name: term.name }));
      return;
    }
    setProblem(errorText(error));
  }

  async function setRetired(term: TVocabularyTerm, retired: boolean) {
    setProblem(null);
    try {
      await retire.mutateAsync({ vocabulary: list, id: term.id, version: term.version, retired });
      await refreshVocabularies(queryClient, "retire");
      showToast(t(retired ? "admin.vocabularies.retiredToast" : "admin.vocabularies.returnedToast", { name: term.name }));
    } catch (error) {
      await refused(error, term);
    }
  }

  async function setRegistration(term: TVocabularyTerm, needsStateRegistration: boolean) {
    setProblem(null);
    try {
      await update.mutateAsync({ vocabulary: list, id: term.id, version: term.version, data: { needsStateRegistration } });
      await refreshVocabularies(queryClient, "update");
    } catch (error) {
      await refused(error, term);
    }
  }

  const status = (term: TVocabularyTerm): ReactNode => {
    if (term.mergedIntoId) {
      const into = byId.get(term.mergedIntoId);
      return <Badge tone="violet">{t("admin.vocabularies.status.merged", { name: into ? termName(into, i18n.language) : "…" })}</Badge>;
    }
    return term.retired ? (
      <Badge tone="neutral">{t("admin.vocabularies.status.retired")}</Badge>
    ) : (
      <Badge tone="green">{t("admin.vocabularies.status.live")}</Badge>
    );
  };

  const columns: Array<Column<TVocabularyTerm>> = [
    {
      key: "name",
      header: t("admin.vocabularies.columns.name"),
      primary: true,
      hideable: false,
      cell: (term) =>
        editing === term.id ? (
          <RenameTermForm
            list={list}
            term={term}
            onDone={() => setEditing(null)}
            onRefused={(error) => {
              setEditing(null);
              void refused(error, term);
            }}
          />
        ) : (
          <span className="cell-strong">
            {term.name}
            {term.system && <span className="tag vocabulary-system">{t("admin.vocabularies.system")}</span>}
          </span>
        ),
    },
    {
      key: "nameEn",
      header: t("admin.vocabularies.columns.nameEn"),
      cell: (term) => (editing === term.id ? null : term.nameEn ? <span lang="en">{term.nameEn}</span> : <span className="muted">—</span>),
    },
    { key: "status", header: t("admin.vocabularies.columns.status"), cell: status },
    ...(list === "agreementKind"
      ? [
          {
            key: "registration",
            header: t("admin.vocabularies.columns.registration"),
            cell: (term: TVocabularyTerm) => (
              <label className="vocabulary-flag">
                <input
                  type="checkbox"
                  aria-label={t("admin.vocabularies.registrationFor", { name: term.name })}
                  checked={term.needsStateRegistration ?? false}
                  disabled={Boolean(term.mergedIntoId) || update.isPending}
                  onChange={(e) => void setRegistration(term, e.target.checked)}
                />
                <span aria-hidden="true">{t("admin.vocabularies.registrationShort")}</span>
              </label>
            ),
          },
        ]
      : []),
    {
      key: "actions",
      header: t("admin.vocabularies.columns.actions"),
      align: "end" as const,
      hideable: false,
      cell: (term: TVocabularyTerm) =>
        term.mergedIntoId || editing === term.id ? null : (
          <span className="row-actions" role="group" aria-label={t("admin.vocabularies.actionsFor", { name: term.name })}>
            <Button size="sm" variant="ghost" onClick={() => setEditing(term.id)}>
              {t("admin.vocabularies.rename")}
            </Button>
            {!term.system &&
              (term.retired ? (
                <Button size="sm" variant="ghost" busy={retire.isPending && retire.variables?.id === term.id} onClick={() => void setRetired(term, false)}>
                  {t("admin.vocabularies.return")}
                </Button>
              ) : (
                <Button size="sm" variant="ghost" busy={retire.isPending && retire.variables?.id === term.id} onClick={() => void setRetired(term, true)}>
                  {t("admin.vocabularies.retire")}
                </Button>
              ))}
            {!term.system && (
              <Button size="sm" variant="ghost" className="btn--danger-text" onClick={() => setMerging(term)}>
                {t("admin.vocabularies.merge")}
              </Button>
            )}
          </span>
        ),
    },
  ];

  return (
    <section className="card vocabulary-card" aria-label={listTitle}>
      <div className="vocabulary-card__head">
        <h2 className="card__title">{listTitle}</h2>
        {!adding && (
          <Button size="sm" onClick={() => setAdding(true)}>
            {t("admin.vocabularies.add")}
          </Button>
        )}
      </div>
      {adding && (
        <AddTermForm
          vocabulary={list}
          fieldLabel={listTitle}
          onCancel={() => setAdding(false)}
          onAdded={(term, existed) => {
            setAdding(false);
            showToast(existed ? t("vocabulary.existed") : t("vocabulary.added", { name: term.name }));
          }}
        />
      )}
      {problem && (
        <Alert
          tone="error"
          actions={
            <Button size="sm" variant="ghost" onClick={() => setProblem(null)}>
              {t("common.close")}
            </Button>
          }
        >
          {problem}
        </Alert>
      )}
      <Table
        caption={listTitle}
        columns={columns}
        rows={terms}
        rowKey={(term) => term.id}
        loading={loading}
        rowClassName={(term) => (term.retired ? "row--muted" : undefined)}
        empty={<EmptyState icon="folder" title={t("admin.vocabularies.empty")} />}
      />
      {merging && <MergeDialog list={list} from={merging} terms={terms} onClose={() => setMerging(null)} />}
    </section>
  );
}

/** Renaming in the row: Enter saves, Escape cancels. A refusal no field shows (a conflict) goes back to the table. */
function RenameTermForm({
  list,
  term,
  onDone,
  onRefused,
}: {
  list: TVocabularyName;
  term: TVocabularyTerm;
  onDone: () => void;
  onRefused: (error: unknown) => void;
}): ReactNode {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.vocabulary.update.mutationOptions());
  const form = useForm({
    initial: { name: term.name, nameEn: term.nameEn ?? "" },
    fields: ["name", "nameEn"],
    prepare: ({ name, nameEn }) =>
      checkWith(ZUpdateTermInput, { vocabulary: list, id: term.id, version: term.version, data: { name, nameEn: nameEn.trim() ? nameEn : null } }),
    save: (input) => update.mutateAsync(input),
    onSaved: async () => {
      await refreshVocabularies(queryClient, "update");
      onDone();
      showToast(t("admin.vocabularies.renamed", { name: form.values.name }));
    },
    onRefused: (error) => {
      const fields = serverFieldErrors(error);
      if (fields.name?.length || fields.nameEn?.length) return false;
      onRefused(error);
      return true;
    },
  });

  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      form.submit();
    }
    if (event.key === "Escape") onDone();
  };

  return (
    <div className="vocabulary-rename" role="group" aria-label={t("admin.vocabularies.renameOf", { name: term.name })} onKeyDown={onKey}>
      <TextField
        label={t("admin.vocabularies.columns.name")}
        name="name"
        required
        autoFocus
        maxLength={200}
        value={form.values.name}
        onChange={(e) => form.set("name", e.target.value)}
        error={form.error("name")}
      />
      <TextField
        label={t("admin.vocabularies.columns.nameEn")}
        name="nameEn"
        lang="en"
        maxLength={200}
        value={form.values.nameEn}
        onChange={(e) => form.set("nameEn", e.target.value)}
        error={form.error("nameEn")}
      />
      <div className="vocabulary-rename__actions">
        <Button size="sm" variant="primary" busy={form.saving} onClick={() => form.submit()}>
          {t("common.save")}
        </Button>
        <Button size="sm" variant="ghost" onClick={onDone}>
          {t("common.cancel")}
        </Button>
      </div>
    </div>
  );
}

function MergeDialog({
  list,
  from,
  terms,
  onClose,
}: {
  list: TVocabularyName;
  from: TVocabularyTerm;
  terms: TVocabularyTerm[];
  onClose: () => void;
}): ReactNode {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const merge = useMutation(trpc.vocabulary.merge.mutationOptions());
  const targets = terms.filter((term) => term.id !== from.id && !term.retired);
  const form = useForm({
    initial: { intoId: "" },
    fields: ["intoId"],
    prepare: ({ intoId }): Prepared<TMergeTermsInput> =>
      targets.some((term) => term.id === intoId)
        ? { input: { vocabulary: list, fromId: from.id, intoId } }
        : { errors: { intoId: [t("admin.vocabularies.mergeDialog.chooseTarget")] } },
    save: (input) => merge.mutateAsync(input),
    onSaved: async (result) => {
      await refreshVocabularies(queryClient, "merge");
      const moved = Object.values(result.moved).reduce((sum, n) => sum + n, 0);
      showToast(t("admin.vocabularies.mergeDialog.done", { from: from.name, into: into?.name ?? "", count: moved }));
      onClose();
    },
  });
  const into = targets.find((term) => term.id === form.values.intoId);

  return (
    <Dialog
      open
      size="md"
      title={t("admin.vocabularies.mergeDialog.title", { name: from.name })}
      onClose={onClose}
      busy={form.saving}
      footer={
        <>
          <Button onClick={onClose} disabled={form.saving} autoFocus>
            {t("common.cancel")}
          </Button>
          <Button variant="danger" onClick={() => form.submit()} busy={form.saving} disabled={!into}>
            {t("admin.vocabularies.mergeDialog.confirm")}
          </Button>
        </>
      }
    >
      <Select
        label={t("admin.vocabularies.mergeDialog.into")}
        name="intoId"
        required
        placeholder="—"
        options={targets.map((term) => ({ value: term.id, label: termName(term, i18n.language) }))}
        value={form.values.intoId}
        onChange={(e) => {
          form.set("intoId", e.target.value);
          form.setGeneral(null);
        }}
        error={form.error("intoId")}
      />
      <Alert tone="warning" title={t("admin.vocabularies.mergeDialog.warningTitle")}>
        {into
          ? t("admin.vocabularies.mergeDialog.warning", { from: from.name, into: into.name })
          : t("admin.vocabularies.mergeDialog.warningNoTarget", { from: from.name })}
      </Alert>
      {form.general && <Alert tone="error">{form.general}</Alert>}
    </Dialog>
  );
}
