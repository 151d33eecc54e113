// The page around a record's form, new or edited: the frame, the tab's title, and where
// the form leads afterwards. A new record opens its own page once saved and goes back to
// its list when cancelled; an edited record returns to its page either way.
import type { ReactNode } from "react";
import { useNavigate } from "@tanstack/react-router";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { showToast } from "../../ui/toast.tsx";
import { RecordPage } from "./record-page.tsx";
import type { RecordCrumb } from "./record-breadcrumb.tsx";
import { listLink, recordLink, type TRecordKind } from "./record-kinds.ts";

/** What the form calls when it is done; the page decides where that leads. */
export type RecordFormExits<TSaved> = { onSaved: (saved: TSaved) => void; onCancel: () => void };

type NewRecordFormPageProps<TSaved> = {
  kind: TRecordKind;
  title: string;
  intro?: ReactNode;
  className?: string;
  /** The toast once the record is created. */
  createdToast: (saved: TSaved) => string;
  /** Where Cancel leads instead of the kind's list (a person added from a partner's page goes back there). */
  cancelTo?: { kind: TRecordKind; id: string };
  children: (exits: RecordFormExits<TSaved>) => ReactNode;
};

export function NewRecordFormPage<TSaved extends { id: string }>({
  kind,
  title,
  intro,
  className,
  createdToast,
  cancelTo,
  children,
}: NewRecordFormPageProps<TSaved>) {
  const navigate = useNavigate();
  useDocumentTitle(title);
  return (
    <RecordPage kind={kind} layout="form" className={className} title={title} intro={intro}>
      {children({
        onSaved: (saved) => {
          showToast(createdToast(saved));
          void navigate(recordLink(kind, saved.id));
        },
        onCancel: () => void navigate(cancelTo ? recordLink(cancelTo.kind, cancelTo.id) : listLink(kind)),
      })}
    </RecordPage>
  );
}

type EditRecordFormPageProps = {
  kind: TRecordKind;
  /** The record being edited, named as its page names it. */
  record: { id: string; label: string };
  /** Records before it in the breadcrumb (a person's partner). */
  trailBefore?: ReadonlyArray<RecordCrumb>;
  title: string;
  className?: string;
  /** The toast once the changes are saved. */
  savedToast: string;
  children: (exits: RecordFormExits<unknown>) => ReactNode;
};

export function EditRecordFormPage({ kind, record, trailBefore = [], title, className, savedToast, children }: EditRecordFormPageProps) {
  const navigate = useNavigate();
  useDocumentTitle(`${title}: ${record.label}`);
  const toRecord = () => void navigate(recordLink(kind, record.id));
  return (
    <RecordPage kind={kind} layout="form" className={className} trail={[...trailBefore, { kind, ...record }]} title={title} intro={record.label}>
      {children({
        onSaved: () => {
          showToast(savedToast);
          toRecord();
        },
        onCancel: toRecord,
      })}
    </RecordPage>
  );
}
