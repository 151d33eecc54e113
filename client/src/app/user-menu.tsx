import "./user-menu.css";
import { useEffect, useId, useRef, useState } from "react";
import { Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { hasRole, type TSessionUser } from "@atlas/shared/auth";
import { signOut } from "../lib/session.ts";
import { Icon } from "../ui/icons.tsx";

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return (parts.length > 1 ? parts[0]![0]! + parts[1]![0]! : (parts[0] ?? "?").slice(0, 2)).toUpperCase();
}

/** Name, role and the account's actions (change password, sign out). */
export function UserMenu({ user }: { user: TSessionUser }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    root.current?.querySelector<HTMLElement>("[data-menu-item]")?.focus();
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  async function handleSignOut() {
    setSigningOut(true);
    try {
      await signOut();
    } finally {
      setSigningOut(false);
      setOpen(false);
      void navigate({ to: "/signin", search: { reason: "signedOut" } });
    }
  }

  return (
    <div className="user-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="user-menu__button"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={t("userMenu.label", { name: user.name })}
        onClick={() => setOpen((v) => !v)}
      >
        <span className="avatar" aria-hidden="true">
          {initials(user.name)}
        </span>
        <span className="user-menu__who">
          <span className="user-menu__name">{user.name}</span>
          <span className="user-menu__role">{t(`enums.role.${user.role}`)}</span>
        </span>
        <Icon name="chevronDown" size={16} />
      </button>
      {open && (
        <div className="user-menu__panel" id={menuId}>
          <div className="user-menu__header">
            <span className="user-menu__caption">{t("userMenu.signedInAs")}</span>
            <strong>{user.name}</strong>
            <span className="user-menu__email">{user.email}</span>
            <span className="badge badge--blue">{t(`enums.role.${user.role}`)}</span>
          </div>
          <ul className="user-menu__list">
            <li>
              <Link to="/change-password" className="user-menu__item" data-menu-item onClick={() => setOpen(false)}>
                <Icon name="key" />
                {t("userMenu.changePassword")}
              </Link>
            </li>
            {hasRole(user.role, "ANALYST") && (
              <li>
                <Link to="/settings" className="user-menu__item" data-menu-item onClick={() => setOpen(false)}>
                  <Icon name="calendar" />
                  {t("userMenu.calendarAndViews")}
                </Link>
              </li>
            )}
            <li>
              <button type="button" className="user-menu__item" data-menu-item onClick={() => void handleSignOut()} disabled={signingOut}>
                <Icon name="signOut" />
                {t("userMenu.signOut")}
              </button>
            </li>
          </ul>
        </div>
      )}
    </div>
  );
}
