import { Link, useRouter, type ErrorComponentProps } from "@tanstack/react-router";
import { useQueryErrorResetBoundary } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../ui/states.tsx";
import { buttonClass } from "../ui/button.tsx";
import { errorCode, isNetworkError } from "../lib/errors.ts";
import { useDocumentTitle } from "../lib/use-document-title.ts";
import { ForbiddenError } from "./forbidden-error.ts";

/** An address that leads nowhere: inside the shell for a signed-in user (sidebar and header stay), alone otherwise. */
export function NotFoundPage() {
  return (
    <main className="standalone-page" id="main">
      <NotFoundState />
    </main>
  );
}

/** The same, drawn in the shell's content area (the shell has its own <main>). */
export function NotFoundInShell() {
  return (
    <div className="page">
      <NotFoundState />
    </div>
  );
}

function NotFoundState() {
  const { t } = useTranslation();
  useDocumentTitle(t("errors.notFoundTitle"));
  return (
    <ErrorState
      title={t("errors.notFoundTitle")}
      message={t("errors.notFound")}
      action={
        <Link to="/" className={buttonClass("primary")}>
          {t("errors.toHome")}
        </Link>
      }
    />
  );
}

/** What a route shows when loading it failed: no permission, no connection, or a fault. */
export function RouteErrorPage(props: ErrorComponentProps) {
  return (
    <div className="page">
      <RouteErrorState {...props} />
    </div>
  );
}

/**
 * The same without the page around it, for frames that add their own (a record page keeps
 * its breadcrumb). Retrying also lets React Query throw again, should a suspense query fail anew.
 */
export function RouteErrorState({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  const router = useRouter();
  const queryErrorReset = useQueryErrorResetBoundary();
  if (error instanceof ForbiddenError || errorCode(error) === "FORBIDDEN") {
    const role = error instanceof ForbiddenError ? error.role : null;
    return (
      <ErrorState
        title={t("errors.forbiddenTitle")}
        message={role ? t("errors.forbidden", { role: t(`enums.role.${role}`) }) : t("errors.forbiddenAction")}
        action={
          <Link to="/" className={buttonClass("secondary")}>
            {t("errors.toHome")}
          </Link>
        }
      />
    );
  }
  return (
    <ErrorState
      message={isNetworkError(error) ? t("errors.network") : t("errors.load")}
      onRetry={() => {
        queryErrorReset.reset();
        reset();
        void router.invalidate();
      }}
    />
  );
}
