import "./sign-in-page.css";
import { useEffect, useState, type ReactNode } from "react";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ZSignInInput, type TSessionUser } from "@atlas/shared/auth";
import { trpc, queryClient } from "../../../lib/trpc.ts";
import { errorCode, errorText, retryAfterSeconds } from "../../../lib/errors.ts";
import { rememberSession, safeRedirect } from "../../../lib/session.ts";
import { useForm } from "../../../lib/use-form.ts";
import { checkWith } from "../../../lib/validation.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { TextField } from "../../../ui/text-field.tsx";
import { Button } from "../../../ui/button.tsx";
import { Alert } from "../../../ui/alert.tsx";
import { Icon } from "../../../ui/icons.tsx";
import { AuthLayout } from "./auth-layout.tsx";
import { useCountdown, useDurationText } from "../hooks/use-countdown.ts";
import "../texts.ts";

const route = getRouteApi("/signin");

export function SignInPage(): ReactNode {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate();
  useDocumentTitle(t("auth.signIn.title"));

  const [showPassword, setShowPassword] = useState(false);
  const [lockedFor, setLockedFor] = useState<number | null>(null);
  const remaining = useCountdown(lockedFor);
  const waitText = useDurationText(remaining);

  const config = useQuery(trpc.auth.publicConfig.queryOptions(undefined, { staleTime: Infinity }));

  const signIn = useMutation(trpc.auth.signIn.mutationOptions());
  const form = useForm({
    initial: { email: "", password: "" },
    fields: ["email", "password"],
    prepare: (values) => checkWith(ZSignInInput, values),
    save: (input) => signIn.mutateAsync(input),
    onSaved: (user: TSessionUser) => {
      // Whatever a previous user left in memory goes before the new session starts.
      queryClient.clear();
      rememberSession(user);
      const target = safeRedirect(search.redirect);
      if (user.mustChangePassword) void navigate({ to: "/change-password", search: target === "/" ? {} : { redirect: target }, replace: true });
      else void navigate({ href: target, replace: true });
    },
    onRefused: (error) => {
      const code = errorCode(error);
      if (code === "TOO_MANY_REQUESTS") {
        const seconds = retryAfterSeconds(error);
        setLockedFor(seconds);
        form.setGeneral(seconds ? null : t("auth.signIn.tooManyAttemptsLater"));
        return true;
      }
      // The server's own words: wrong credentials, or a deactivated account.
      if (code !== "UNAUTHORIZED") return false;
      form.setGeneral(errorText(error));
      return true;
    },
  });
  const { values, general } = form;

  useEffect(() => {
    if (remaining === 0) setLockedFor(null);
  }, [remaining]);

  const demo = config.data?.demo ? config.data : null;
  const locked = remaining !== null && remaining > 0;

  return (
    <AuthLayout>
      <h1 className="auth__title" tabIndex={-1} data-page-title>
        {t("auth.signIn.title")}
      </h1>
      <p className="auth__intro">{t("auth.signIn.intro")}</p>

      {search.reason === "signedOut" && !general && <Alert tone="success">{t("auth.signIn.signedOut")}</Alert>}
      {search.reason === "expired" && !general && <Alert tone="warning">{t("errors.sessionLost")}</Alert>}
      {locked && <Alert tone="error">{t("auth.signIn.tooManyAttempts", { wait: waitText })}</Alert>}
      {general && <Alert tone="error">{general}</Alert>}

      <form className="form" onSubmit={form.submit} noValidate aria-label={t("auth.signIn.title")}>
        <TextField
          label={t("auth.signIn.email")}
          name="email"
          type="email"
          inputMode="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          autoFocus
          value={values.email}
          onChange={(e) => form.set("email", e.target.value)}
          error={form.error("email")}
        />
        <TextField
          label={t("auth.signIn.password")}
          name="password"
          type={showPassword ? "text" : "password"}
          autoComplete="current-password"
          required
          value={values.password}
          onChange={(e) => form.set("password", e.target.value)}
          error={form.error("password")}
          trailing={
            <button
              type="button"
              className="input-group__button"
              aria-label={showPassword ? t("auth.signIn.hidePassword") : t("auth.signIn.showPassword")}
              aria-pressed={showPassword}
              onClick={() => setShowPassword((v) => !v)}
            >
              <Icon name={showPassword ? "eyeOff" : "eye"} />
            </button>
          }
        />
        <Button type="submit" variant="primary" className="btn--block" busy={form.saving} disabled={locked}>
          {form.saving ? t("auth.signIn.submitting") : t("auth.signIn.submit")}
        </Button>
      </form>

      {demo && demo.demoAccounts.length > 0 && (
        <section className="demo" aria-labelledby="demo-title">
          <h2 className="demo__title" id="demo-title">
            {t("auth.signIn.demoTitle")}
          </h2>
          <p className="demo__text">{t("auth.signIn.demoText", { password: demo.demoPassword ?? "" })}</p>
          <ul className="demo__list">
            {demo.demoAccounts.map((account) => (
              <li key={account.email}>
                <button
                  type="button"
                  className="demo__account"
                  aria-label={t("auth.signIn.demoUse", { role: t(`enums.role.${account.role}`), email: account.email })}
                  onClick={() => form.reset({ email: account.email, password: demo.demoPassword ?? "" })}
                >
                  <span className="demo__role">{t(`enums.role.${account.role}`)}</span>
                  <span className="demo__email">{account.email}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </AuthLayout>
  );
}
