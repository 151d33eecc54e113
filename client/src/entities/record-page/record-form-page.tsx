// The page around a record's form, new or edited: the frame, the tab's title, the edited
// record itself, and where the form leads afterwards. A new record opens its own page once
// saved and goes back to its list when cancelled; an edited record returns to its page
// either way. What a form page says (its title, the toast once saved) is the same for
// every kind but for the kind's name, so it comes from the kind's `recordPages` texts.
import { Fragment, type ReactNode } from "react";
import { useNavigate, useParams } from "@tanstack/react-router";
import { useSuspenseQuery, type QueryKey, type UseSuspenseQueryOptions } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { showToast } from "../../ui/toast.tsx";
import { RecordPage } from "./record-page.tsx";
import type { RecordCrumb } from "./record-breadcrumb.tsx";
import { createdToastKey, createTitleKey, editTitleKey, listLink, recordIdParam, recordLink, type TRecordKind } from "./record-kinds.ts";

/** What the form calls when it is done; the page decides where that leads. */
export type RecordFormExits<TSaved> = { onSaved: (saved: TSaved) => void; onCancel: () => void };

type NewRecordFormPageProps<TSaved> = {
  kind: TRecordKind;
  /** The saved record named as its page names it, for the toast. */
  labelOf: (saved: TSaved) => string;
  /** Instead of the kind's "new" title, for a form in another mode (an agreement concluded earlier). */
  title?: string;
  intro?: ReactNode;
  className?: string;
  /** Where Cancel leads instead of the kind's list (a person added from a partner's page goes back there). */
  cancelTo?: { kind: TRecordKind; id: string };
  children: (exits: RecordFormExits<TSaved>) => ReactNode;
};

export function NewRecordFormPage<TSaved extends { id: string }>({
  kind,
  labelOf,
  title: titleOfMode,
  intro,
  className,
  cancelTo,
  children,
}: NewRecordFormPageProps<TSaved>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const title = titleOfMode ?? t(createTitleKey(kind));
  useDocumentTitle(title);
  return (
    <RecordPage kind={kind} layout="form" className={className} title={title} intro={intro}>
      {children({
        onSaved: (saved) => {
          showToast(t(createdToastKey(kind), { name: labelOf(saved) }));
          void navigate(recordLink(kind, saved.id));
        },
        onCancel: () => void navigate(cancelTo ? recordLink(cancelTo.kind, cancelTo.id) : listLink(kind)),
      })}
    </RecordPage>
  );
}

/** What the form of an edited record gets from its page: where it leads afterwards, and the key its draft is kept under. */
export type EditedRecordFormProps = RecordFormExits<unknown> & { draftKey: string };

type EditRecordFormPageProps<TQueryFnData, TError, TRecord extends { id: string }, TKey extends QueryKey> = {
  kind: TRecordKind;
  /** The record's `byId` query for the id in the address; the route's loader has put it in the cache. */
  query: (id: string) => UseSuspenseQueryOptions<TQueryFnData, TError, TRecord, TKey>;
  /** The record named as its page names it. */
  labelOf: (record: TRecord) => string;
  /** Records before it in the breadcrumb (a person's partner). */
  trailBefore?: (record: TRecord) => ReadonlyArray<RecordCrumb>;
  className?: string;
  children: (record: TRecord, form: EditedRecordFormProps) => ReactNode;
};

export function EditRecordFormPage<TQueryFnData, TError, TRecord extends { id: string }, TKey extends QueryKey>({
  kind,
  query,
  labelOf,
  trailBefore,
  className,
  children,
}: EditRecordFormPageProps<TQueryFnData, TError, TRecord, TKey>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const params: Record<string, string | undefined> = useParams({ strict: false });
  const id = params[recordIdParam(kind)];
  // Every edit route is `<page path>/$<kind>Id/edit` (record-kinds.ts checks it against the router).
  if (id === undefined) throw new Error(`The ${kind} edit page is shown outside its route`);
  const { data: record } = useSuspenseQuery(query(id));
  const title = t(editTitleKey(kind));
  const label = labelOf(record);
  useDocumentTitle(`${title}: ${label}`);
  const toRecord = () => void navigate(recordLink(kind, record.id));
  const form: EditedRecordFormProps = {
    onSaved: () => {
      showToast(t("recordPages.saved"));
      toRecord();
    },
    onCancel: toRecord,
    draftKey: `${kind}:${record.id}`,
  };
  return (
    <RecordPage
      kind={kind}
      layout="form"
      className={className}
      trail={[...(trailBefore?.(record) ?? []), { kind, id: record.id, label }]}
      title={title}
      intro={label}
    >
      {/* A newer version loaded in the background must not reset what is being typed: the form's key is the record, not its version. */}
      <Fragment key={record.id}>{children(record, form)}</Fragment>
    </RecordPage>
  );
}
