import type { ReactNode } from "react";
import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ZChangePasswordInput } from "@atlas/shared/auth";
import { queryClient, trpc } from "../../../lib/trpc.ts";
import { errorCode, errorText } from "../../../lib/errors.ts";
import { safeRedirect, sessionQueryOptions, signOut, useSessionUser } from "../../../lib/session.ts";
import { useForm } from "../../../lib/use-form.ts";
import { issuesToFieldErrors, type FieldErrors } from "../../../lib/validation.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { TextField } from "../../../ui/text-field.tsx";
import { bindFields } from "../../../ui/form/field-binding.ts";
import { Button, buttonClass } from "../../../ui/button.tsx";
import { Alert } from "../../../ui/alert.tsx";
import { showToast } from "../../../ui/toast.tsx";
import { AuthLayout } from "./auth-layout.tsx";
import "../texts.ts";

const route = getRouteApi("/change-password");

/** Forced after a password reset (mustChangePassword), or chosen from the account menu. */
export function ChangePasswordPage(): ReactNode {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate();
  const user = useSessionUser();
  const forced = Boolean(user?.mustChangePassword);
  useDocumentTitle(t("auth.changePassword.title"));

  const change = useMutation(trpc.auth.changePassword.mutationOptions());
  const form = useForm({
    initial: { currentPassword: "", newPassword: "", repeat: "" },
    fields: ["currentPassword", "newPassword", "repeat"],
    prepare: ({ currentPassword, newPassword, repeat }) => {
      const parsed = ZChangePasswordInput.safeParse({ currentPassword, newPassword });
      const found: FieldErrors = parsed.success ? {} : issuesToFieldErrors(parsed.error);
      if (newPassword && repeat !== newPassword) found.repeat = [t("auth.changePassword.mismatch")];
      if (newPassword && newPassword === currentPassword && !found.newPassword) found.newPassword = [t("auth.changePassword.sameAsOld")];
      return parsed.success && !Object.keys(found).length ? { input: parsed.data } : { errors: found };
    },
    save: (input) => change.mutateAsync(input),
    onSaved: async () => {
      await queryClient.fetchQuery({ ...sessionQueryOptions(), staleTime: 0 });
      showToast(t("auth.changePassword.success"));
      void navigate({ href: safeRedirect(search.redirect), replace: true });
    },
    onRefused: (error) => {
      if (errorCode(error) !== "TOO_MANY_REQUESTS") return false;
      form.setGeneral(errorText(error));
      return true;
    },
  });
  const field = bindFields(form);

  return (
    <AuthLayout>
      <h1 className="auth__title" tabIndex={-1} data-page-title>
        {t("auth.changePassword.title")}
      </h1>
      {forced ? <Alert tone="warning">{t("auth.changePassword.forcedIntro")}</Alert> : <p className="auth__intro">{t("auth.changePassword.intro")}</p>}
      {form.general && <Alert tone="error">{form.general}</Alert>}
      <form className="form" onSubmit={form.submit} noValidate aria-label={t("auth.changePassword.title")}>
        {user && <input type="hidden" name="username" autoComplete="username" value={user.email} readOnly />}
        <TextField
          label={forced ? t("auth.changePassword.currentTemporary") : t("auth.changePassword.current")}
          type="password"
          autoComplete="current-password"
          required
          autoFocus
          {...field.text("currentPassword")}
        />
        <TextField
          label={t("auth.changePassword.new")}
          type="password"
          autoComplete="new-password"
          required
          hint={t("auth.changePassword.newHint")}
          {...field.text("newPassword")}
        />
        <TextField label={t("auth.changePassword.repeat")} type="password" autoComplete="new-password" required {...field.text("repeat")} />
        <div className="form__actions">
          <Button type="submit" variant="primary" busy={form.saving}>
            {t("auth.changePassword.submit")}
          </Button>
          {forced ? (
            <Button variant="ghost" onClick={() => void signOut().finally(() => navigate({ to: "/signin", search: { reason: "signedOut" } }))}>
              {t("userMenu.signOut")}
            </Button>
          ) : (
            <Link to="/" className={buttonClass("ghost")}>
              {t("auth.changePassword.cancel")}
            </Link>
          )}
        </div>
      </form>
    </AuthLayout>
  );
}
