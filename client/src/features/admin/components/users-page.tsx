import { useState, type ReactNode } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { trpc } from "../../../lib/trpc.ts";
import { invalidateAfter } from "../../../lib/invalidation.ts";
import { useFormat } from "../../../lib/format.ts";
import { useSessionUser } from "../../../lib/session.ts";
import { errorCode, isNetworkError, errorText as serverErrorText } from "../../../lib/errors.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { PageHeader } from "../../../ui/page-header.tsx";
import type { Column } from "../../../ui/table.tsx";
import { EmptyState } from "../../../ui/states.tsx";
import { QueryTable } from "../../../ui/list-page/query-table.tsx";
import { Button } from "../../../ui/button.tsx";
import { Badge, type BadgeTone } from "../../../ui/badge.tsx";
import { Icon } from "../../../ui/icons.tsx";
import { ConfirmDialog } from "../../../ui/dialog.tsx";
import { showToast } from "../../../ui/toast.tsx";
import { useUsers, type UserRow } from "../hooks/user-queries.ts";
import { CreateUserDialog, EditUserDialog, TemporaryPasswordDialog } from "./user-dialogs.tsx";
import { SignInLog } from "./sign-in-log.tsx";
import "../texts.ts";

const roleTones: Record<UserRow["role"], BadgeTone> = { VIEWER: "neutral", ANALYST: "blue", EDITOR: "violet", ADMIN: "amber" };

type Pending = { kind: "deactivate" | "reset"; user: UserRow } | null;

export function UsersPage(): ReactNode {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSessionUser();
  const queryClient = useQueryClient();
  useDocumentTitle(t("admin.users.title"));

  const users = useUsers();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserRow | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [temporary, setTemporary] = useState<{ email: string; password: string } | null>(null);

  const refresh = () => invalidateAfter(queryClient, { entity: "user" });

  const toggleActive = useMutation(
    trpc.admin.users.update.mutationOptions({
      onSuccess: async (user) => {
        await refresh();
        showToast(user.isActive ? t("admin.users.activated", { email: user.email }) : t("admin.users.deactivated", { email: user.email }));
        setPending(null);
      },
      onError: async (error) => {
        if (errorCode(error) === "CONFLICT") await refresh();
      },
    }),
  );
  const reset = useMutation(
    trpc.admin.users.resetPassword.mutationOptions({
      onSuccess: async (result, variables) => {
        const user = users.data?.find((u) => u.id === variables.id);
        setPending(null);
        setTemporary({ email: user?.email ?? "", password: result.temporaryPassword });
        await refresh();
      },
    }),
  );

  const errorText = (error: unknown) =>
    error ? (errorCode(error) === "CONFLICT" ? t("admin.users.conflict") : isNetworkError(error) ? t("errors.network") : serverErrorText(error)) : null;

  const columns: Array<Column<UserRow>> = [
    {
      key: "name",
      header: t("admin.users.columns.name"),
      primary: true,
      cell: (u) => (
        <span className="user-cell">
          <span className="user-cell__name">
            {u.name}
            {u.id === me?.id && <span className="tag">{t("admin.users.you")}</span>}
          </span>
          <span className="user-cell__email">{u.email}</span>
        </span>
      ),
    },
    { key: "role", header: t("admin.users.columns.role"), cell: (u) => <Badge tone={roleTones[u.role]}>{t(`enums.role.${u.role}`)}</Badge> },
    {
      key: "status",
      header: t("admin.users.columns.status"),
      cell: (u) => (
        <span className="stack-xs">
          {u.isActive ? <Badge tone="green">{t("admin.users.active")}</Badge> : <Badge tone="red">{t("admin.users.inactive")}</Badge>}
          {u.mustChangePassword && <Badge tone="amber">{t("admin.users.mustChange")}</Badge>}
        </span>
      ),
    },
    {
      key: "lastSignIn",
      header: t("admin.users.columns.lastSignIn"),
      cell: (u) =>
        u.lastSignInAt ? <time dateTime={u.lastSignInAt}>{format.dateTime(u.lastSignInAt)}</time> : <span className="muted">{t("admin.users.never")}</span>,
    },
    {
      key: "actions",
      header: t("admin.users.columns.actions"),
      align: "end",
      cell: (u) => {
        const self = u.id === me?.id;
        return (
          <span className="row-actions" role="group" aria-label={t("admin.users.actionsFor", { name: u.name })}>
            <Button size="sm" variant="ghost" icon={<Icon name="edit" size={16} />} onClick={() => setEditing(u)}>
              {t("admin.users.edit")}
            </Button>
            <Button size="sm" variant="ghost" icon={<Icon name="key" size={16} />} onClick={() => setPending({ kind: "reset", user: u })}>
              {t("admin.users.resetPassword")}
            </Button>
            {u.isActive ? (
              <Button
                size="sm"
                variant="ghost"
                className="btn--danger-text"
                disabled={self}
                title={self ? t("admin.users.selfHint") : undefined}
                onClick={() => setPending({ kind: "deactivate", user: u })}
              >
                {t("admin.users.deactivate")}
              </Button>
            ) : (
              <Button
                size="sm"
                variant="ghost"
                busy={toggleActive.isPending && toggleActive.variables?.id === u.id}
                onClick={() => toggleActive.mutate({ id: u.id, version: u.version, data: { isActive: true } })}
              >
                {t("admin.users.activate")}
              </Button>
            )}
          </span>
        );
      },
    },
  ];

  return (
    <div className="page">
      <PageHeader
        title={t("admin.users.title")}
        intro={t("admin.users.intro")}
        meta={
          users.data ? <span className="count">{t("admin.users.total", { count: users.data.length, formatted: format.number(users.data.length) })}</span> : null
        }
        actions={
          <Button variant="primary" icon={<Icon name="plus" />} onClick={() => setCreating(true)}>
            {t("admin.users.add")}
          </Button>
        }
      />

      <QueryTable
        query={users}
        caption={t("admin.users.caption")}
        columns={columns}
        rowKey={(u) => u.id}
        rowClassName={(u) => (u.isActive ? undefined : "row--muted")}
        empty={<EmptyState icon="folder" title={t("admin.users.empty")} />}
      />
      {toggleActive.isError && !pending && (
        <p className="form-error" role="alert">
          {errorText(toggleActive.error)}
        </p>
      )}

      <SignInLog />

      <CreateUserDialog open={creating} onClose={() => setCreating(false)} />
      {editing && <EditUserDialog key={editing.id} user={editing} isSelf={editing.id === me?.id} onClose={() => setEditing(null)} />}

      <ConfirmDialog
        open={pending?.kind === "deactivate"}
        title={t("admin.users.deactivateTitle")}
        text={pending ? t("admin.users.deactivateText", { name: pending.user.name, email: pending.user.email }) : ""}
        confirmLabel={t("admin.users.deactivate")}
        busy={toggleActive.isPending}
        error={errorText(toggleActive.error)}
        onConfirm={() => pending && toggleActive.mutate({ id: pending.user.id, version: pending.user.version, data: { isActive: false } })}
        onCancel={() => {
          toggleActive.reset();
          setPending(null);
        }}
      />
      <ConfirmDialog
        open={pending?.kind === "reset"}
        title={t("admin.users.resetTitle")}
        text={pending ? t("admin.users.resetText", { email: pending.user.email }) : ""}
        confirmLabel={t("admin.users.resetConfirm")}
        busy={reset.isPending}
        error={errorText(reset.error)}
        onConfirm={() => pending && reset.mutate({ id: pending.user.id })}
        onCancel={() => {
          reset.reset();
          setPending(null);
        }}
      />
      <TemporaryPasswordDialog email={temporary?.email ?? ""} password={temporary?.password ?? null} onClose={() => setTemporary(null)} />
    </div>
  );
}
