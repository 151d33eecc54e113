// Adding a user and editing one: dialogs on the one form model (lib/use-form.ts),
// checked with the shared schemas before sending.
import "./user-dialogs.css";
import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { roles, type TRole } from "@atlas/shared/enums";
import { ZCreateUserInput, ZUpdateUserInput } from "@atlas/shared/auth";
import { trpc } from "../../../lib/trpc.ts";
import { errorCode } from "../../../lib/errors.ts";
import { useForm } from "../../../lib/use-form.ts";
import { checkWith } from "../../../lib/validation.ts";
import { Dialog } from "../../../ui/dialog.tsx";
import { TextField } from "../../../ui/text-field.tsx";
import { FormDialog } from "../../../ui/form/form-dialog.tsx";
import { bindFields } from "../../../ui/form/field-binding.ts";
import { Select } from "../../../ui/select.tsx";
import { Checkbox } from "../../../ui/checkbox.tsx";
import { Button } from "../../../ui/button.tsx";
import { Alert } from "../../../ui/alert.tsx";
import { showToast } from "../../../ui/toast.tsx";
import { generatePassword } from "../hooks/generate-password.ts";
import type { UserRow } from "../hooks/user-queries.ts";
import { invalidateAfter } from "../../../lib/invalidation.ts";
import "../texts.ts";

function useRoleOptions() {
  const { t } = useTranslation();
  return roles.map((r) => ({ value: r, label: `${t(`enums.role.${r}`)} — ${t(`roleHints.${r}`)}` }));
}

type NewUserValues = { email: string; name: string; role: TRole; password: string; mustChangePassword: boolean };
const newUser: NewUserValues = { email: "", name: "", role: "VIEWER", password: "", mustChangePassword: true };

export function CreateUserDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const roleOptions = useRoleOptions();
  const create = useMutation(trpc.admin.users.create.mutationOptions());
  const form = useForm({
    initial: newUser,
    fields: Object.keys(newUser),
    prepare: (values) => checkWith(ZCreateUserInput, values),
    save: (input) => create.mutateAsync(input),
    onSaved: async (user) => {
      await invalidateAfter(queryClient, { entity: "user" });
      showToast(t("admin.users.created", { email: user.email }));
      form.reset(newUser);
      onClose();
    },
  });
  const field = bindFields(form);

  return (
    <FormDialog
      open={open}
      size="md"
      title={t("admin.users.createTitle")}
      formId="create-user"
      formClassName="form"
      submitLabel={t("admin.users.add")}
      busy={form.saving}
      onSubmit={form.submit}
      onClose={onClose}
    >
      {form.general && <Alert tone="error">{form.general}</Alert>}
      <TextField label={t("admin.users.fields.email")} type="email" autoComplete="off" required autoFocus {...field.text("email")} />
      <TextField label={t("admin.users.fields.name")} required {...field.text("name")} />
      <Select label={t("admin.users.fields.role")} required options={roleOptions} {...field.choice("role")} />
      <TextField
        label={t("admin.users.fields.password")}
        autoComplete="new-password"
        spellCheck={false}
        required
        hint={t("admin.users.passwordHint")}
        {...field.text("password")}
        trailing={
          <button type="button" className="input-group__button input-group__button--text" onClick={() => form.set("password", generatePassword())}>
            {t("admin.users.generate")}
          </button>
        }
      />
      <Checkbox
        label={t("admin.users.fields.mustChangePassword")}
        name="mustChangePassword"
        checked={form.values.mustChangePassword}
        onChange={(e) => form.set("mustChangePassword", e.target.checked)}
      />
    </FormDialog>
  );
}

export function EditUserDialog({ user, isSelf, onClose }: { user: UserRow; isSelf: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const roleOptions = useRoleOptions();
  const [version, setVersion] = useState(user.version);
  const update = useMutation(trpc.admin.users.update.mutationOptions());
  const form = useForm({
    initial: { name: user.name, role: user.role, isActive: user.isActive },
    fields: ["name", "role", "isActive"],
    prepare: (data) => checkWith(ZUpdateUserInput, { id: user.id, version, data }),
    save: (input) => update.mutateAsync(input),
    onSaved: async () => {
      await invalidateAfter(queryClient, { entity: "user" });
      showToast(t("admin.users.saved"));
      onClose();
    },
    onRefused: (error) => {
      if (errorCode(error) !== "CONFLICT") return false;
      form.setGeneral(t("admin.users.conflict"));
      void takeCurrentVersion();
      return true;
    },
  });
  /** Keeps what was typed and takes the saved version, so a second save goes through knowingly. */
  async function takeCurrentVersion() {
    const fresh = await queryClient.fetchQuery({ ...trpc.admin.users.list.queryOptions(), staleTime: 0 });
    const current = fresh.find((u) => u.id === user.id);
    if (current) setVersion(current.version);
  }

  const field = bindFields(form);

  return (
    <FormDialog
      size="md"
      title={t("admin.users.editTitle", { email: user.email })}
      formId="edit-user"
      formClassName="form"
      submitLabel={t("common.save")}
      busy={form.saving}
      onSubmit={form.submit}
      onClose={onClose}
    >
      {form.general && <Alert tone="error">{form.general}</Alert>}
      <TextField label={t("admin.users.fields.name")} required autoFocus {...field.text("name")} />
      <Select
        label={t("admin.users.fields.role")}
        required
        disabled={isSelf}
        hint={isSelf ? t("admin.users.selfHint") : undefined}
        options={roleOptions}
        {...field.choice("role")}
      />
      <Checkbox
        label={t("admin.users.fields.isActive")}
        name="isActive"
        disabled={isSelf}
        checked={form.values.isActive}
        onChange={(e) => form.set("isActive", e.target.checked)}
      />
      {form.error("isActive") && <Alert tone="error">{form.error("isActive")?.[0]}</Alert>}
    </FormDialog>
  );
}

/** Shown once after a reset: the administrator passes the password on, and it is gone when the dialog closes. */
export function TemporaryPasswordDialog({ email, password, onClose }: { email: string; password: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <Dialog
      open={password !== null}
      title={t("admin.users.tempTitle")}
      onClose={onClose}
      footer={
        <Button variant="primary" onClick={onClose} autoFocus>
          {t("admin.users.tempDone")}
        </Button>
      }
    >
      <p>{t("admin.users.tempText", { email })}</p>
      <div className="secret">
        <code className="secret__value" data-testid="temporary-password">
          {password}
        </code>
        <Button
          size="sm"
          onClick={() => {
            if (!password) return;
            void navigator.clipboard?.writeText(password).then(() => setCopied(true));
          }}
        >
          {copied ? t("common.copied") : t("common.copy")}
        </Button>
      </div>
    </Dialog>
  );
}
