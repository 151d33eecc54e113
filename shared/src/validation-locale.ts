import { z } from "zod";

/** Zod's own messages (for checks without a custom message) in the interface language. */
export function setValidationLocale(language: "ru" | "en"): void {
  z.config(language === "ru" ? z.locales.ru() : z.locales.en());
}
