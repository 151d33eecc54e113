import { useState, type FormEvent } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { roles, type TRole } from "@atlas/shared/enums";
import { ZCreateUserInput, ZUpdateUserInput } from "@atlas/shared/auth";
import { trpc } from "../../../lib/trpc.ts";
import { errorCode, isNetworkError, serverFieldErrors, serverMessage } from "../../../lib/errors.ts";
import { localizeMessage } from "../../../lib/i18n.ts";
import { issuesToFieldErrors, splitErrors, type FieldErrors } from "../../../lib/validation.ts";
import { Dialog } from "../../../ui/dialog.tsx";
import { TextField } from "../../../ui/text-field.tsx";
import { Select } from "../../../ui/select.tsx";
import { Checkbox } from "../../../ui/checkbox.tsx";
import { Button } from "../../../ui/button.tsx";
import { Alert } from "../../../ui/alert.tsx";
import { showToast } from "../../../ui/toast.tsx";
import { generatePassword } from "../hooks/generate-password.ts";
import type { UserRow } from "../hooks/user-queries.ts";

function useRoleOptions() {
  const { t } = useTranslation();
  return roles.map((r) => ({ value: r, label: `${t(`enums.role.${r}`)} — ${t(`roleHints.${r}`)}` }));
}

function describe(error: unknown, t: (key: "errors.network" | "errors.generic") => string): string {
  return isNetworkError(error) ? t("errors.network") : localizeMessage(serverMessage(error) ?? t("errors.generic"));
}

const createFields = ["email", "name", "role", "password", "mustChangePassword"] as const;

export function CreateUserDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const roleOptions = useRoleOptions();
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState<TRole>("VIEWER");
  const [password, setPassword] = useState("");
  const [mustChange, setMustChange] = useState(true);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);

  const reset = () => {
    setEmail("");
    setName("");
    setRole("VIEWER");
    setPassword("");
    setMustChange(true);
    setErrors({});
    setGeneral(null);
  };

  const create = useMutation(
    trpc.admin.users.create.mutationOptions({
      onSuccess: async (user) => {
        await queryClient.invalidateQueries(trpc.admin.users.list.pathFilter());
        showToast(t("admin.users.created", { email: user.email }));
        reset();
        onClose();
      },
      onError: (error) => {
        const { fields, other } = splitErrors(serverFieldErrors(error, ""), createFields);
        setErrors(fields);
        setGeneral(other.length ? other.map((m) => localizeMessage(m)).join(" ") : Object.keys(fields).length ? null : describe(error, t));
      },
    }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    setGeneral(null);
    const parsed = ZCreateUserInput.safeParse({ email, name, role, password, mustChangePassword: mustChange });
    if (!parsed.success) {
      setErrors(issuesToFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    create.mutate(parsed.data);
  }

  const message = (key: string) => errors[key]?.map((m) => localizeMessage(m));

  return (
    <Dialog
      open={open}
      size="md"
      title={t("admin.users.createTitle")}
      onClose={onClose}
      busy={create.isPending}
      footer={
        <>
          <Button onClick={onClose} disabled={create.isPending}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" form="create-user" variant="primary" busy={create.isPending}>
            {t("admin.users.add")}
          </Button>
        </>
      }
    >
      <form id="create-user" className="form" onSubmit={submit} noValidate>
        {general && <Alert tone="error">{general}</Alert>}
        <TextField label={t("admin.users.fields.email")} name="email" type="email" autoComplete="off" required autoFocus value={email} onChange={(e) => setEmail(e.target.value)} error={message("email")} />
        <TextField label={t("admin.users.fields.name")} name="name" required value={name} onChange={(e) => setName(e.target.value)} error={message("name")} />
        <Select label={t("admin.users.fields.role")} name="role" required options={roleOptions} value={role} onChange={(e) => setRole(e.target.value as TRole)} error={message("role")} />
        <TextField
          label={t("admin.users.fields.password")}
          name="password"
          autoComplete="new-password"
          spellCheck={false}
          required
          hint={t("admin.users.passwordHint")}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={message("password")}
          trailing={
            <button type="button" className="input-group__button input-group__button--text" onClick={() => setPassword(generatePassword())}>
              {t("admin.users.generate")}
            </button>
          }
        />
        <Checkbox label={t("admin.users.fields.mustChangePassword")} name="mustChangePassword" checked={mustChange} onChange={(e) => setMustChange(e.target.checked)} />
      </form>
    </Dialog>
  );
}

const editFields = ["name", "role", "isActive"] as const;

export function EditUserDialog({ user, isSelf, onClose }: { user: UserRow | null; isSelf: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const roleOptions = useRoleOptions();
  const [name, setName] = useState(user?.name ?? "");
  const [role, setRole] = useState<TRole>(user?.role ?? "VIEWER");
  const [isActive, setIsActive] = useState(user?.isActive ?? true);
  const [version, setVersion] = useState(user?.version ?? 1);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);

  const update = useMutation(
    trpc.admin.users.update.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.admin.users.list.pathFilter());
        showToast(t("admin.users.saved"));
        onClose();
      },
      onError: async (error) => {
        if (errorCode(error) === "CONFLICT" && user) {
          // Keep what was typed; take the new version so a second save goes through knowingly.
          const fresh = await queryClient.fetchQuery({ ...trpc.admin.users.list.queryOptions(), staleTime: 0 });
          const current = fresh.find((u) => u.id === user.id);
          if (current) setVersion(current.version);
          setGeneral(t("admin.users.conflict"));
          return;
        }
        const { fields, other } = splitErrors(serverFieldErrors(error), editFields);
        setErrors(fields);
        setGeneral(other.length ? other.map((m) => localizeMessage(m)).join(" ") : Object.keys(fields).length ? null : describe(error, t));
      },
    }),
  );

  if (!user) return null;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!user) return;
    setGeneral(null);
    const input = { id: user.id, version, data: { name, role, isActive } };
    const parsed = ZUpdateUserInput.safeParse(input);
    if (!parsed.success) {
      setErrors(issuesToFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    update.mutate(parsed.data);
  }

  const message = (key: string) => errors[key]?.map((m) => localizeMessage(m));

  return (
    <Dialog
      open
      size="md"
      title={t("admin.users.editTitle", { email: user.email })}
      onClose={onClose}
      busy={update.isPending}
      footer={
        <>
          <Button onClick={onClose} disabled={update.isPending}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" form="edit-user" variant="primary" busy={update.isPending}>
            {t("common.save")}
          </Button>
        </>
      }
    >
      <form id="edit-user" className="form" onSubmit={submit} noValidate>
        {general && <Alert tone="error">{general}</Alert>}
        <TextField label={t("admin.users.fields.name")} name="name" required autoFocus value={name} onChange={(e) => setName(e.target.value)} error={message("name")} />
        <Select
          label={t("admin.users.fields.role")}
          name="role"
          required
          disabled={isSelf}
          hint={isSelf ? t("admin.users.selfHint") : undefined}
          options={roleOptions}
          value={role}
          onChange={(e) => setRole(e.target.value as TRole)}
          error={message("role")}
        />
        <Checkbox label={t("admin.users.fields.isActive")} name="isActive" disabled={isSelf} checked={isActive} onChange={(e) => setIsActive(e.target.checked)} />
        {message("isActive") && <Alert tone="error">{message("isActive")?.[0]}</Alert>}
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
