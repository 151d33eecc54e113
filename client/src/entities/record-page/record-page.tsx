// The frame of every record page and record form: breadcrumb, title, badges and actions
// above the page's own content.
import { useState, type ReactNode } from "react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useHasRole } from "../../lib/session.ts";
import { PageHeader } from "../../ui/page-header.tsx";
import { Button, buttonClass } from "../../ui/button.tsx";
import { Icon } from "../../ui/icons.tsx";
import { editLink, type TRecordKind } from "./record-kinds.ts";
import { RecordBreadcrumb, type RecordCrumb } from "./record-breadcrumb.tsx";
import { recordPageClass, type TRecordLayout } from "./record-frames.tsx";
import type { DeleteRecordInput } from "../delete-dialog/delete-record-dialog.tsx";
import { DeleteShownRecordDialog, type DeleteProcedure, type TDeletableRecordKind } from "../delete-dialog/delete-shown-record-dialog.tsx";

type RecordPageProps = {
  kind: TRecordKind;
  layout: TRecordLayout;
  /** Records between the list and this page (a parent partner, the record a form edits). */
  trail?: ReadonlyArray<RecordCrumb>;
  title: ReactNode;
  meta?: ReactNode;
  intro?: ReactNode;
  actions?: ReactNode;
  /** Extra classes of the page (print layouts, a form's own spacing). */
  className?: string;
  /** Above the header, e.g. what only the printed page shows. */
  before?: ReactNode;
  children: ReactNode;
};

export function RecordPage({ kind, layout, trail, title, meta, intro, actions, className, before, children }: RecordPageProps) {
  return (
    <div className={recordPageClass(layout, className)}>
      {before}
      <PageHeader breadcrumb={<RecordBreadcrumb kind={kind} trail={trail} />} title={title} meta={meta} intro={intro} actions={actions} />
      {children}
    </div>
  );
}

type RecordActionsProps<TOutput, TError> = {
  id: string;
  /** Actions of this kind of record only, shown before edit and delete. */
  children?: ReactNode;
} & (
  | { kind: TRecordKind; deletion?: undefined }
  | {
      kind: TDeletableRecordKind;
      /** The record as the page holds it and its kind's delete procedure; without them the record offers no delete. */
      deletion: { record: DeleteRecordInput & { name: string }; procedure: DeleteProcedure<TOutput, TError> };
    }
);

/** Edit for editors, delete (after confirmation) for administrators. */
export function RecordActions<TOutput, TError>({ kind, id, children, deletion }: RecordActionsProps<TOutput, TError>) {
  const { t } = useTranslation();
  const canEdit = useHasRole("EDITOR");
  const canDelete = useHasRole("ADMIN") && deletion !== undefined;
  const [deleting, setDeleting] = useState(false);
  return (
    <>
      {children}
      {canEdit && (
        <Link {...editLink(kind, id)} className={buttonClass("secondary")}>
          <Icon name="edit" />
          <span>{t("common.edit")}</span>
        </Link>
      )}
      {canDelete && (
        <Button variant="danger" icon={<Icon name="trash" />} onClick={() => setDeleting(true)}>
          {t("common.delete")}
        </Button>
      )}
      {canDelete && (
        <DeleteShownRecordDialog kind={kind} record={deletion.record} procedure={deletion.procedure} open={deleting} onClose={() => setDeleting(false)} />
      )}
    </>
  );
}
