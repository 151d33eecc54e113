// The «Справочники» page's tab in the address bar (?list=…), so a link opens the same list.
import { z } from "zod";
import { vocabularyNames, type TVocabularyName } from "@atlas/shared/vocabulary";
import { searchOption } from "../../../lib/search-params.ts";

export type TVocabularySearch = { list?: TVocabularyName };

/** The route's `validateSearch`: anything in the address bar → a valid tab; the first one (sectors) is left out so plain links stay plain. */
export const ZVocabularySearch = z
  .object({ list: searchOption(vocabularyNames) })
  .transform(({ list }): TVocabularySearch => (list && list !== "sector" ? { list } : {}));
