import "./auth-layout.css";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Brand } from "../../../ui/brand.tsx";
import { LanguageSwitch } from "../../../ui/language-switch.tsx";
import "../texts.ts";

/** The pages before the shell (sign-in, forced password change): brand on the left, the form on the right. */
export function AuthLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="auth">
      <aside className="auth__aside">
        <Brand />
        <div className="auth__pitch">
          <p className="auth__tagline">{t("auth.signIn.pitch")}</p>
          <svg className="auth__art" aria-hidden="true" viewBox="0 0 320 200" width="320" height="200">
            <g fill="none" stroke="#ffffff" strokeOpacity="0.22" strokeWidth="1.2">
              <ellipse cx="160" cy="100" rx="150" ry="88" />
              <ellipse cx="160" cy="100" rx="95" ry="88" />
              <ellipse cx="160" cy="100" rx="40" ry="88" />
              <path d="M10 100h300M24 56h272M24 144h272" />
            </g>
            <g fill="none" stroke="#e3a73b" strokeWidth="1.6" strokeLinecap="round">
              <path d="M112 62 Q150 30 214 84" />
              <path d="M112 62 Q170 70 236 122" />
              <path d="M112 62 Q90 110 150 150" />
            </g>
            <circle cx="112" cy="62" r="6" fill="#e3a73b" />
            <g fill="#ffffff">
              <circle cx="214" cy="84" r="4" />
              <circle cx="236" cy="122" r="4" />
              <circle cx="150" cy="150" r="4" />
            </g>
          </svg>
        </div>
        <p className="auth__footer">{t("auth.signIn.footer")}</p>
      </aside>
      <main className="auth__main" id="main">
        <div className="auth__lang">
          <LanguageSwitch />
        </div>
        <div className="auth__card">{children}</div>
      </main>
    </div>
  );
}
