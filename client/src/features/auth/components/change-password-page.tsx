import { useState, type FormEvent, type ReactNode } from "react";
import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ZChangePasswordInput } from "@atlas/shared/auth";
import { queryClient, trpc } from "../../../lib/trpc.ts";
import { errorCode, isNetworkError, serverFieldErrors, serverMessage } from "../../../lib/errors.ts";
import { localizeMessage } from "../../../lib/i18n.ts";
import { safeRedirect, sessionQueryOptions, signOut, useSessionUser } from "../../../lib/session.ts";
import { issuesToFieldErrors, type FieldErrors } from "../../../lib/validation.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { TextField } from "../../../ui/text-field.tsx";
import { Button, buttonClass } from "../../../ui/button.tsx";
import { Alert } from "../../../ui/alert.tsx";
import { showToast } from "../../../ui/toast.tsx";
import { AuthLayout } from "./auth-layout.tsx";

const route = getRouteApi("/change-password");

/** Forced after a password reset (mustChangePassword), or chosen from the account menu. */
export function ChangePasswordPage(): ReactNode {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate();
  const user = useSessionUser();
  const forced = Boolean(user?.mustChangePassword);
  useDocumentTitle(t("auth.changePassword.title"));

  const [currentPassword, setCurrent] = useState("");
  const [newPassword, setNew] = useState("");
  const [repeat, setRepeat] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);

  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: async () => {
        await queryClient.fetchQuery({ ...sessionQueryOptions(), staleTime: 0 });
        showToast(t("auth.changePassword.success"));
        void navigate({ href: safeRedirect(search.redirect), replace: true });
      },
      onError: (error) => {
        const fields = serverFieldErrors(error, "");
        if (Object.keys(fields).length) {
          setErrors(fields);
        } else if (errorCode(error) === "TOO_MANY_REQUESTS") {
          setGeneral(localizeMessage(serverMessage(error) ?? t("auth.signIn.tooManyAttemptsLater")));
        } else {
          setGeneral(isNetworkError(error) ? t("errors.network") : localizeMessage(serverMessage(error) ?? t("errors.generic")));
        }
      },
    }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    setGeneral(null);
    const parsed = ZChangePasswordInput.safeParse({ currentPassword, newPassword });
    const next: FieldErrors = parsed.success ? {} : issuesToFieldErrors(parsed.error);
    if (newPassword && repeat !== newPassword) next.repeat = [t("auth.changePassword.mismatch")];
    if (newPassword && newPassword === currentPassword && !next.newPassword) next.newPassword = [t("auth.changePassword.sameAsOld")];
    setErrors(next);
    if (!parsed.success || Object.keys(next).length) return;
    change.mutate(parsed.data);
  }

  const message = (key: string) => errors[key]?.map((m) => localizeMessage(m));

  return (
    <AuthLayout>
      <h1 className="auth__title" tabIndex={-1} data-page-title>
        {t("auth.changePassword.title")}
      </h1>
      {forced ? (
        <Alert tone="warning">{t("auth.changePassword.forcedIntro")}</Alert>
      ) : (
        <p className="auth__intro">{t("auth.changePassword.intro")}</p>
      )}
      {general && <Alert tone="error">{general}</Alert>}
      <form className="form" onSubmit={submit} noValidate aria-label={t("auth.changePassword.title")}>
        {user && <input type="hidden" name="username" autoComplete="username" value={user.email} readOnly />}
        <TextField
          label={forced ? t("auth.changePassword.currentTemporary") : t("auth.changePassword.current")}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          autoFocus
          value={currentPassword}
          onChange={(e) => setCurrent(e.target.value)}
          error={message("currentPassword")}
        />
        <TextField
          label={t("auth.changePassword.new")}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          hint={t("auth.changePassword.newHint")}
          value={newPassword}
          onChange={(e) => setNew(e.target.value)}
          error={message("newPassword")}
        />
        <TextField
          label={t("auth.changePassword.repeat")}
          name="repeat"
          type="password"
          autoComplete="new-password"
          required
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
          error={message("repeat")}
        />
        <div className="form__actions">
          <Button type="submit" variant="primary" busy={change.isPending}>
            {t("auth.changePassword.submit")}
          </Button>
          {forced ? (
            <Button
              variant="ghost"
              onClick={() => void signOut().finally(() => navigate({ to: "/signin", search: { reason: "signedOut" } }))}
            >
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
