// The «Справочники» page's tab in the address bar (?list=…), so a link opens the same list.
import { vocabularyNames, type TVocabularyName } from "@atlas/shared/vocabulary";

export type TVocabularySearch = { list?: TVocabularyName };

/** Anything in the address bar → a valid tab; the first one (sectors) is left out so plain links stay plain. */
export function parseVocabularySearch(raw: Record<string, unknown>): TVocabularySearch {
  const list = vocabularyNames.find((name) => name === raw.list);
  return list && list !== "sector" ? { list } : {};
}
