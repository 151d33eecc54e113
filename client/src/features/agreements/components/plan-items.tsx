// The implementation plan ("план мероприятий"): dated items with who answers for them.
// Editors add, edit, mark done and remove items; each write is versioned, so two people
// ticking the same item do not overwrite each other silently.
import { useState, type ReactNode } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { taskStatuses, type TTaskStatus } from "@atlas/shared/enums";
import { ZPlanItemFields } from "@atlas/shared/agreement";
import { trpc } from "../../../lib/trpc.ts";
import { invalidateAfter } from "../../../lib/invalidation.ts";
import { useFormat } from "../../../lib/format.ts";
import { errorCode, errorText } from "../../../lib/errors.ts";
import { useForm } from "../../../lib/use-form.ts";
import { issuesToFieldErrors } from "../../../lib/validation.ts";
import { TextField } from "../../../ui/text-field.tsx";
import { Select } from "../../../ui/select.tsx";
import { Button } from "../../../ui/button.tsx";
import { Badge } from "../../../ui/badge.tsx";
import { Alert } from "../../../ui/alert.tsx";
import { Icon } from "../../../ui/icons.tsx";
import { ConfirmDialog } from "../../../ui/dialog.tsx";
import type { PlanItem } from "../hooks/agreement-queries.ts";
import { markUnreadableDays } from "../../../lib/day-input.ts";
import { useHomeToday } from "../../../lib/home-today.ts";
import { DayField } from "../../../ui/day-field.tsx";

type ItemValues = { title: string; dueDate: string; responsible: string; status: TTaskStatus };
type ItemFields = z.output<typeof ZPlanItemFields>;

const isOpen = (s: TTaskStatus) => s === "OPEN" || s === "IN_PROGRESS";

export function PlanItems({ agreementId, items, canEdit }: { agreementId: string; items: PlanItem[]; canEdit: boolean }): ReactNode {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  // Looked up each render, so a retry after a conflict uses the version just reloaded.
  const removingItem = items.find((i) => i.id === removing);
  const queryClient = useQueryClient();
  const refresh = async () => {
    await invalidateAfter(queryClient, { entity: "planItem" });
  };
  const open = items.filter((i) => isOpen(i.status)).length;

  return (
    <section className="card plan" aria-labelledby="agreement-plan">
      <h2 className="card__title" id="agreement-plan">
        {t("agreements.detail.plan.title")}
        {items.length > 0 && <span className="count-pill">{t("agreements.detail.plan.openOf", { open, total: items.length })}</span>}
      </h2>
      {items.length === 0 && !adding && <p className="muted">{t("agreements.detail.plan.empty")}</p>}
      {items.length > 0 && (
        <ul className="plan__list">
          {items.map((item) =>
            editing === item.id ? (
              <li key={item.id} className="plan__item plan__item--editing">
                <PlanItemForm agreementId={agreementId} item={item} onDone={() => setEditing(null)} refresh={refresh} />
              </li>
            ) : (
              <PlanItemRow
                key={item.id}
                item={item}
                canEdit={canEdit}
                refresh={refresh}
                onEdit={() => setEditing(item.id)}
                onRemove={() => setRemoving(item.id)}
              />
            ),
          )}
        </ul>
      )}
      {canEdit &&
        (adding ? (
          <PlanItemForm agreementId={agreementId} onDone={() => setAdding(false)} refresh={refresh} />
        ) : (
          <Button variant="ghost" size="sm" className="card__action" icon={<Icon name="plus" size={16} />} onClick={() => setAdding(true)}>
            {t("agreements.detail.plan.add")}
          </Button>
        ))}
      {removingItem && <RemovePlanItem item={removingItem} refresh={refresh} onClose={() => setRemoving(null)} />}
    </section>
  );
}

function PlanItemRow({
  item,
  canEdit,
  refresh,
  onEdit,
  onRemove,
}: {
  item: PlanItem;
  canEdit: boolean;
  refresh: () => Promise<void>;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const today = useHomeToday();
  const [error, setError] = useState<string | null>(null);
  const toggle = useMutation(
    trpc.agreement.updatePlanItem.mutationOptions({
      onSuccess: async () => {
        setError(null);
        await refresh();
      },
      onError: async (e) => {
        setError(errorCode(e) === "CONFLICT" ? t("agreements.detail.plan.conflict") : errorText(e));
        await refresh();
      },
    }),
  );
  const done = item.status === "DONE";
  // Due on the 4th: overdue from the 5th in the home region.
  const overdue = isOpen(item.status) && item.dueDate < today;
  return (
    <li className={`plan__item${done ? " plan__item--done" : ""}${item.status === "CANCELLED" ? " plan__item--cancelled" : ""}`}>
      <div className="plan__check">
        <input
          type="checkbox"
          id={`plan-${item.id}`}
          checked={done}
          disabled={!canEdit || toggle.isPending || item.status === "CANCELLED"}
          aria-label={t(done ? "agreements.detail.plan.markOpen" : "agreements.detail.plan.markDone", { title: item.title })}
          onChange={(e) => toggle.mutate({ id: item.id, version: item.version, data: { status: e.target.checked ? "DONE" : "OPEN" } })}
        />
      </div>
      <div className="plan__body">
        <p className="plan__title">{item.title}</p>
        <p className="plan__meta">
          <span className={overdue ? "plan__due plan__due--overdue" : "plan__due"}>
            <Icon name="calendar" size={14} /> <time dateTime={item.dueDate}>{format.date(item.dueDate)}</time>
          </span>
          {item.responsible && <span>{t("agreements.detail.plan.responsibleShort", { name: item.responsible })}</span>}
          {overdue && <Badge tone="red">{t("agreements.detail.plan.overdue")}</Badge>}
          {item.status === "IN_PROGRESS" && <Badge tone="amber">{t("enums.taskStatus.IN_PROGRESS")}</Badge>}
          {item.status === "CANCELLED" && <Badge tone="neutral">{t("enums.taskStatus.CANCELLED")}</Badge>}
          {done && item.completedAt && <span>{t("agreements.detail.plan.completedAt", { date: format.instantDate(item.completedAt) })}</span>}
        </p>
        {error && <p className="field__error">{error}</p>}
      </div>
      {canEdit && (
        <div className="plan__actions">
          <Button variant="ghost" size="sm" onClick={onEdit} aria-label={t("agreements.detail.plan.editItem", { title: item.title })}>
            {t("common.edit")}
          </Button>
          <Button variant="ghost" size="sm" onClick={onRemove} aria-label={t("agreements.detail.plan.removeItem", { title: item.title })}>
            {t("common.delete")}
          </Button>
        </div>
      )}
    </li>
  );
}

function PlanItemForm({ agreementId, item, onDone, refresh }: { agreementId: string; item?: PlanItem; onDone: () => void; refresh: () => Promise<void> }) {
  const { t } = useTranslation();
  const add = useMutation(trpc.agreement.addPlanItem.mutationOptions());
  const update = useMutation(trpc.agreement.updatePlanItem.mutationOptions());
  const form = useForm<ItemValues, { fields: ItemFields; status: TTaskStatus }, unknown>({
    initial: {
      title: item?.title ?? "",
      dueDate: item?.dueDate ?? "",
      responsible: item?.responsible ?? "",
      status: item?.status ?? "OPEN",
    },
    fields: ["title", "dueDate", "responsible", "status"],
    prepare: (values) => {
      const parsed = ZPlanItemFields.safeParse({
        title: values.title,
        dueDate: values.dueDate.trim() || undefined,
        responsible: values.responsible,
      });
      const found = parsed.success ? {} : issuesToFieldErrors(parsed.error, "");
      markUnreadableDays(found, { dueDate: values.dueDate }, t("dayField.invalid"));
      if (!parsed.success || Object.keys(found).length) return { errors: found };
      return { input: { fields: parsed.data, status: values.status } };
    },
    // A new item starts open; the status is edited with the item.
    save: ({ fields, status }) =>
      item ? update.mutateAsync({ id: item.id, version: item.version, data: { ...fields, status } }) : add.mutateAsync({ agreementId, ...fields }),
    onSaved: async () => {
      await refresh();
      onDone();
    },
    onRefused: (error) => {
      if (errorCode(error) !== "CONFLICT") return false;
      form.setGeneral(t("agreements.detail.plan.conflict"));
      void refresh();
      return true;
    },
  });
  const { values, set, saving } = form;

  return (
    <form
      className="plan-form"
      onSubmit={(event) => {
        // Saving an item must not reach a form around the plan.
        event.stopPropagation();
        form.submit(event);
      }}
      noValidate
      aria-label={item ? t("agreements.detail.plan.editTitle") : t("agreements.detail.plan.addTitle")}
    >
      {form.general && <Alert tone="error">{form.general}</Alert>}
      <div className="plan-form__grid">
        <TextField
          label={t("agreements.detail.plan.fields.title")}
          name="planTitle"
          required
          maxLength={500}
          className="plan-form__title"
          value={values.title}
          onChange={(e) => set("title", e.target.value)}
          error={form.error("title")}
          autoFocus
        />
        <DayField
          label={t("agreements.detail.plan.fields.dueDate")}
          name="planDueDate"
          required
          value={values.dueDate}
          onChange={(day) => set("dueDate", day ?? "")}
          error={form.error("dueDate")}
        />
        <TextField
          label={t("agreements.detail.plan.fields.responsible")}
          name="planResponsible"
          maxLength={300}
          hint={t("agreements.detail.plan.responsibleHint")}
          value={values.responsible}
          onChange={(e) => set("responsible", e.target.value)}
          error={form.error("responsible")}
        />
        {item && (
          <Select
            label={t("agreements.detail.plan.fields.status")}
            name="planStatus"
            options={taskStatuses.map((s) => ({ value: s, label: t(`enums.taskStatus.${s}`) }))}
            value={values.status}
            onChange={(e) => set("status", e.target.value as TTaskStatus)}
          />
        )}
      </div>
      <div className="plan-form__actions">
        <Button type="submit" variant="primary" size="sm" busy={saving}>
          {item ? t("common.save") : t("agreements.detail.plan.addSubmit")}
        </Button>
        <Button size="sm" variant="ghost" onClick={onDone} disabled={saving}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}

function RemovePlanItem({ item, refresh, onClose }: { item: PlanItem; refresh: () => Promise<void>; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useMutation(
    trpc.agreement.removePlanItem.mutationOptions({
      onSuccess: async () => {
        await refresh();
        onClose();
      },
      onError: () => void refresh(),
    }),
  );
  const error = remove.error ? (errorCode(remove.error) === "CONFLICT" ? t("agreements.detail.plan.conflict") : errorText(remove.error)) : null;
  return (
    <ConfirmDialog
      open
      title={t("agreements.detail.plan.removeTitle")}
      text={t("agreements.detail.plan.removeText", { title: item.title })}
      confirmLabel={remove.isPending ? t("common.deleting") : t("common.delete")}
      busy={remove.isPending}
      error={error}
      onConfirm={() => remove.mutate({ id: item.id, version: item.version })}
      onCancel={onClose}
    />
  );
}
