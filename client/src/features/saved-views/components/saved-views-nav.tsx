// The sidebar's «Виды» group: the user's own and everyone's shared views, and for
// analysts the «Сохранить вид» button. It is part of the shell (the first load), so it
// stays small: the dialog and its texts load only when the button is pressed.
import { lazy, Suspense, useState, type MouseEvent } from "react";
import { useQuery } from "@tanstack/react-query";
import { useRouter, useRouterState } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { trpc } from "../../../lib/trpc.ts";
import { useHasRole } from "../../../lib/session.ts";
import { Icon } from "../../../ui/icons.tsx";

const SaveViewDialog = lazy(() => import("./save-view-dialog.tsx").then((m) => ({ default: m.SaveViewDialog })));

/** `canSave`: the current page is a list, overview, map or timeline, whose filter a view can keep. */
export function SavedViewsNav({ canSave }: { canSave: boolean }) {
  const { t } = useTranslation();
  const router = useRouter();
  const href = useRouterState({ select: (s) => s.location.href });
  const mayCreate = useHasRole("ANALYST") && canSave;
  const views = useQuery(trpc.savedView.list.queryOptions(undefined, { staleTime: 60_000 }));
  const [saving, setSaving] = useState(false);
  const items = views.data ?? [];
  if (items.length === 0 && !mayCreate) return null;

  // A plain click stays in the app; a middle or modified click opens the address as a link does.
  const open = (event: MouseEvent<HTMLAnchorElement>, path: string) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void router.navigate({ href: path });
  };

  return (
    <div className="nav-group">
      <p className="nav-group__label">{t("nav.groups.views")}</p>
      <ul>
        {items.map((view) => (
          <li key={view.id}>
            <a
              href={view.path}
              className={view.path === href ? "nav-link nav-link--active" : "nav-link"}
              aria-current={view.path === href ? "page" : undefined}
              onClick={(event) => open(event, view.path)}
            >
              <Icon name={view.shared ? "users" : "eye"} size={20} />
              <span>{view.name}</span>
            </a>
          </li>
        ))}
        {mayCreate && (
          <li>
            <button type="button" className="nav-link" onClick={() => setSaving(true)}>
              <Icon name="plus" size={20} />
              <span>{t("nav.saveView")}</span>
            </button>
          </li>
        )}
      </ul>
      {saving && (
        <Suspense fallback={null}>
          <SaveViewDialog path={href} onClose={() => setSaving(false)} />
        </Suspense>
      )}
    </div>
  );
}
