// Participants: a type-ahead over people, each pick a row with its role at the meeting,
// and "add new person" inline (no dialog): name, side, post and organisation, checked
// against people with similar names before it is created, then picked at once.
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { useDebounced } from "../../../lib/use-debounced.ts";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ZCreatePersonInput } from "@atlas/shared/person";
import type { TPersonSide } from "@atlas/shared/enums";
import { trpc } from "../../../lib/trpc.ts";
import { invalidateAfter } from "../../../lib/invalidation.ts";
import { isNetworkError, serverFieldErrors, errorText } from "../../../lib/errors.ts";
import { issuesToFieldErrors, type FieldErrors } from "../../../lib/validation.ts";
import type { FieldError } from "../../../ui/field.tsx";
import { TextField } from "../../../ui/text-field.tsx";
import { Select } from "../../../ui/select.tsx";
import { Button } from "../../../ui/button.tsx";
import { Alert } from "../../../ui/alert.tsx";
import type { EntityOption, OptionsResult } from "../../../ui/entity-picker.tsx";
import { LinkedRecordsField } from "../../../ui/form/linked-records-field.tsx";
import type { ParticipantValue } from "../hooks/meeting-form-values.ts";
import { InlineFormActions } from "../../../ui/form/inline-form-actions.tsx";

function describe(p: { post: string | null; organisation?: string | null; partner: { name: string } | null }): string {
  return [p.post, p.organisation ?? p.partner?.name].filter(Boolean).join(" · ");
}

function usePeopleOptions(query: string): OptionsResult {
  const people = useQuery(
    trpc.person.list.queryOptions(
      { filter: { q: query }, sort: { field: "fullName", direction: "asc" }, limit: 12 },
      { enabled: query.length > 0, placeholderData: keepPreviousData, staleTime: 30_000 },
    ),
  );
  return {
    options: query ? (people.data?.items ?? []).map((p) => ({ id: p.id, label: p.fullName, description: describe(p) })) : [],
    loading: people.isFetching,
    failed: people.isError,
  };
}

type Props = {
  value: ParticipantValue[];
  onChange: (next: ParticipantValue[]) => void;
  error?: FieldError;
  rowError: (index: number) => string[] | undefined;
  note?: ReactNode;
  /** The meeting's partners: a new person of the partner side belongs to one of them. */
  partners: EntityOption[];
};

export function ParticipantsField({ value, onChange, error, rowError, note, partners }: Props): ReactNode {
  const { t } = useTranslation();
  const [creating, setCreating] = useState<string | null>(null);
  const pickerInput = useRef<HTMLInputElement | null>(null);

  const add = (person: ParticipantValue) => {
    if (value.some((p) => p.personId === person.personId)) return;
    onChange([...value, person]);
  };

  return (
    <LinkedRecordsField
      label={t("meetings.one.fields.participants")}
      hint={t("meetings.form.participantsHint")}
      name="participants"
      error={error}
      note={note}
      placeholder={t("meetings.form.participantsPlaceholder")}
      useOptions={usePeopleOptions}
      onCreate={(text) => setCreating(text)}
      createLabel={(text) => t("meetings.form.newPerson.option", { name: text })}
      pickerInput={pickerInput}
      value={value}
      onChange={onChange}
      rowFor={(picked) => ({ personId: picked.id, label: picked.label, description: picked.description ?? "", role: "" })}
      rowId={(p) => p.personId}
      rowError={rowError}
      listLabel={t("meetings.form.participantsChosen")}
      rowControl={(p) => (
        <>
          <label className="visually-hidden" htmlFor={`role-${p.personId}`}>
            {t("meetings.form.roleLabel", { name: p.label })}
          </label>
          <input
            id={`role-${p.personId}`}
            className="input participant-rows__role"
            placeholder={t("meetings.form.rolePlaceholder")}
            value={p.role}
            maxLength={300}
            onChange={(e) => onChange(value.map((row) => (row.personId === p.personId ? { ...row, role: e.target.value } : row)))}
          />
        </>
      )}
    >
      {creating !== null && (
        <NewPersonPanel
          initialName={creating}
          partners={partners}
          onDone={(person) => {
            if (person) add(person);
            setCreating(null);
            requestAnimationFrame(() => pickerInput.current?.focus());
          }}
        />
      )}
    </LinkedRecordsField>
  );
}

function NewPersonPanel({
  initialName,
  partners,
  onDone,
}: {
  initialName: string;
  partners: EntityOption[];
  onDone: (person: ParticipantValue | null) => void;
}) {
  const { t } = useTranslation();
  const ids = useId();
  const queryClient = useQueryClient();
  const [fullName, setFullName] = useState(initialName);
  const [side, setSide] = useState<TPersonSide>(partners.length ? "PARTNER" : "HOME");
  const [partnerId, setPartnerId] = useState(partners[0]?.id ?? "");
  const [post, setPost] = useState("");
  const [organisation, setOrganisation] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const typedName = useDebounced(fullName.trim(), 250);

  const similar = useQuery(trpc.person.findSimilar.queryOptions({ fullName: typedName }, { enabled: typedName.length >= 3, staleTime: 30_000 }));

  const create = useMutation(
    trpc.person.create.mutationOptions({
      onSuccess: async (person) => {
        await invalidateAfter(queryClient, { entity: "person" });
        onDone({ personId: person.id, label: person.fullName, description: [person.post, person.organisation].filter(Boolean).join(" · "), role: "" });
      },
      onError: (error) => {
        const found = serverFieldErrors(error);
        if (Object.keys(found).length) setErrors(found);
        else setGeneral(isNetworkError(error) ? t("errors.network") : errorText(error));
      },
    }),
  );

  const submit = () => {
    setGeneral(null);
    const input = { fullName, side, partnerId: side === "PARTNER" && partnerId ? partnerId : null, post, organisation };
    const parsed = ZCreatePersonInput.safeParse(input);
    if (!parsed.success) {
      setErrors(issuesToFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    create.mutate(parsed.data);
  };

  // Enter creates (there is no form of its own: it sits inside the meeting form); Escape gives up.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      onDone(null);
    } else if (event.key === "Enter" && !event.ctrlKey && !event.metaKey && (event.target as HTMLElement).tagName === "INPUT") {
      event.preventDefault();
      event.stopPropagation();
      submit();
    }
  };
  const message = (field: string) => errors[field];
  const matches = (similar.data ?? []).filter((s) => typedName.length >= 3 && s.fullName);

  return (
    <div className="new-person" role="group" aria-labelledby={`${ids}-title`} onKeyDown={onKeyDown}>
      <p className="new-person__title" id={`${ids}-title`}>
        {t("meetings.form.newPerson.title")}
      </p>
      {matches.length > 0 && (
        <Alert tone="warning" title={t("meetings.form.newPerson.similarTitle")}>
          <ul className="new-person__similar">
            {matches.map((m) => (
              <li key={m.id}>
                <span>
                  <strong>{m.fullName}</strong>
                  {[m.post, m.organisation ?? m.partner?.name].filter(Boolean).length > 0 &&
                    ` — ${[m.post, m.organisation ?? m.partner?.name].filter(Boolean).join(", ")}`}
                </span>
                <Button
                  size="sm"
                  onClick={() =>
                    onDone({
                      personId: m.id,
                      label: m.fullName,
                      description: [m.post, m.organisation ?? m.partner?.name].filter(Boolean).join(" · "),
                      role: "",
                    })
                  }
                >
                  {t("meetings.form.newPerson.useExisting")}
                </Button>
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {general && <Alert tone="error">{general}</Alert>}
      <div className="new-person__grid">
        <TextField
          // The panel opens because the user asked for it: the name is where they continue.
          autoFocus
          label={t("meetings.form.newPerson.fullName")}
          required
          maxLength={300}
          value={fullName}
          onChange={(e) => setFullName(e.target.value)}
          error={message("fullName")}
        />
        <Select
          label={t("meetings.form.newPerson.side")}
          value={side}
          onChange={(e) => setSide(e.target.value as TPersonSide)}
          options={[
            { value: "PARTNER", label: t("enums.personSide.PARTNER") },
            { value: "HOME", label: t("enums.personSide.HOME") },
          ]}
          error={message("side")}
        />
        {side === "PARTNER" && partners.length > 0 && (
          <Select
            label={t("meetings.form.newPerson.partner")}
            value={partnerId}
            placeholder={t("common.none")}
            onChange={(e) => setPartnerId(e.target.value)}
            options={partners.map((p) => ({ value: p.id, label: p.label }))}
            error={message("partnerId")}
          />
        )}
        <TextField label={t("meetings.form.newPerson.post")} maxLength={500} value={post} onChange={(e) => setPost(e.target.value)} error={message("post")} />
        <TextField
          label={t("meetings.form.newPerson.organisation")}
          maxLength={500}
          value={organisation}
          onChange={(e) => setOrganisation(e.target.value)}
          error={message("organisation")}
        />
      </div>
      <InlineFormActions
        className="new-person__actions"
        saveLabel={t("meetings.form.newPerson.create")}
        busy={create.isPending}
        onSave={submit}
        cancelLabel={t("common.cancel")}
        onCancel={() => onDone(null)}
      >
        <span className="field__hint">{t("meetings.form.newPerson.keys")}</span>
      </InlineFormActions>
    </div>
  );
}
