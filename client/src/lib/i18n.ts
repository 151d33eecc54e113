// One i18n layer for every string (Russian first, English second). The chosen
// language is kept in localStorage; zod's own messages follow it (setValidationLocale).
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { setValidationLocale } from "@atlas/shared/validation-locale";
import { ru } from "../locales/ru.ts";
import { addFeatureTexts, type FeatureTexts } from "./feature-texts.ts";

export const languages = ["ru", "en"] as const;
export type TLanguage = (typeof languages)[number];

const STORAGE_KEY = "atlas.language";

declare module "i18next" {
  interface CustomTypeOptions {
    resources: { translation: typeof ru & FeatureTexts };
    returnNull: false;
  }
}

function storedLanguage(): TLanguage {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return value === "en" ? "en" : "ru";
  } catch {
    return "ru";
  }
}

function applyLanguage(language: TLanguage): void {
  setValidationLocale(language);
  if (typeof document !== "undefined") {
    document.documentElement.lang = language;
    document.title = i18n.t("app.name");
  }
}

type EnglishModule = typeof import("../locales/en.ts");
let english: EnglishModule | null = null;

/** Russian ships with the app; English is fetched the first time someone switches to it. */
async function ensureLanguageLoaded(language: TLanguage): Promise<void> {
  if (language !== "en" || english) return;
  english = await import("../locales/en.ts");
  if (i18n.isInitialized) i18n.addResourceBundle("en", "translation", english.en, true, true);
}

/** Starts i18n in the stored language (Russian unless the user chose English before). */
export async function initI18n(language: TLanguage = storedLanguage()): Promise<typeof i18n> {
  await ensureLanguageLoaded(language).catch(() => undefined);
  const start: TLanguage = language === "en" && !english ? "ru" : language;
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources: { ru: { translation: ru }, ...(english ? { en: { translation: english.en } } : {}) },
      lng: start,
      fallbackLng: "ru",
      supportedLngs: [...languages],
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
    addFeatureTexts();
  } else if (i18n.language !== start) {
    await i18n.changeLanguage(start);
  }
  applyLanguage(start);
  return i18n;
}

export async function setLanguage(language: TLanguage): Promise<void> {
  await ensureLanguageLoaded(language);
  await i18n.changeLanguage(language);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  applyLanguage(language);
}

export function currentLanguage(): TLanguage {
  return i18n.language === "en" ? "en" : "ru";
}

/** The locale for Intl: dates and numbers in the interface language. */
export function intlLocale(language: string = i18n.language): string {
  return language === "en" ? "en-GB" : "ru-RU";
}

export { i18n };
