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
  const { values, set } = form;

  return (
    <Dialog
      open={open}
      size="md"
      title={t("admin.users.createTitle")}
      onClose={onClose}
      busy={form.saving}
      footer={
        <>
          <Button onClick={onClose} disabled={form.saving}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" form="create-user" variant="primary" busy={form.saving}>
            {t("admin.users.add")}
          </Button>
        </>
      }
    >
      <form id="create-user" className="form" onSubmit={form.submit} noValidate>
        {form.general && <Alert tone="error">{form.general}</Alert>}
        <TextField
          label={t("admin.users.fields.email")}
          name="email"
          type="email"
          autoComplete="off"
          required
          autoFocus
          value={values.email}
          onChange={(e) => set("email", e.target.value)}
          error={form.error("email")}
        />
        <TextField
          label={t("admin.users.fields.name")}
          name="name"
          required
          value={values.name}
          onChange={(e) => set("name", e.target.value)}
          error={form.error("name")}
        />
        <Select
          label={t("admin.users.fields.role")}
          name="role"
          required
          options={roleOptions}
          value={values.role}
          onChange={(e) => set("role", e.target.value as TRole)}
          error={form.error("role")}
        />
        <TextField
          label={t("admin.users.fields.password")}
          name="password"
          autoComplete="new-password"
          spellCheck={false}
          required
          hint={t("admin.users.passwordHint")}
          value={values.password}
          onChange={(e) => set("password", e.target.value)}
          error={form.error("password")}
          trailing={
            <button type="button" className="input-group__button input-group__button--text" onClick={() => set("password", generatePassword())}>
              {t("admin.users.generate")}
            </button>
          }
        />
        <Checkbox
          label={t("admin.users.fields.mustChangePassword")}
          name="mustChangePassword"
          checked={values.mustChangePassword}
          onChange={(e) => set("mustChangePassword", e.target.checked)}
        />
      </form>
    </Dialog>
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
  const { values, set } = form;

  /** Keeps what was typed and takes the saved version, so a second save goes through knowingly. */
  async function takeCurrentVersion() {
    const fresh = await queryClient.fetchQuery({ ...trpc.admin.users.list.queryOptions(), staleTime: 0 });
    const current = fresh.find((u) => u.id === user.id);
    if (current) setVersion(current.version);
  }

  return (
    <Dialog
      open
      size="md"
      title={t("admin.users.editTitle", { email: user.email })}
      onClose={onClose}
      busy={form.saving}
      footer={
        <>
          <Button onClick={onClose} disabled={form.saving}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" form="edit-user" variant="primary" busy={form.saving}>
            {t("common.save")}
          </Button>
        </>
      }
    >
      <form id="edit-user" className="form" onSubmit={form.submit} noValidate>
        {form.general && <Alert tone="error">{form.general}</Alert>}
        <TextField
          label={t("admin.users.fields.name")}
          name="name"
          required
          autoFocus
          value={values.name}
          onChange={(e) => set("name", e.target.value)}
          error={form.error("name")}
        />
        <Select
          label={t("admin.users.fields.role")}
          name="role"
          required
          disabled={isSelf}
          hint={isSelf ? t("admin.users.selfHint") : undefined}
          options={roleOptions}
          value={values.role}
          onChange={(e) => set("role", e.target.value as TRole)}
          error={form.error("role")}
        />
        <Checkbox
          label={t("admin.users.fields.isActive")}
          name="isActive"
          disabled={isSelf}
          checked={values.isActive}
          onChange={(e) => set("isActive", e.target.checked)}
        />
        {form.error("isActive") && <Alert tone="error">{form.error("isActive")?.[0]}</Alert>}
      </form>
    </Dialog>
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
