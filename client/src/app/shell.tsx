// The frame of every signed-in page: navigation on the left (a drawer on narrow
// screens), the global search, language and account at the top, the page in <main>.
import { useEffect, useMemo, useState } from "react";
import { Link, Outlet, useRouter, useRouterState } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { hasRole } from "@atlas/shared/auth";
import { useSessionUser } from "../lib/session.ts";
import { Icon } from "../ui/icons.tsx";
import { Brand } from "../ui/brand.tsx";
import { navigationOf } from "./navigation.ts";
import { LanguageSwitch } from "../ui/language-switch.tsx";
import { UserMenu } from "./user-menu.tsx";
import { GlobalSearch } from "../features/search/components/global-search.tsx";
import { SavedViewsNav } from "../features/saved-views/components/saved-views-nav.tsx";

export function Shell() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const [navOpen, setNavOpen] = useState(false);
  const router = useRouter();
  const navigation = useMemo(() => navigationOf(router.routeTree), [router]);

  // The drawer closes once a link is followed.
  useEffect(() => setNavOpen(false), [pathname]);
  useEffect(() => {
    if (!navOpen) return;
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && setNavOpen(false);
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [navOpen]);

  // Signing out clears the session before the page changes; draw nothing in between.
  if (!user) return null;

  const groups = navigation.map((g) => ({ ...g, items: g.items.filter((item) => hasRole(user.role, item.minRole)) })).filter((g) => g.items.length > 0);

  return (
    <div className={`shell${navOpen ? " shell--nav-open" : ""}`}>
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <aside className="sidebar" id="sidebar">
        <Link to="/" className="sidebar__brand">
          <Brand />
        </Link>
        <nav className="sidebar__nav" aria-label={t("nav.main")}>
          {groups.map((group) => (
            <div className="nav-group" key={group.label}>
              <p className="nav-group__label">{t(group.label)}</p>
              <ul>
                {group.items.map((item) => (
                  <li key={item.to}>
                    <Link
                      to={item.to}
                      className="nav-link"
                      activeOptions={{ exact: item.to === "/", includeSearch: false }}
                      activeProps={{ className: "nav-link nav-link--active", "aria-current": "page" }}
                    >
                      <Icon name={item.icon} size={20} />
                      <span>{t(item.label)}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <SavedViewsNav canSave={navigation.some((g) => g.items.some((item) => item.to === pathname && item.to !== "/import"))} />
        </nav>
      </aside>
      <div className="shell__backdrop" onClick={() => setNavOpen(false)} aria-hidden="true" />
      <div className="shell__body">
        <header className="topbar">
          <button
            type="button"
            className="topbar__menu"
            aria-controls="sidebar"
            aria-expanded={navOpen}
            aria-label={navOpen ? t("nav.closeMenu") : t("nav.openMenu")}
            onClick={() => setNavOpen((v) => !v)}
          >
            <Icon name={navOpen ? "close" : "menu"} size={22} />
          </button>
          <Link to="/" className="topbar__brand" aria-label={t("app.name")}>
            <span className="topbar__brand-full">{t("app.name")}</span>
            <span className="topbar__brand-short" aria-hidden="true">
              {t("app.shortName")}
            </span>
          </Link>
          <GlobalSearch />
          <div className="topbar__spacer" />
          <LanguageSwitch />
          <UserMenu user={user} />
        </header>
        <main className="main" id="main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}
