// Create and edit a person: name, the posts they held (position-rows.tsx), side and
// the partner they represent. While the name is typed, similar people already in the register are
// offered (the duplicate guard). Drafts, conflicts and leaving with unsaved input are
// handled by useRecordForm / FormStatus / LeaveGuard.
import { useMemo, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { partnerLevels, personSides, type TPersonSide } from "@atlas/shared/enums";
import { trpc } from "../../../lib/trpc.ts";
import { useRecordForm } from "../../../lib/use-record-form.ts";
import { FormStatus, LeaveGuard, useTheirValueNote } from "../../../ui/form-status.tsx";
import { TextArea, TextField } from "../../../ui/text-field.tsx";
import { Select, type SelectGroup } from "../../../ui/select.tsx";
import { useCreateOrUpdate } from "../../../ui/form/use-create-or-update.ts";
import { bindFields } from "../../../ui/form/field-binding.ts";
import { RecordFormActions, type RecordFormProps } from "../../../ui/form/record-form-actions.tsx";
import { usePartnerOptions, type PersonDetail } from "../hooks/person-queries.ts";
import { personFormFields, personToValues, preparePerson, type PersonFormValues, type PositionValues } from "../hooks/person-form-values.ts";
import { SimilarPeople } from "./similar-people.tsx";
import { PositionRows } from "./position-rows.tsx";
import "../people.css";

type PersonFormProps = RecordFormProps<PersonDetail, PersonFormValues> & { person?: PersonDetail };

export function PersonForm({ person, initial, draftKey, onSaved, onCancel }: PersonFormProps): ReactNode {
  const { t } = useTranslation();
  const partners = usePartnerOptions();

  const saving = useCreateOrUpdate("person", trpc.person, { editedId: person?.id, toValues: personToValues, cacheSaved: false, onSaved });
  const form = useRecordForm({
    draftKey,
    initial,
    version: person?.version ?? null,
    fields: personFormFields,
    prepare: (values, version) => preparePerson(values, person?.id ?? null, version, initial.positions),
    ...saving,
  });
  const { values } = form;
  const labels: Record<string, string> = Object.fromEntries(personFormFields.map((f) => [f, t(`people.fields.${f}`)]));

  const partnerGroups: SelectGroup[] = useMemo(() => {
    const items = partners.data?.items ?? [];
    const groups = partnerLevels.map((level) => ({
      label: t(`enums.partnerLevel.${level}`),
      options: items.filter((p) => p.level === level).map((p) => ({ value: p.id, label: p.name })),
    }));
    // The saved partner stays selectable even if the list does not have it (deleted, or past the first 500).
    if (person?.partner && !items.some((p) => p.id === person.partner?.id))
      groups.unshift({ label: t("people.fields.partnerId"), options: [{ value: person.partner.id, label: person.partner.name }] });
    return groups;
  }, [partners.data, person, t]);
  const partnerName = (id: unknown) => partnerGroups.flatMap((g) => g.options).find((o) => o.value === id)?.label ?? "";

  const theirNote = useTheirValueNote(form, (field, value) => {
    if (field === "side") return t(`enums.personSide.${value as TPersonSide}`);
    if (field === "partnerId") return partnerName(value);
    if (field === "positions") return (value as PositionValues[]).map((p) => p.post).join("; ");
    return String(value ?? "");
  });
  const field = bindFields(form, theirNote);

  return (
    <form className="form card person-form" onSubmit={form.submit} noValidate>
      <FormStatus form={form} labels={labels} />
      <div className="form-grid">
        <div className="form-grid__full">
          <TextField
            label={t("people.fields.fullName")}
            required
            maxLength={300}
            autoComplete="off"
            hint={t("people.hints.fullName")}
            {...field.text("fullName")}
          />
          <SimilarPeople fullName={values.fullName} excludeId={person?.id} />
        </div>
        <TextField label={t("people.fields.fullNameEn")} maxLength={300} lang="en" {...field.text("fullNameEn")} />
        <Select
          label={t("people.fields.side")}
          required
          hint={t("people.hints.side")}
          options={personSides.map((s) => ({ value: s, label: t(`enums.personSide.${s}`) }))}
          {...field.choice("side")}
        />
        <Select
          label={t("people.fields.partnerId")}
          hint={t("people.hints.partnerId")}
          placeholder={t("people.partnerNone")}
          groups={partnerGroups}
          {...field.choice("partnerId")}
        />
        <PositionRows form={form} note={theirNote("positions")} />
        <TextField label={t("people.fields.email")} type="email" inputMode="email" maxLength={320} autoComplete="off" {...field.text("email")} />
        <TextField label={t("people.fields.phone")} type="tel" maxLength={100} autoComplete="off" {...field.text("phone")} />
        <TextArea label={t("people.fields.notes")} className="form-grid__full" rows={3} {...field.text("notes")} />
      </div>
      <RecordFormActions form={form} submitLabel={person ? t("people.submitEdit") : t("people.submitCreate")} onCancel={onCancel} />
      <LeaveGuard form={form} />
    </form>
  );
}
