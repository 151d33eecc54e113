// Texts that travel with their page instead of the first load. locales/ru.ts is part of
// what index.html loads (the first load has a 200 KiB budget, tests/build/bundle-size),
// so a page that is lazily loaded keeps its own texts, Russian and English, in a module
// of its feature: `defineFeatureTexts("admin", ru, en)` runs when that module is first
// imported, i.e. together with the page, and adds the section to i18next in both languages.
import i18n from "i18next";

/**
 * The sections added this way, for typed keys: each texts module merges its section in
 * (`declare module "…/lib/feature-texts.ts" { interface FeatureTexts { admin: typeof ru } }`),
 * and lib/i18n.ts types `t()` with `typeof ru & FeatureTexts`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface FeatureTexts {}

/** The same shape with every text a string: the English must have each key the Russian has. */
export type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

type Section = { name: string; ru: object; en: object };
const sections: Section[] = [];

function add(section: Section): void {
  i18n.addResourceBundle("ru", "translation", { [section.name]: section.ru }, true, true);
  i18n.addResourceBundle("en", "translation", { [section.name]: section.en }, true, true);
}

export function defineFeatureTexts<T extends object>(name: keyof FeatureTexts & string, ru: T, en: SameKeys<T>): void {
  const section = { name, ru, en };
  sections.push(section);
  // Before i18n starts, initI18n adds the sections itself (addFeatureTexts).
  if (i18n.isInitialized) add(section);
}

/** Called once i18n has started: adds the sections whose modules were imported before it. */
export function addFeatureTexts(): void {
  for (const section of sections) add(section);
}
